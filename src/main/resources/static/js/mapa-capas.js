/*
 * One Leaflet layer per OGC API collection: creation, lazy loading, popups and the legend that doubles as the
 * layer list. Collections with their own kind of layer (the clustered investment projects) register a factory in
 * `factories`; code that must run once a collection's features are drawn registers in `afterLoad`.
 */
import {el, fetchAllFeatures, featureTitle, formatValue, isWebAddress, itemPageUrl, link, profileUrl,
  showError} from './mapa-util.js';

// Used only when a collection does not say whether it is visible at start.
var FALLBACK_VISIBLE = ['comunas', 'sitios-prioritarios', 'areas-protegidas', 'limites-urbanos',
  'proyectos-inversion'];

/** Territorial collections whose features have a profile page, with the link text. */
export var PROFILE_LINKS = {comunas: 'Ver ficha comunal', provincias: 'Ver ficha provincial',
  regiones: 'Ver ficha regional'};

export var state = {
  map: null,
  layers: {},        // collection id -> layer (L.GeoJSON, or what a factory made)
  collections: {},   // collection id -> collection JSON
  features: {},      // collection id -> Promise of its GeoJSON features (fetched once)
  loads: {},         // collection id -> Promise of the feature count, once drawn
  legendItems: {}    // collection id -> <li>
};

/** collection id -> function (collection, options) returning a layer with addData(FeatureCollection). */
export var factories = {};
/** collection id -> function (features) run once the collection is drawn. */
export var afterLoad = {};

/** The popup of one feature, as DOM nodes (values become text, never markup). */
export function popupContent(collection, feature) {
  var props = feature.properties || {};
  var root = el('div', 'sit-popup');
  root.appendChild(el('h3', 'sit-popup-title', featureTitle(collection, feature)));
  root.appendChild(el('p', 'sit-popup-layer', collection.title));
  if (collection.ilustrativo) {
    root.appendChild(el('p', 'sit-popup-illustrative', 'Dato ilustrativo generado por SIT, no real.'));
  }
  var attributes = collection.attributes && collection.attributes.length
      ? collection.attributes
      : Object.keys(props).map(function (name) { return {name: name, title: name}; });
  var table = el('table', 'sit-popup-table');
  var tbody = el('tbody');
  attributes.forEach(function (attribute) {
    if (!(attribute.name in props)) {
      return;
    }
    var row = el('tr');
    row.appendChild(el('th', null, attribute.title || attribute.name));
    var cell = el('td');
    var value = props[attribute.name];
    if (isWebAddress(value)) {
      var a = link(value, value);
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      cell.appendChild(a);
    } else {
      cell.textContent = formatValue(value, attribute);
    }
    row.appendChild(cell);
    tbody.appendChild(row);
  });
  table.appendChild(tbody);
  root.appendChild(table);
  if (feature.id !== undefined && feature.id !== null) {
    var links = root.appendChild(el('p', 'sit-popup-links'));
    if (PROFILE_LINKS[collection.id]) {
      links.appendChild(link(PROFILE_LINKS[collection.id], profileUrl(feature.id), 'sit-popup-link sit-profile-link'));
      links.appendChild(link('Ver en la API (HTML)', itemPageUrl(collection, feature), 'sit-popup-link-minor'));
    } else {
      links.appendChild(link('Ver ficha (HTML)', itemPageUrl(collection, feature), 'sit-popup-link'));
    }
  }
  return root;
}

export function isPointLayer(collection) {
  return /point/i.test(collection.geometryType || '');
}

export function baseStyle(collection) {
  return Object.assign({}, collection.style || {});
}

/** Pane z-index of the collection at `index`; odd values in between are free for overlays such as choropleths. */
export function paneZIndex(index) {
  return 410 + 2 * index;
}

export function createLayer(collection, index) {
  // One pane per collection keeps the map order whatever order the layers load in.
  var pane = 'sit-pane-' + collection.id;
  state.map.createPane(pane).style.zIndex = String(paneZIndex(index));
  var style = baseStyle(collection);
  var className = 'sit-feature sit-f-' + collection.id;
  var popupOptions = {maxWidth: 360, minWidth: 240, autoPanPadding: L.point(24, 24)};
  var layer = factories[collection.id]
      ? factories[collection.id](collection, {pane: pane, className: className, popupOptions: popupOptions})
      : L.geoJSON(null, Object.assign({}, style, {
        pane: pane,
        className: className,
        style: function () { return baseStyle(collection); },
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, Object.assign({radius: 5}, style, {pane: pane, className: className}));
        },
        onEachFeature: function (feature, featureLayer) {
          featureLayer.bindPopup(function () { return popupContent(collection, feature); }, popupOptions);
        }
      }));
  layer.on('add', function () {
    load(collection.id).catch(function () { /* reported by load() */ });
    updateLegend(collection.id, true);
  });
  layer.on('remove', function () {
    updateLegend(collection.id, false);
  });
  return layer;
}

