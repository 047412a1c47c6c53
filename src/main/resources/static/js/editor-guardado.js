/*
 * Saving, deleting and their outcomes: the server's errors next to the fields and on the map, the repair of an
 * invalid geometry (previewed, saved only if accepted), the 412 of a stale version with a reload, and undoing a
 * deletion (a revert to the version before it).
 */
import {el} from './mapa-util.js';
import {collectionPath, describe, itemPath, request} from './editor-api.js';
import {conform} from './editor-geometria.js';
import {$, busy, error, message, state, title, view} from './editor-estado.js';
import {forget, renderList, show} from './editor-elementos.js';
import {buildParts, clearProblems, endEdit, refreshButtons, restart, select} from './editor-edicion.js';

var REPAIRED = {color: '#6a1b9a', weight: 4, opacity: 1, dashArray: '6 5', fillColor: '#ce93d8', fillOpacity: 0.5};

/** "Corral (14102)", from the commune list the editor shows; a code it does not list stays a bare code. */
function communeName(cut) {
  var option = $('sit-editor-commune').querySelector('option[value="' + CSS.escape(String(cut)) + '"]');
  return option ? option.textContent + ' (' + cut + ')' : String(cut);
}

function showProblems(errors) {
  var rest = view.form.showErrors(errors.filter(function (e) { return e.campo !== 'geometry'; }));
  var geometry = errors.filter(function (e) { return e.campo === 'geometry'; });
  var list = $('sit-geometry-error-list');
  list.textContent = '';
  geometry.forEach(function (e) {
    list.appendChild(el('li', null, e.mensaje));
    if (e.ubicacion) {
      L.marker([e.ubicacion[1], e.ubicacion[0]], {
        icon: L.divIcon({className: 'sit-problem-marker', html: el('span', null, '!'), iconSize: [22, 22]}),
        keyboard: false, interactive: false, zIndexOffset: 2000
      }).bindTooltip(el('span', null, e.mensaje), {permanent: true, direction: 'right', offset: [12, 0],
        className: 'sit-problem-tooltip'}).addTo(view.problems);
    }
  });
  $('sit-geometry-errors').hidden = !geometry.length;
  var box = $('sit-form-errors');
  box.textContent = '';
  if (rest.length) {
    var ul = el('ul');
    rest.forEach(function (e) { ul.appendChild(el('li', null, (e.campo ? e.campo + ': ' : '') + e.mensaje)); });
    box.appendChild(ul);
  }
  box.hidden = !rest.length;
  view.form.focusFirstError();
  if (geometry.length) {
    offerRepair();
  }
}

/** Asks the server whether the geometry is invalid (and how it would repair it); if so, offers the repair. */
function offerRepair() {
  var e = state.edit;
  var geometry = e.geometry;
  busy(request('POST', collectionPath(state.layer.id) + '/repair', {type: 'Feature', geometry: geometry}))
      .then(function (answer) {
        if (state.edit === e && e.geometry === geometry && answer.ok && answer.body && !answer.body.valida) {
          view.repaired = answer.body;
          $('sit-repair').hidden = false;
        }
      });
}

export function showRepair() {
  if (!view.repaired) {
    return;
  }
  if (view.repairLayer) {
    view.map.removeLayer(view.repairLayer);
  }
  view.repairLayer = L.geoJSON(view.repaired.geometria, {style: function () { return REPAIRED; }, interactive: false,
    pane: 'sit-above'}).addTo(view.map);
  $('sit-repair-problems').textContent = 'Problema encontrado: ' + view.repaired.problemas.map(function (p) {
    return p.mensaje;
  }).join('; ') + '.';
  $('sit-repair-box').hidden = false;
  $('sit-repair').hidden = true;
}

export function acceptRepair() {
  var e = state.edit;
  var geometry = conform(view.repaired.geometria, state.layer.tipo_geometria);
  clearProblems();
  if (!geometry) {
    error('La reparación no dio una geometría que la capa admita.');
    return;
  }
  e.undo.push(e.geometry);
  e.geometry = geometry;
  buildParts();
  save();
}

export function rejectRepair() {
  if (view.repairLayer) {
    view.map.removeLayer(view.repairLayer);
    view.repairLayer = null;
  }
  $('sit-repair-box').hidden = true;
  $('sit-repair').hidden = !view.repaired;
}

