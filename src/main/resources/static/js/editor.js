/*
 * The browser editor of editable layers (templates/editor.html), an ES module; the others are imported from here:
 * requests (editor-api.js), geometry and Leaflet.draw (editor-geometria.js, editor-dibujo.js), vertex snapping
 * (editor-ajuste.js), the attribute form (editor-formulario.js) and the history panel (editor-historial.js).
 *
 * The user picks a layer and a commune among those /api/editing/me allows; the map shows the commune's outline
 * and the layer's features there. A feature (clicked, or drawn anew) is edited in place: its vertices can be
 * dragged, added and removed, every change can be undone, and "Guardar" sends it (POST, or PUT with If-Match);
 * the server's answer decides: errors go next to their fields and on the map, an invalid geometry can be
 * repaired, a stale version (412) is reported with an offer to reload.
 *
 * For tests: window.sitEditor = {map, ready, state, select, load}; body[data-sit-ready="true"] once the session
 * and the first layer are loaded, body[data-sit-busy] is "true" while a request is under way. The address may
 * name the layer and commune: #capa=a21-uso-suelo&comuna=14102.
 */
import {baseLayers, el, escapeHtml, setStatus} from './mapa-util.js';
import {collectionPath, describe, getJson, itemPath, request} from './editor-api.js';
import {conform, kindName, kindOf, partLayer, partsOf, pointIcon, spanishDrawTexts, startReshaping,
  stopReshaping, verticesOf, geometryOf} from './editor-geometria.js';
import {createDrawTool} from './editor-dibujo.js';
import {createSnapper} from './editor-ajuste.js';
import {buildForm} from './editor-formulario.js';
import {createHistory} from './editor-historial.js';

var body = document.body;
var SELECTED = {color: '#ff6f00', weight: 3, opacity: 1, fillOpacity: 0.35, dashArray: null};
var OUTLINE = {color: '#263238', weight: 2.5, opacity: 0.9, dashArray: '8 5', fill: false, interactive: false};
var REPAIRED = {color: '#6a1b9a', weight: 4, opacity: 1, dashArray: '6 5', fillColor: '#ce93d8', fillOpacity: 0.5};
var PAGE_LIMIT = 10000;

function $(id) {
  return document.getElementById(id);
}

var state = {
  session: null,
  layer: null,           // the chosen layer of /api/editing/me
  cut: null,
  map: null,
  features: {},          // id → {feature, layers}
  outline: null,         // the commune's GeoJSON geometry
  edit: null,            // {id (null when new), feature (as stored, or null), geometry, undo: [geometries], parts}
  pending: 0
};

var map;
var shown;               // features not being edited
var editing;             // the parts of the feature being edited
var problems;            // error markers
var outlineLayer;
var repairLayer;
var repaired = null;     // the server's repair of the last rejected geometry
var form;
var drawTool = null;
var snapper;
var historyPanel;

/* Messages and progress ------------------------------------------------------------------------------------ */

function error(message) {
  var box = $('sit-error');
  box.textContent = '';
  if (message) {
    box.appendChild(el('p', null, message));
  }
  box.hidden = !message;
}

function message(text, actionLabel, action) {
  var box = $('sit-editor-message');
  var button = $('sit-editor-message-action');
  $('sit-editor-message-text').textContent = text || '';
  box.hidden = !text;
  button.hidden = !actionLabel;
  button.textContent = actionLabel || '';
  button.onclick = action ? function () {
    box.hidden = true;
    action();
  } : null;
}

function busy(promise) {
  state.pending++;
  body.dataset.sitBusy = 'true';
  function done() {
    state.pending--;
    if (!state.pending) {
      body.dataset.sitBusy = 'false';
    }
  }
  return promise.then(function (value) {
    done();
    return value;
  }, function (reason) {
    done();
    throw reason;
  });
}

/* Layer and commune ---------------------------------------------------------------------------------------- */

