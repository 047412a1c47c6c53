/*
 * Import page: uploads the chosen file with XMLHttpRequest so the upload progress can be shown, first as a
 * preview (vista_previa=true: counts, warnings and errors, nothing kept); the user then confirms and the same file
 * is imported, and the result shown with its warnings. Text from the server goes in with textContent only. The CSRF token travels in
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
  var confirm = document.getElementById('sit-import-confirm');
  var previewed = null;   // the file whose preview is shown, waiting for confirmation

  /** Rows of {fila, columna, mensaje} into the body of {@code table}, which shows only when there are some. */
  function showRows(table, list) {
    var body = table.querySelector('tbody');
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
    table.hidden = list.length === 0;
  }

  /** The upload address with the chosen options (unidad, modo), and vista_previa=true for a preview. */
  function address(preview) {
    var params = new URLSearchParams();
    var unit = document.getElementById('sit-import-unit').value;
    if (unit) {
      params.set('unidad', unit);
    }
    if (document.getElementById('sit-import-update').checked) {
      params.set('modo', 'actualizar');
    }
    if (preview) {
      params.set('vista_previa', 'true');
    }
    return form.getAttribute('action') + '?' + params.toString();
  }

  function finish(message) {
    progress.hidden = true;
    result.textContent = message;
    result.hidden = false;
    form.querySelector('button').disabled = false;
  }

  function counts(body, verbs) {
    return body.creados + ' ' + verbs[0] + ', ' + body.actualizados + ' ' + verbs[1] + ', ' + body.sin_cambios
        + ' sin cambios';
  }

  /** Uploads {@code file}: a preview first, the import itself once the user confirms it. */
  function transmit(file, preview) {
    result.hidden = true;
    errors.hidden = true;
    confirm.hidden = true;
    previewed = null;
    showRows(warnings, []);
    stage.textContent = 'Subiendo archivo…';
    bar.value = 0;
    percent.textContent = '0 %';
    progress.hidden = false;
    form.querySelector('button').disabled = true;
    upload(address(preview), file, function (p) {
      bar.value = p;
      percent.textContent = p + ' %';
      if (p === 100) {
        stage.textContent = preview ? 'Validando (vista previa, no se guarda nada)…' : 'Validando y guardando…';
      }
    }, function (answer) {
      var body = answer.body;
      if (preview && answer.status === 200 && body) {
        showRows(errors, []);
        showRows(warnings, body.advertencias || []);
        previewed = file;
        confirm.hidden = false;
        var n = (body.advertencias || []).length;
        finish('Vista previa, todavía no se guardó nada: se importarían ' + body.importados + ' proyectos ('
            + counts(body, ['nuevos', 'actualizados']) + ') ' + (n === 0 ? 'sin advertencias. Confirme para '
            + 'importar.' : (n === 1 ? 'con 1 advertencia' : 'con ' + n + ' advertencias')
            + '. Revíselas y confirme para importar.'));
      } else if (answer.status === 201 && body) {
        showRows(errors, []);
        showRows(warnings, body.advertencias || []);
        finish('Se importaron ' + body.importados + ' proyectos (' + counts(body, ['nuevos', 'actualizados'])
            + '). Quedaron enlazados a sus comunas.');
      } else if (answer.status === 422 && body && body.errores) {
        showRows(errors, body.errores);
        finish(body.description);
      } else {
        showRows(errors, []);
        finish('No se pudo importar (' + answer.status + '): ' + (body && body.description ? body.description : ''));
      }
    }, function () {
      finish('Error de red al subir el archivo.');
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = document.getElementById('sit-import-file').files[0];
    if (file) {
      transmit(file, true);
    }
  });
  // Another file or other options: the preview shown no longer says what the import would do.
  form.addEventListener('change', function () {
    confirm.hidden = true;
    previewed = null;
  });
  confirm.addEventListener('click', function () {
    if (previewed) {
      transmit(previewed, false);
    }
  });
}

start();
removal();
