/*
 * Editing one feature: its parts become editable on the map (Leaflet.draw vertex handles, snapping), every change of
 * the geometry can be undone, the form holds its attributes, and unsaved changes are never dropped without asking.
 */
import {showComments} from './editor-comentarios.js';
import {conform, geometryOf, kindName, kindOf, startReshaping, stopReshaping} from './editor-geometria.js';
import {$, communeName, layerStyle, message, state, title, view} from './editor-estado.js';
import {partsFor, renderList, show} from './editor-elementos.js';

var SELECTED = {color: '#ff6f00', weight: 3, opacity: 1, fillOpacity: 0.35, dashArray: null};

function sameGeometry(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function attributesChanged() {
  if (!state.edit || !view.form) {
    return false;
  }
  var before = state.edit.feature ? state.edit.feature.properties : {};
  var now = view.form.values();
  return Object.keys(now).some(function (name) {
    var a = before[name] === undefined ? null : before[name];
    return JSON.stringify(a) !== JSON.stringify(now[name]);
  });
}

export function isDirty() {
  var e = state.edit;
  return e !== null && (e.id === null
      || !sameGeometry(e.geometry, conform(e.feature.geometry, state.layer.tipo_geometria)) || attributesChanged());
}

export function refreshButtons() {
  var e = state.edit;
  var dirty = isDirty();
  $('sit-save').disabled = !dirty;
  $('sit-discard').disabled = !dirty;
  $('sit-undo').disabled = !(e && e.undo.length);
  $('sit-delete').hidden = !e || e.id === null;
  $('sit-history-open').hidden = !e || e.id === null;
}

/** Asks before unsaved changes are lost; true when there are none or the user lets them go. */
export function leaveEdit() {
  if (isDirty() && !window.confirm('Hay cambios sin guardar en el elemento que está editando. ¿Descartarlos?')) {
    return false;
  }
  endEdit();
  return true;
}

/** Hides the server's errors, the repair preview, the conflict and the deletion question. */
export function clearProblems() {
  view.problems.clearLayers();
  if (view.repairLayer) {
    view.map.removeLayer(view.repairLayer);
    view.repairLayer = null;
  }
  view.repaired = null;
  $('sit-geometry-errors').hidden = true;
  $('sit-repair').hidden = true;
  $('sit-repair-box').hidden = true;
  $('sit-form-errors').hidden = true;
  $('sit-conflict').hidden = true;
  $('sit-delete-confirm').hidden = true;
  if (view.form) {
    view.form.clearErrors();
  }
}

/** Stops editing (unsaved changes are dropped) and shows the feature as stored again. */
export function endEdit() {
  var e = state.edit;
  if (!e) {
    return;
  }
  e.parts.forEach(function (l) {
    stopReshaping(l);
    view.editing.removeLayer(l);
  });
  if (e.id !== null && state.features[e.id]) {
    state.features[e.id].layers.forEach(function (l) { view.shown.addLayer(l); });
  }
  state.edit = null;
  clearProblems();
  $('sit-edit-section').hidden = true;
  $('sit-motivo').value = '';
  showComments(null);
  renderList();
}

/** Draws the edited geometry as editable parts (again, after an undo or a repair). */
export function buildParts() {
  var e = state.edit;
  e.parts.forEach(function (l) {
    stopReshaping(l);
    view.editing.removeLayer(l);
  });
  var properties = e.feature ? e.feature.properties : null;
  e.parts = partsFor(e.geometry, L.extend({}, layerStyle(properties), SELECTED), true, properties);
  e.parts.forEach(function (l) {
    view.editing.addLayer(l);
    if (l instanceof L.Marker) {
      view.snapper.watchMarker(l);
    }
    startReshaping(l, SELECTED, geometryEdited);
  });
}

function geometryEdited() {
  var e = state.edit;
  var now = geometryOf(e.parts, state.layer.tipo_geometria);
  if (!sameGeometry(now, e.geometry)) {
    e.undo.push(e.geometry);
    e.geometry = now;
  }
  view.problems.clearLayers();
  refreshButtons();
}

/** Starts editing a stored feature, or a new one (feature null), with its geometry in the layer's type. */
function begin(feature, geometry) {
  state.edit = {id: feature ? feature.id : null, feature: feature, geometry: geometry, undo: [], parts: []};
  if (feature && state.features[feature.id]) {
    state.features[feature.id].layers.forEach(function (l) { view.shown.removeLayer(l); });
  }
  buildParts();
  view.form.setValues(feature ? feature.properties : null);
  var kind = kindName(kindOf(state.layer.tipo_geometria));
  $('sit-edit-title').textContent = feature ? title(feature) : 'Nuevo ' + kind;
  $('sit-edit-meta').textContent = feature ? 'Elemento ' + feature.id + ' · versión ' + feature.properties.version
      + ' · ' + communeName(feature.properties.cut) : 'Complete los atributos y guarde. La comuna dueña se deduce '
      + 'de la geometría.';
  $('sit-edit-geometry-hint').textContent = kind === 'punto' ? 'Arrastre el punto para moverlo.'
      : 'Arrastre los vértices; un punto intermedio agrega un vértice; un clic en un vértice lo quita.';
  $('sit-edit-section').hidden = false;
  showComments(feature ? feature.id : null);
  refreshButtons();
  renderList();
}

/** Edits a feature of the list or the map (asking first when unsaved changes would be lost). */
export function select(id) {
  if (state.edit && state.edit.id === id) {
    return;
  }
  if (view.drawTool && view.drawTool.active()) {
    view.drawTool.cancel();
  }
  if (!leaveEdit()) {
    return;
  }
  var entry = state.features[id];
  if (!entry) {
    return;
  }
  message(null);
  if (!view.historyPanel.isOpenFor(id)) {
    view.historyPanel.close();
  }
  begin(entry.feature, conform(entry.feature.geometry, state.layer.tipo_geometria));
}

/** Edits a feature just drawn (a Leaflet.draw layer). */
export function created(layer) {
  var geometry = conform(geometryOf([layer], state.layer.tipo_geometria.replace(/^Multi/, '')),
      state.layer.tipo_geometria);
  message(null);
  view.historyPanel.close();
  begin(null, geometry);
}

/** Takes back the last vertex drawn, or the last change of the edited geometry. */
export function undo() {
  if (view.drawTool && view.drawTool.active()) {
    view.drawTool.undo();
    return;
  }
  var e = state.edit;
  if (e && e.undo.length) {
    e.geometry = e.undo.pop();
    buildParts();
    view.problems.clearLayers();
    refreshButtons();
  }
}

/** Drops a new feature, or puts an edited one back as stored. */
export function discard() {
  var e = state.edit;
  if (!e) {
    return;
  }
  if (e.id === null) {
    endEdit();
    message('Se descartó el elemento nuevo.');
    return;
  }
  var feature = e.feature;
  endEdit();
  begin(feature, conform(feature.geometry, state.layer.tipo_geometria));
  message('Se descartaron los cambios: el elemento quedó como está guardado (versión '
      + feature.properties.version + ').');
}

/** Shows the feature as stored and edits it afresh (after a save, a reload or a revert). */
export function restart(feature) {
  show(feature);
  if (state.edit) {
    state.edit.parts.forEach(function (l) { stopReshaping(l); });
    view.editing.clearLayers();
    state.edit = null;
  }
  clearProblems();
  $('sit-motivo').value = '';
  begin(feature, conform(feature.geometry, state.layer.tipo_geometria));
}

/** After a revert from the history panel. */
export function reverted(feature, version, toVersion) {
  restart(feature);
  message('El elemento volvió a la versión ' + toVersion + ' (ahora es la versión ' + version + ').');
}