function layerStyle() {
  var style = L.extend({color: '#37474f', weight: 2, fillOpacity: 0.4}, state.layer.estilo || {});
  delete style.radius;
  return style;
}

function communeName(cut) {
  var c = state.layer.comunas.filter(function (commune) { return commune.cut === cut; })[0];
  return c ? c.nombre : cut;
}

function fillSelect(select, items, value, label, key) {
  select.textContent = '';
  items.forEach(function (item) {
    select.appendChild(new Option(label(item), key(item), false, key(item) === value));
  });
  select.disabled = false;
}

function fromAddress() {
  var out = {};
  window.location.hash.replace(/^#/, '').split('&').forEach(function (pair) {
    var kv = pair.split('=');
    if (kv.length === 2) {
      out[decodeURIComponent(kv[0])] = decodeURIComponent(kv[1]);
    }
  });
  return out;
}

function chooseLayer(id, cut) {
  state.layer = state.session.capas.filter(function (l) { return l.id === id; })[0] || state.session.capas[0];
  var communes = state.layer.comunas;
  state.cut = communes.some(function (c) { return c.cut === cut; }) ? cut
      : communes.some(function (c) { return c.cut === state.cut; }) ? state.cut : communes[0].cut;
  fillSelect($('sit-editor-layer'), state.session.capas, state.layer.id, function (l) { return l.titulo; },
      function (l) { return l.id; });
  fillSelect($('sit-editor-commune'), communes, state.cut, function (c) { return c.nombre; },
      function (c) { return c.cut; });
  historyPanel.close();
  endEdit();
  form = buildForm($('sit-attr-fields'), state.layer.atributos, refreshButtons);
  if (drawTool) {
    drawTool.remove();
  }
  var kind = kindOf(state.layer.geometria);
  drawTool = createDrawTool(map, {kind: kind, style: layerStyle(), snapper: snapper, canStart: leaveEdit,
    onCreated: created});
  $('sit-draw-hint').textContent = 'Para agregar un ' + kindName(kind) + ' use el botón de dibujo del mapa (arriba '
      + 'a la izquierda). Haga clic en un elemento del mapa o de la lista para editarlo: arrastre sus vértices, '
      + 'arrastre un punto intermedio para agregar uno, o haga clic en un vértice para quitarlo.';
  return load();
}

function load() {
  var layer = state.layer;
  var cut = state.cut;
  window.history.replaceState(null, '', '#capa=' + encodeURIComponent(layer.id) + '&comuna=' + cut);
  setStatus('Cargando ' + layer.titulo + ' en ' + communeName(cut) + '…');
  var items = collectionPath(layer.id) + '/items?f=json&limit=' + PAGE_LIMIT + '&cut=' + encodeURIComponent(cut);
  return busy(Promise.all([getJson('/collections/comunas/items/' + encodeURIComponent(cut) + '?f=json'),
    getJson(items)])).then(function (answers) {
    if (state.layer !== layer || state.cut !== cut) {
      return;
    }
    showOutline(answers[0]);
    state.features = {};
    shown.clearLayers();
    (answers[1].features || []).forEach(function (f) { show(f); });
    renderList();
    $('sit-features-section').hidden = false;
    setStatus('');
  }).catch(function (e) {
    setStatus('');
    error('No se pudo cargar la capa (' + e.message + ').');
    throw e;
  });
}

function showOutline(commune) {
  state.outline = commune.geometry;
  if (outlineLayer) {
    map.removeLayer(outlineLayer);
  }
  outlineLayer = L.geoJSON(commune.geometry, {style: function () { return OUTLINE; }, interactive: false})
      .addTo(map);
  map.fitBounds(outlineLayer.getBounds(), {padding: [12, 12], animate: false});
}

/* Features on the map and in the list ---------------------------------------------------------------------- */

