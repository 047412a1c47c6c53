/*
 * The features of the chosen layer in the chosen commune, on the map and in the panel's list, and the commune's
 * outline for context.
 */
import {el} from './mapa-util.js';
import {partLayer, partsOf, pointIcon, verticesOf} from './editor-geometria.js';
import {$, communeName, layerStyle, state, title, view} from './editor-estado.js';
import {referenceVertices} from './editor-referencia.js';

var OUTLINE = {color: '#263238', weight: 2.5, opacity: 0.9, dashArray: '8 5', fill: false, interactive: false};

/** The Leaflet layers of a geometry's parts (points as icons in their class's colours, selected or not). */
export function partsFor(geometry, style, selected, properties) {
  var icon = pointIcon(layerStyle(properties), selected);
  return partsOf(geometry).map(function (part) { return partLayer(part, style, icon); });
}

/** Draws a feature as stored (again, replacing its old parts). */
export function show(feature) {
  var entry = state.features[feature.id];
  if (entry) {
    entry.layers.forEach(function (l) { view.shown.removeLayer(l); });
  }
  var layers = partsFor(feature.geometry, layerStyle(feature.properties), false, feature.properties);
  layers.forEach(function (l) {
    l.on('click', function () { view.onSelect(feature.id); });
    // Leaflet inserts a string as HTML: the title goes in as text of a node.
    l.bindTooltip(el('span', null, title(feature)), {sticky: true});
    view.shown.addLayer(l);
  });
  state.features[feature.id] = {feature: feature, layers: layers};
}

export function forget(id) {
  var entry = state.features[id];
  if (entry) {
    entry.layers.forEach(function (l) { view.shown.removeLayer(l); });
    delete state.features[id];
  }
}

/** The panel's list of features, sorted by name, the edited one marked. */
export function renderList() {
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
    button.addEventListener('click', function () { view.onSelect(feature.id); });
    li.appendChild(button);
    list.appendChild(li);
  });
  var n = entries.length;
  $('sit-feature-count').textContent = (n === 1 ? '1 elemento' : n + ' elementos') + ' en ' + communeName(state.cut)
      + '.';
}

/** Draws the commune's outline and zooms the map to it. */
export function showOutline(commune) {
  state.outline = commune.geometry;
  if (view.outlineLayer) {
    view.map.removeLayer(view.outlineLayer);
  }
  view.outlineLayer = L.geoJSON(commune.geometry, {style: function () { return OUTLINE; }, interactive: false})
      .addTo(view.map);
  view.map.fitBounds(view.outlineLayer.getBounds(), {padding: [12, 12], animate: false});
}

/**
 * The vertices a drawn or dragged vertex may snap to: other features, the edited one, the commune's outline and
 * the reference layers (the commune's other layers and urban limits, editor-referencia.js).
 */
export function snapCandidates() {
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
  return out.concat(referenceVertices());
}
