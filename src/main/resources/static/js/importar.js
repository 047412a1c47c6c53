/*
 * Import page: uploads the chosen file with XMLHttpRequest so the upload progress can be shown, then shows the
 * result or the table of errors. Text from the server goes in with textContent only. The CSRF token travels in
 * the X-XSRF-TOKEN header, read from the XSRF-TOKEN cookie (see subida.js).
 */
import {send, upload} from './subida.js';

/** Admins: removing the illustrative (generated) projects, after a confirmation. */
function removal() {
  var button = document.getElementById('sit-remove-illustrative');
  if (!button) {
    return;
  }
  var result = document.getElementById('sit-remove-result');
  button.addEventListener('click', function () {
    if (!window.confirm('¿Retirar todos los proyectos ilustrativos con sus montos y repartos? No se puede deshacer.')) {
      return;
    }
    button.disabled = true;
    send('DELETE', button.getAttribute('data-url'), function (answer) {
      if (answer.status === 200 && answer.body) {
        result.textContent = 'Se retiraron ' + answer.body.eliminados + ' proyectos ilustrativos.';
        button.hidden = true;
      } else {
        result.textContent = 'No se pudieron retirar (' + answer.status + '): '
            + (answer.body && answer.body.description ? answer.body.description : '');
        button.disabled = false;
      }
      result.hidden = false;
    }, function () {
      result.textContent = 'Error de red.';
      result.hidden = false;
      button.disabled = false;
    });
  });
}

function start() {
  var form = document.getElementById('sit-import-form');
  if (!form) {
    return;
  }
  var progress = document.getElementById('sit-import-progress');
  var bar = document.getElementById('sit-import-bar');
  var percent = document.getElementById('sit-import-percent');
  var stage = document.getElementById('sit-import-stage');
  var result = document.getElementById('sit-import-result');
  var errors = document.getElementById('sit-import-errors');
  var warnings = document.getElementById('sit-import-warnings');

  function showWarnings(list) {
    warnings.textContent = '';
    list.forEach(function (w) {
      var li = document.createElement('li');
      li.textContent = 'Fila ' + w.fila + ': ' + w.mensaje;
      warnings.appendChild(li);
    });
    warnings.hidden = list.length === 0;
  }

  /** The upload address with the chosen options (unidad, modo). */
  function address() {
    var params = new URLSearchParams();
    var unit = document.getElementById('sit-import-unit').value;
    if (unit) {
      params.set('unidad', unit);
    }
    if (document.getElementById('sit-import-update').checked) {
      params.set('modo', 'actualizar');
    }
    var query = params.toString();
    return form.getAttribute('action') + (query ? '?' + query : '');
  }

  function showErrors(list) {
    var body = errors.querySelector('tbody');
    body.textContent = '';
    list.forEach(function (e) {
      var tr = document.createElement('tr');
      [e.fila === 0 ? 'archivo' : String(e.fila), e.columna || '—', e.mensaje].forEach(function (text) {
        var td = document.createElement('td');
        td.textContent = text;
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    errors.hidden = list.length === 0;
  }

  function finish(message) {
    progress.hidden = true;
    result.textContent = message;
    result.hidden = false;
    form.querySelector('button').disabled = false;
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('sit-import-file').files[0];
    if (!file) {
      return;
    }
    result.hidden = true;
    errors.hidden = true;
    showWarnings([]);
    stage.textContent = 'Subiendo archivo…';
    bar.value = 0;
    percent.textContent = '0 %';
    progress.hidden = false;
    form.querySelector('button').disabled = true;
    upload(address(), file, function (p) {
      bar.value = p;
      percent.textContent = p + ' %';
      if (p === 100) {
        stage.textContent = 'Validando y guardando…';
      }
    }, function (answer) {
      var body = answer.body;
      if (answer.status === 201 && body) {
        showErrors([]);
        showWarnings(body.advertencias || []);
        finish('Se importaron ' + body.importados + ' proyectos (' + body.creados + ' nuevos, ' + body.actualizados
            + ' actualizados, ' + body.sinCambios + ' sin cambios). Quedaron enlazados a sus comunas.');
      } else if (answer.status === 422 && body && body.errores) {
        showErrors(body.errores);
        finish(body.description);
      } else {
        showErrors([]);
        finish('No se pudo importar (' + answer.status + '): ' + (body && body.description ? body.description : ''));
      }
    }, function () {
      finish('Error de red al subir el archivo.');
    });
  });
}

start();
removal();