function title(feature) {
  var p = feature.properties || {};
  return p.nombre || p.tipo || p.uso || p.categoria || 'Elemento ' + feature.id;
}

function partsFor(geometry, style, selected) {
  var icon = pointIcon(state.layer.estilo || {}, selected);
  return partsOf(geometry).map(function (part) { return partLayer(part, style, icon); });
}

function show(feature) {
  var entry = state.features[feature.id];
  if (entry) {
    entry.layers.forEach(function (l) { shown.removeLayer(l); });
  }
  var layers = partsFor(feature.geometry, layerStyle(), false);
  layers.forEach(function (l) {
    l.on('click', function () { select(feature.id); });
    l.bindTooltip(title(feature), {sticky: true});
    shown.addLayer(l);
  });
  state.features[feature.id] = {feature: feature, layers: layers};
}

function forget(id) {
  var entry = state.features[id];
  if (entry) {
    entry.layers.forEach(function (l) { shown.removeLayer(l); });
    delete state.features[id];
  }
}

function renderList() {
  var list = $('sit-feature-list');
  list.textContent = '';
  var entries = Object.keys(state.features).map(function (id) { return state.features[id].feature; })
      .sort(function (a, b) { return title(a).localeCompare(title(b), 'es') || a.id - b.id; });
  entries.forEach(function (feature) {
    var li = el('li');
    var button = el('button', 'sit-feature-item');
    button.type = 'button';
    button.dataset.id = String(feature.id);
    button.appendChild(el('span', null, title(feature)));
    button.appendChild(el('span', 'sit-feature-version', 'v' + feature.properties.version));
    button.setAttribute('aria-current', String(state.edit !== null && state.edit.id === feature.id));
    button.addEventListener('click', function () { select(feature.id); });
    li.appendChild(button);
    list.appendChild(li);
  });
  var n = entries.length;
  $('sit-feature-count').textContent = (n === 1 ? '1 elemento' : n + ' elementos') + ' en ' + communeName(state.cut)
      + '.';
}

/* Editing one feature -------------------------------------------------------------------------------------- */

