/*
 * The browser editor of editable layers (templates/editor.html), an ES module; the others are imported from here:
 * shared state (editor-estado.js), requests (editor-api.js), geometry and Leaflet.draw (editor-geometria.js,
 * editor-dibujo.js), vertex snapping (editor-ajuste.js), the features shown (editor-elementos.js), editing one
 * feature (editor-edicion.js), saving and deleting (editor-guardado.js), the attribute form (editor-formulario.js)
 * and the history panel (editor-historial.js).
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
import {setUpComments} from './editor-comentarios.js';
import {setStatus} from './mapa-util.js';
import {classLegend, kindOf as symbolKind} from './simbologia.js';
import {setUpBasemaps} from './mapa-fondos.js';
import {collectionPath, getJson} from './editor-api.js';
import {kindName, kindOf, spanishDrawTexts} from './editor-geometria.js';
import {createDrawTool} from './editor-dibujo.js';
import {createSnapper} from './editor-ajuste.js';
import {buildForm} from './editor-formulario.js';
import {createHistory} from './editor-historial.js';
import {updateFiles, wireFiles} from './editor-archivos.js';
import {$, busy, communeName, error, layerStyle, state, view} from './editor-estado.js';
import {renderList, show, showOutline, snapCandidates} from './editor-elementos.js';
import {loadReferences, setReferences} from './editor-referencia.js';
import {created, discard, endEdit, isDirty, leaveEdit, refreshButtons, reverted, select, undo}
  from './editor-edicion.js';
import {acceptRepair, rejectRepair, reload, remove, save, showRepair} from './editor-guardado.js';

var body = document.body;
var PAGE_LIMIT = 10000;

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

/** The chosen layer's classes (land use by use...), as on the map's legend; nothing for a layer of one symbol. */
function showClasses() {
  var box = $('sit-editor-legend');
  var style = state.layer.style || {};
  var list = classLegend(style, symbolKind(state.layer.tipo_geometria, style), state.layer.titulo,
      state.layer.atributos);
  box.replaceChildren();
  if (list) {
    box.appendChild(list);
  }
  box.hidden = !list;
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
  view.historyPanel.close();
  endEdit();
  view.form = buildForm($('sit-attr-fields'), state.layer.atributos, refreshButtons);
  showClasses();
  if (view.drawTool) {
    view.drawTool.remove();
  }
  var kind = kindOf(state.layer.tipo_geometria);
  view.drawTool = createDrawTool(view.map, {kind: kind, style: layerStyle(), snapper: view.snapper, canStart: leaveEdit,
    onCreated: created});
  $('sit-draw-hint').textContent = 'Para agregar un ' + kindName(kind) + ' use el botón de dibujo del mapa (arriba '
      + 'a la izquierda). Haga clic en un elemento del mapa o de la lista para editarlo'
      + (kind === 'point' ? ': arrastre el punto para moverlo.' : ': arrastre sus vértices, arrastre un punto '
      + 'intermedio para agregar uno, o haga clic en un vértice para quitarlo.');
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
    loadReferences(view.outlineLayer.getBounds()).catch(function () { /* references are a help, not the task */ });
    state.features = {};
    view.shown.clearLayers();
    (answers[1].features || []).forEach(function (f) { show(f); });
    renderList();
    $('sit-features-section').hidden = false;
    updateFiles();
    setStatus('');
  }).catch(function (e) {
    setStatus('');
    error('No se pudo cargar la capa (' + e.message + ').');
    throw e;
  });
}

function createMap() {
  view.map = L.map('sit-map', {zoomSnap: 0.5, zoomDelta: 0.5, minZoom: 5, maxZoom: 19});
  view.map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a> · Leaflet.draw');
  L.control.scale({imperial: false}).addTo(view.map);
  view.map.setView([-39.95, -72.7], 8);
  // History diffs and repair previews are drawn above the feature being edited.
  view.map.createPane('sit-above').style.zIndex = 450;
  setUpBasemaps(view.map, L.control.layers({}, null, {collapsed: true, position: 'topright'}).addTo(view.map));
  view.shown = L.featureGroup().addTo(view.map);
  view.editing = L.featureGroup().addTo(view.map);
  view.problems = L.layerGroup().addTo(view.map);
  view.snapper = createSnapper(view.map, snapCandidates);
  view.map.on('layeradd', function (e) {
    // Leaflet.draw's vertex handles (and midpoints) are draggable markers: they snap too.
    if (state.edit && e.layer instanceof L.Marker && e.layer.options.draggable && !e.layer.sitSnaps) {
      e.layer.sitSnaps = true;
      view.snapper.watchMarker(e.layer);
    }
  });
  view.onSelect = select;
  window.sitEditor.map = view.map;
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
    view.historyPanel.close();
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
      view.historyPanel.open(state.edit.id);
    }
  });
  $('sit-conflict-reload').addEventListener('click', reload);
  $('sit-repair').addEventListener('click', showRepair);
  $('sit-repair-accept').addEventListener('click', acceptRepair);
  $('sit-repair-reject').addEventListener('click', rejectRepair);
  wireFiles(load);
  $('sit-snap').addEventListener('change', function (e) { view.snapper.setEnabled(e.target.checked); });
  $('sit-reference').addEventListener('change', function (e) { setReferences(e.target.checked); });
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
  view.historyPanel = createHistory({map: view.map, layer: function () { return state.layer; }, onReverted: reverted,
    onError: error});
  wire();
  setUpComments();
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
