/*
 * Files in the editor: download the chosen layer (GeoJSON or zipped Shapefile, what the user may see) and import
 * a .geojson or a zipped Shapefile into it. The upload goes with XMLHttpRequest so its progress shows; the server
 * checks every feature like an edit and writes all or nothing, so the answer is either the number imported or the
 * table of problems by feature. Server text goes in with textContent only.
 */
import {base} from './mapa-util.js';
import {collectionPath} from './editor-api.js';
import {upload} from './subida.js';
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

function send(file, onImported) {
  $('sit-files-result').hidden = true;
  $('sit-files-progress').hidden = false;
  $('sit-files-stage').textContent = 'Enviando el archivo…';
  $('sit-files-submit').disabled = true;
  upload(base + collectionPath(state.layer.id) + '/import', file, function (p) {
    $('sit-files-bar').value = p;
    $('sit-files-percent').textContent = p + ' %';
    if (p === 100) {
      $('sit-files-stage').textContent = 'Validando y guardando…';
    }
  }, function (answer) {
    var body = answer.body;
    if (answer.status === 201 && body) {
      showProblems([]);
      finish('Se importaron ' + body.creados + ' elementos en «' + state.layer.titulo + '».');
      onImported();
    } else if (body && body.errores) {
      showProblems(body.errores);
      finish(body.description + '.');
    } else {
      showProblems([]);
      finish(body && body.description ? body.description : 'La importación falló (HTTP ' + answer.status + ').');
    }
  }, function () {
    finish('No se pudo enviar el archivo: revise la conexión.');
  });
}

/** Wires the import form; {@code onImported} reloads the layer after a successful import. */
export function wireFiles(onImported) {
  $('sit-files-form').addEventListener('submit', function (e) {
    e.preventDefault();
    var file = $('sit-files-file').files[0];
    if (file && state.layer) {
      send(file, onImported);
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