function sameGeometry(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function attributesChanged() {
  if (!state.edit || !form) {
    return false;
  }
  var before = state.edit.feature ? state.edit.feature.properties : {};
  var now = form.values();
  return Object.keys(now).some(function (name) {
    var a = before[name] === undefined ? null : before[name];
    return JSON.stringify(a) !== JSON.stringify(now[name]);
  });
}

function isDirty() {
  var e = state.edit;
  return e !== null && (e.id === null || !sameGeometry(e.geometry, conform(e.feature.geometry, state.layer.geometria))
      || attributesChanged());
}

function refreshButtons() {
  var e = state.edit;
  var dirty = isDirty();
  $('sit-save').disabled = !dirty;
  $('sit-discard').disabled = !dirty;
  $('sit-undo').disabled = !(e && e.undo.length);
  $('sit-delete').hidden = !e || e.id === null;
  $('sit-history-open').hidden = !e || e.id === null;
}

/** Asks before unsaved changes are lost; true when there are none or the user lets them go. */
function leaveEdit() {
  if (isDirty() && !window.confirm('Hay cambios sin guardar en el elemento que está editando. ¿Descartarlos?')) {
    return false;
  }
  endEdit();
  return true;
}

function clearProblems() {
  problems.clearLayers();
  if (repairLayer) {
    map.removeLayer(repairLayer);
    repairLayer = null;
  }
  repaired = null;
  $('sit-geometry-errors').hidden = true;
  $('sit-repair').hidden = true;
  $('sit-repair-box').hidden = true;
  $('sit-form-errors').hidden = true;
  $('sit-conflict').hidden = true;
  $('sit-delete-confirm').hidden = true;
  if (form) {
    form.clearErrors();
  }
}

function endEdit() {
  var e = state.edit;
  if (!e) {
    return;
  }
  e.parts.forEach(function (l) {
    stopReshaping(l);
    editing.removeLayer(l);
  });
  if (e.id !== null && state.features[e.id]) {
    state.features[e.id].layers.forEach(function (l) { shown.addLayer(l); });
  }
  state.edit = null;
  clearProblems();
  $('sit-edit-section').hidden = true;
  $('sit-motivo').value = '';
  renderList();
}

/** Draws the edited geometry as editable parts (again, after an undo or a repair). */
function buildParts() {
  var e = state.edit;
  e.parts.forEach(function (l) {
    stopReshaping(l);
    editing.removeLayer(l);
  });
  e.parts = partsFor(e.geometry, L.extend({}, layerStyle(), SELECTED), true);
  e.parts.forEach(function (l) {
    editing.addLayer(l);
    if (l instanceof L.Marker) {
      snapper.watchMarker(l);
    }
    startReshaping(l, SELECTED, geometryEdited);
  });
}

function geometryEdited() {
  var e = state.edit;
  var now = geometryOf(e.parts, state.layer.geometria);
  if (!sameGeometry(now, e.geometry)) {
    e.undo.push(e.geometry);
    e.geometry = now;
  }
  problems.clearLayers();
  refreshButtons();
}

function begin(feature, geometry) {
  state.edit = {id: feature ? feature.id : null, feature: feature, geometry: geometry, undo: [], parts: []};
  if (feature && state.features[feature.id]) {
    state.features[feature.id].layers.forEach(function (l) { shown.removeLayer(l); });
  }
  buildParts();
  form.setValues(feature ? feature.properties : null);
  var kind = kindName(kindOf(state.layer.geometria));
  $('sit-edit-title').textContent = feature ? title(feature) : 'Nuevo ' + kind;
  $('sit-edit-meta').textContent = feature ? 'Elemento ' + feature.id + ' · versión ' + feature.properties.version
      + ' · ' + communeName(feature.properties.cut) : 'Complete los atributos y guarde. La comuna dueña se deduce '
      + 'de la geometría.';
  $('sit-edit-geometry-hint').textContent = kind === 'punto' ? 'Arrastre el punto para moverlo.'
      : 'Arrastre los vértices; un punto intermedio agrega un vértice; un clic en un vértice lo quita.';
  $('sit-edit-section').hidden = false;
  refreshButtons();
  renderList();
}

function select(id) {
  if (state.edit && state.edit.id === id) {
    return;
  }
  if (drawTool && drawTool.active()) {
    drawTool.cancel();
  }
  if (!leaveEdit()) {
    return;
  }
  var entry = state.features[id];
  if (!entry) {
    return;
  }
  message(null);
  if (!historyPanel.isOpenFor(id)) {
    historyPanel.close();
  }
  begin(entry.feature, conform(entry.feature.geometry, state.layer.geometria));
}

function created(layer) {
  var geometry = conform(geometryOf([layer], state.layer.geometria.replace(/^Multi/, '')),
      state.layer.geometria);
  message(null);
  historyPanel.close();
  begin(null, geometry);
}

function undo() {
  if (drawTool && drawTool.active()) {
    drawTool.undo();
    return;
  }
  var e = state.edit;
  if (e && e.undo.length) {
    e.geometry = e.undo.pop();
    buildParts();
    problems.clearLayers();
    refreshButtons();
  }
}

function discard() {
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
  begin(feature, conform(feature.geometry, state.layer.geometria));
  message('Se descartaron los cambios: el elemento quedó como está guardado (versión '
      + feature.properties.version + ').');
}

/* Saving, deleting, errors --------------------------------------------------------------------------------- */

function showProblems(errors) {
  var rest = form.showErrors(errors.filter(function (e) { return e.campo !== 'geometry'; }));
  var geometry = errors.filter(function (e) { return e.campo === 'geometry'; });
  var list = $('sit-geometry-error-list');
  list.textContent = '';
  geometry.forEach(function (e) {
    list.appendChild(el('li', null, e.mensaje));
    if (e.ubicacion) {
      L.marker([e.ubicacion[1], e.ubicacion[0]], {
        icon: L.divIcon({className: 'sit-problem-marker', html: '<span>!</span>', iconSize: [22, 22]}),
        keyboard: false, interactive: false, zIndexOffset: 2000
      }).bindTooltip(escapeHtml(e.mensaje), {permanent: true, direction: 'right', offset: [12, 0],
        className: 'sit-problem-tooltip'}).addTo(problems);
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
  form.focusFirstError();
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
          repaired = answer.body;
          $('sit-repair').hidden = false;
        }
      });
}

function showRepair() {
  if (!repaired) {
    return;
  }
  if (repairLayer) {
    map.removeLayer(repairLayer);
  }
  repairLayer = L.geoJSON(repaired.geometria, {style: function () { return REPAIRED; }, interactive: false,
    pane: 'sit-above'}).addTo(map);
  $('sit-repair-problems').textContent = 'Problema encontrado: ' + repaired.problemas.map(function (p) {
    return p.mensaje;
  }).join('; ') + '.';
  $('sit-repair-box').hidden = false;
  $('sit-repair').hidden = true;
}

function acceptRepair() {
  var e = state.edit;
  var geometry = conform(repaired.geometria, state.layer.geometria);
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

function rejectRepair() {
  if (repairLayer) {
    map.removeLayer(repairLayer);
    repairLayer = null;
  }
  $('sit-repair-box').hidden = true;
  $('sit-repair').hidden = !repaired;
}

/** Shows the feature as stored and edits it afresh (after a save, a reload or a revert). */
function restart(feature) {
  show(feature);
  if (state.edit) {
    state.edit.parts.forEach(function (l) { stopReshaping(l); });
    editing.clearLayers();
    state.edit = null;
  }
  clearProblems();
  $('sit-motivo').value = '';
  begin(feature, conform(feature.geometry, state.layer.geometria));
}

function conflict(text) {
  $('sit-conflict-text').textContent = text;
  $('sit-conflict').hidden = false;
}

function save() {
  var e = state.edit;
  if (!e) {
    return Promise.resolve();
  }
  clearProblems();
  error(null);
  var local = form.validate();
  if (local.length) {
    form.focusFirstError();
    return Promise.resolve();
  }
  var feature = {type: 'Feature', geometry: e.geometry, properties: form.values()};
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
              : ' Quedó en la comuna ' + saved.properties.cut + ', donde cae su geometría.'));
          if (historyPanel.isOpenFor(saved.id)) {
            historyPanel.open(saved.id);
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

function reload() {
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

function remove() {
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
          historyPanel.close();
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

function reverted(feature, version, toVersion) {
  restart(feature);
  message('El elemento volvió a la versión ' + toVersion + ' (ahora es la versión ' + version + ').');
}

/* Start-up ------------------------------------------------------------------------------------------------- */

function snapCandidates() {
  var out = [];
  Object.keys(state.features).forEach(function (id) {
    if (!state.edit || String(state.edit.id) !== id) {
      verticesOf(state.features[id].feature.geometry, out);
    }
  });
  if (state.edit && state.edit.geometry) {
    verticesOf(state.edit.geometry, out);
  }
  if (state.outline) {
    verticesOf(state.outline, out);
  }
  return out;
}

function createMap() {
  map = L.map('sit-map', {zoomSnap: 0.5, zoomDelta: 0.5, minZoom: 5, maxZoom: 19});
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a> · Leaflet.draw');
  L.control.scale({imperial: false}).addTo(map);
  map.setView([-39.95, -72.7], 8);
  // History diffs and repair previews are drawn above the feature being edited.
  map.createPane('sit-above').style.zIndex = 450;
  L.control.layers(baseLayers(map), null, {collapsed: true, position: 'topright'}).addTo(map);
  shown = L.featureGroup().addTo(map);
  editing = L.featureGroup().addTo(map);
  problems = L.layerGroup().addTo(map);
  snapper = createSnapper(map, snapCandidates);
  map.on('layeradd', function (e) {
    // Leaflet.draw's vertex handles (and midpoints) are draggable markers: they snap too.
    if (state.edit && e.layer instanceof L.Marker && e.layer.options.draggable && !e.layer.sitSnaps) {
      e.layer.sitSnaps = true;
      snapper.watchMarker(e.layer);
    }
  });
  state.map = map;
  window.sitEditor.map = map;
}

function wire() {
  $('sit-editor-layer').addEventListener('change', function (e) {
    if (!leaveEdit()) {
      e.target.value = state.layer.id;
      return;
    }
    chooseLayer(e.target.value, state.cut);
  });
  $('sit-editor-commune').addEventListener('change', function (e) {
    if (!leaveEdit()) {
      e.target.value = state.cut;
      return;
    }
    state.cut = e.target.value;
    historyPanel.close();
    load();
  });
  $('sit-attr-form').addEventListener('submit', function (e) {
    e.preventDefault();
    save();
  });
  $('sit-undo').addEventListener('click', undo);
  $('sit-discard').addEventListener('click', discard);
  $('sit-delete').addEventListener('click', function () { $('sit-delete-confirm').hidden = false; });
  $('sit-delete-no').addEventListener('click', function () { $('sit-delete-confirm').hidden = true; });
  $('sit-delete-yes').addEventListener('click', remove);
  $('sit-history-open').addEventListener('click', function () {
    if (state.edit && state.edit.id !== null) {
      historyPanel.open(state.edit.id);
    }
  });
  $('sit-conflict-reload').addEventListener('click', reload);
  $('sit-repair').addEventListener('click', showRepair);
  $('sit-repair-accept').addEventListener('click', acceptRepair);
  $('sit-repair-reject').addEventListener('click', rejectRepair);
  $('sit-snap').addEventListener('change', function (e) { snapper.setEnabled(e.target.checked); });
  document.addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key === 'z' && !/INPUT|TEXTAREA|SELECT/.test(e.target.tagName)) {
      e.preventDefault();
      undo();
    }
  });
  window.addEventListener('beforeunload', function (e) {
    if (isDirty()) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
}

function start(session) {
  state.session = session;
  $('sit-editor-user').textContent = 'Capas temáticas Agenda 21 · ' + session.usuario
      + (session.admin ? ' (administrador)' : '');
  if (!session.capas.length) {
    $('sit-editor-none').hidden = false;
    setStatus('');
    return null;
  }
  var address = fromAddress();
  return chooseLayer(address.capa || session.capas[0].id, address.comuna);
}

function run() {
  if (typeof L === 'undefined' || !L.Draw || !L.Edit) {
    error('No se pudo cargar la biblioteca de mapas (Leaflet y Leaflet.draw).');
    setStatus('');
    body.dataset.sitReady = 'error';
    return Promise.reject(new Error('sin Leaflet'));
  }
  spanishDrawTexts();
  createMap();
  historyPanel = createHistory({map: map, layer: function () { return state.layer; }, onReverted: reverted,
    onError: error});
  wire();
  return busy(getJson('/api/editing/me')).then(start).then(function () {
    body.dataset.sitReady = 'true';
    return window.sitEditor;
  }).catch(function (e) {
    if ($('sit-error').hidden) {
      error('El editor no se pudo iniciar (' + e.message + ').');
    }
    setStatus('');
    body.dataset.sitReady = 'error';
    throw e;
  });
}

window.sitEditor = {map: null, state: state, ready: null, select: select, load: load};
window.sitEditor.ready = run();
// Failures are already shown in the panel; keep them out of the console as unhandled rejections.
window.sitEditor.ready.catch(function () {});
