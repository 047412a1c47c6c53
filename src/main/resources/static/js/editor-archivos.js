/*
 * Files in the editor: download the chosen layer (GeoJSON or zipped Shapefile, what the user may see) and import
 * a .geojson or a zipped Shapefile into it. The upload goes with XMLHttpRequest so its progress shows; the server
 * checks every feature like an edit and writes all or nothing, so the answer is either the number imported or the
 * table of problems by feature. Server text goes in with textContent only.
 */
import {base} from './mapa-util.js';
import {collectionPath, csrfToken} from './editor-api.js';
import {$, state} from './editor-estado.js';

function showProblems(list) {
  var body = $('sit-files-errors').querySelector('tbody');
  body.textContent = '';
  list.forEach(function (p) {
    var tr = document.createElement('tr');
    [p.indice ? String(p.indice) : 'archivo', p.campo || '—', p.mensaje].forEach(function (text) {
      var td = document.createElement('td');
      td.textContent = text;
      tr.appendChild(td);
    });
    body.appendChild(tr);
  });
  $('sit-files-errors').hidden = list.length === 0;
}

function finish(text) {
  $('sit-files-progress').hidden = true;
  $('sit-files-result').textContent = text;
  $('sit-files-result').hidden = false;
  $('sit-files-submit').disabled = false;
}

function upload(file, onImported) {
  var data = new FormData();
  data.append('archivo', file);
  var xhr = new XMLHttpRequest();
  xhr.open('POST', base + collectionPath(state.layer.id) + '/import');
  xhr.setRequestHeader('Accept', 'application/json');
  var token = csrfToken();
  if (token) {
    xhr.setRequestHeader('X-XSRF-TOKEN', token);
  }
  xhr.upload.onprogress = function (e) {
    if (e.lengthComputable) {
      var p = Math.round(e.loaded / e.total * 100);
      $('sit-files-bar').value = p;
      $('sit-files-percent').textContent = p + ' %';
      if (p === 100) {
        $('sit-files-stage').textContent = 'Validando y guardando…';
      }
    }
  };
  xhr.onload = function () {
    var body = null;
    try {
      body = JSON.parse(xhr.responseText);
    } catch (ignored) {
      body = null;
    }
    if (xhr.status === 201 && body) {
      showProblems([]);
      finish('Se importaron ' + body.creados + ' elementos en «' + state.layer.titulo + '».');
      onImported();
    } else if (body && body.errores) {
      showProblems(body.errores);
      finish(body.description + '.');
    } else {
      showProblems([]);
      finish(body && body.description ? body.description : 'La importación falló (HTTP ' + xhr.status + ').');
    }
  };
  xhr.onerror = function () {
    finish('No se pudo enviar el archivo: revise la conexión.');
  };
  $('sit-files-result').hidden = true;
  $('sit-files-progress').hidden = false;
  $('sit-files-stage').textContent = 'Enviando el archivo…';
  $('sit-files-submit').disabled = true;
  xhr.send(data);
}

/** Wires the import form; {@code onImported} reloads the layer after a successful import. */
export function wireFiles(onImported) {
  $('sit-files-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var file = $('sit-files-file').files[0];
    if (file && state.layer) {
      upload(file, onImported);
    }
  });
}

/** Points the download links at the chosen layer. */
export function updateFiles() {
  var path = base + collectionPath(state.layer.id) + '/export?formato=';
  $('sit-files-geojson').href = path + 'geojson';
  $('sit-files-shapefile').href = path + 'shapefile';
  $('sit-files-section').hidden = false;
}