function conflict(text) {
  $('sit-conflict-text').textContent = text;
  $('sit-conflict').hidden = false;
}

/** Sends the edited feature: POST when new, PUT with If-Match otherwise; the answer decides what the user sees. */
export function save() {
  var e = state.edit;
  if (!e) {
    return Promise.resolve();
  }
  clearProblems();
  error(null);
  var local = view.form.validate();
  if (local.length) {
    view.form.focusFirstError();
    return Promise.resolve();
  }
  var feature = {type: 'Feature', geometry: e.geometry, properties: view.form.values()};
  var motivo = $('sit-motivo').value.trim();
  var creating = e.id === null;
  var path = creating ? collectionPath(state.layer.id) + '/items' : itemPath(state.layer.id, e.id);
  $('sit-save').disabled = true;
  return busy(request(creating ? 'POST' : 'PUT', path, feature, {motivo: motivo,
    version: creating ? null : e.feature.properties.version, contentType: 'application/geo+json'}))
      .then(function (answer) {
        if (state.edit !== e) {
          return;
        }
        if (answer.ok) {
          var saved = answer.body;
          restart(saved);
          message((creating ? 'Creado' : 'Guardado') + ': «' + title(saved) + '», versión '
              + saved.properties.version + '.' + (saved.properties.cut === state.cut ? ''
              : ' Quedó en la comuna ' + communeName(saved.properties.cut) + ', donde cae su geometría.'));
          if (view.historyPanel.isOpenFor(saved.id)) {
            view.historyPanel.open(saved.id);
          }
        } else if (answer.status === 422 && answer.body && answer.body.errores) {
          showProblems(answer.body.errores);
        } else if (answer.status === 412) {
          conflict('Otra persona guardó un cambio de este elemento después de que usted lo abrió. Su cambio no se '
              + 'guardó. Recargue el elemento para ver la versión actual y vuelva a aplicar su cambio.');
        } else {
          error('No se pudo guardar. ' + describe(answer));
        }
        refreshButtons();
      }, function () {
        error('Error de red: no se pudo guardar. Sus cambios siguen en el mapa; vuelva a intentarlo.');
        refreshButtons();
      });
}

/** Reads the feature again after a conflict (412), dropping the local changes. */
export function reload() {
  var e = state.edit;
  var id = e.id;
  return busy(request('GET', itemPath(state.layer.id, id) + '?f=json')).then(function (answer) {
    if (answer.ok) {
      restart(answer.body);
      message('Se recargó el elemento: versión ' + answer.body.properties.version + '.');
    } else if (answer.status === 404) {
      endEdit();
      forget(id);
      message('El elemento ya no existe: otra persona lo eliminó.');
    } else {
      error('No se pudo recargar el elemento. ' + describe(answer));
    }
    renderList();
  });
}

/** Deletes the edited feature (with If-Match), after the user confirmed; offers to undo it. */
export function remove() {
  var e = state.edit;
  var version = e.feature.properties.version;
  $('sit-delete-confirm').hidden = true;
  var motivo = $('sit-motivo').value.trim();
  return busy(request('DELETE', itemPath(state.layer.id, e.id), null, {version: version, motivo: motivo}))
      .then(function (answer) {
        if (answer.ok) {
          var id = e.id;
          var name = title(e.feature);
          endEdit();
          forget(id);
          renderList();
          view.historyPanel.close();
          message('Se eliminó «' + name + '» (versión ' + (version + 1) + ').', 'Deshacer la eliminación',
              function () { undelete(id, version + 1, version); });
        } else if (answer.status === 412) {
          conflict('Otra persona cambió este elemento después de que usted lo abrió: no se eliminó. Recárguelo '
              + 'para ver la versión actual.');
        } else {
          error('No se pudo eliminar. ' + describe(answer));
        }
      });
}

function undelete(id, deletedVersion, toVersion) {
  return busy(request('POST', itemPath(state.layer.id, id) + '/revert',
      {version: toVersion, motivo: 'Deshacer la eliminación'}, {version: deletedVersion})).then(function (answer) {
    if (answer.ok) {
      show(answer.body);
      renderList();
      select(answer.body.id);
      message('Se recuperó el elemento (versión ' + answer.body.properties.version + ').');
    } else {
      error('No se pudo deshacer la eliminación. ' + describe(answer));
    }
  });
}