/** A collection's features, fetched once (also for overlays that do not draw the layer itself). */
export function features(id) {
  if (!state.features[id]) {
    state.features[id] = fetchAllFeatures(id).catch(function (error) {
      delete state.features[id];   // allow a retry
      throw error;
    });
  }
  return state.features[id];
}

/** Draws a collection's features once; later calls return the same promise. */
export function load(id) {
  if (state.loads[id]) {
    return state.loads[id];
  }
  var collection = state.collections[id];
  var layer = state.layers[id];
  setLegendLoading(id, true);
  state.loads[id] = features(id).then(function (list) {
    layer.addData({type: 'FeatureCollection', features: list});
    document.body.setAttribute('data-sit-features-' + id, String(list.length));
    if (afterLoad[id]) {
      afterLoad[id](list);
    }
    setLegendLoading(id, false);
    return list.length;
  }).catch(function (error) {
    delete state.loads[id];   // allow a retry by toggling the layer again
    setLegendLoading(id, false);
    showError('No se pudo cargar la capa «' + collection.title + '» (' + error.message + ').');
    throw error;
  });
  return state.loads[id];
}

export function isVisibleAtStart(collection) {
  return typeof collection.defaultVisible === 'boolean'
      ? collection.defaultVisible
      : FALLBACK_VISIBLE.indexOf(collection.id) >= 0;
}

/** Tables without geometry (population per year, for instance) are data, not map layers. */
export function hasGeometry(collection) {
  var type = collection.geometryType;
  return Boolean(type) && !/^none$/i.test(type);
}

// ---------------------------------------------------------------- legend

function swatch(collection) {
  var style = collection.style || {};
  var node = el('span', 'sit-swatch');
  var point = isPointLayer(collection) || (collection.geometryType === 'Geometry' && style.radius);
  node.classList.add(point ? 'sit-swatch-point' : 'sit-swatch-area');
  var stroke = style.stroke === false ? 'transparent' : (style.color || '#3388ff');
  var dashed = style.dashArray ? 'dashed' : 'solid';
  node.style.border = Math.max(1, Math.min(3, Number(style.weight) || 1)) + 'px ' + dashed + ' ' + stroke;
  if (style.fill !== false) {
    var fill = style.fillColor || stroke;
    node.style.backgroundColor = fill;
    var opacity = style.fillOpacity === undefined ? 0.2 : Number(style.fillOpacity);
    // The swatch shows the fill at its map opacity over white, keeping the border opaque.
    node.style.backgroundImage = 'linear-gradient(rgba(255,255,255,' + (1 - opacity) + '),rgba(255,255,255,'
        + (1 - opacity) + '))';
  }
  return node;
}

/** The legend doubles as the layer list: each entry has a checkbox that shows or hides its layer. */
export function buildLegend(collections) {
  var legend = document.getElementById('sit-legend');
  legend.textContent = '';
  collections.forEach(function (collection) {
    var item = el('li', 'sit-legend-item');
    item.dataset.collection = collection.id;
    var row = el('label', 'sit-legend-row');
    if (collection.source) {
      row.title = 'Fuente: ' + collection.source;
    }
    var toggle = el('input', 'sit-legend-toggle');
    toggle.type = 'checkbox';
    toggle.addEventListener('change', function () {
      var layer = state.layers[collection.id];
      if (toggle.checked) {
        layer.addTo(state.map);
      } else {
        layer.remove();
      }
    });
    row.appendChild(toggle);
    row.appendChild(swatch(collection));
    var label = el('span', 'sit-legend-label', collection.title);
    if (collection.ilustrativo) {
      label.appendChild(document.createTextNode(' '));
      label.appendChild(el('span', 'sit-badge', 'ilustrativo'));
    }
    row.appendChild(label);
    row.appendChild(el('span', 'sit-legend-state'));
    item.appendChild(row);
    legend.appendChild(item);
    state.legendItems[collection.id] = item;
  });
}

export function updateLegend(id, visible) {
  var item = state.legendItems[id];
  if (item) {
    item.classList.toggle('is-off', !visible);
    item.querySelector('.sit-legend-toggle').checked = visible;
  }
}

function setLegendLoading(id, loading) {
  var item = state.legendItems[id];
  if (item) {
    item.classList.toggle('is-loading', loading);
    item.querySelector('.sit-legend-state').textContent = loading ? 'cargando…' : '';
  }
}
