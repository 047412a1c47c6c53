/*
 * Communes on the map: name labels, the searchable list in the panel, and focusing a territory (from the list or
 * from the address: #territorio=14101 for a commune, 141 for a province, 14 for a region). Labels and list are
 * rebuilt whenever the communes layer is drawn again (another year of the territorial division). A label stands at
 * the commune's label point, computed once by the server (GET /api/layers/comunas/label-points, every year's units).
 */
import {afterLoad, baseStyle, load, state} from './mapa-capas.js';
import {base, el, featureTitle, fetchJson, normalise, setAddressPart} from './mapa-util.js';
import {movedByPage} from './mapa-direccion.js';
import {LOCALE} from './formato.js';

export var COMMUNES = 'comunas';
var LEVEL_COLLECTIONS = {5: 'comunas', 3: 'provincias', 2: 'regiones'};

var LABEL_PANE = 'sit-labels';
var MIN_LABEL_PX = 24;    // a commune narrower or shorter than this on screen gets no label
var labels = null;        // L.LayerGroup of the commune name labels shown at the current zoom
var entries = {};         // commune feature id -> {feature, bounds, point, marker}; the marker made when needed
var labelPoints = null;   // Promise of the server's label points: feature id -> [lon, lat]

/** Wires the labels and the list to the communes layer; call once the layers exist. */
export function setUpCommunes() {
  var layer = state.layers[COMMUNES];
  if (!layer) {
    return;
  }
  var pane = state.map.createPane(LABEL_PANE);
  pane.style.zIndex = '640';
  pane.style.pointerEvents = 'none';
  layer.on('add', function () {
    if (labels) {
      labels.addTo(state.map);
    }
  });
  layer.on('remove', function () {
    if (labels) {
      labels.remove();
    }
  });
  state.map.on('zoomend', fitLabels);
  afterLoad[COMMUNES] = buildCommunes;
  serverLabelPoints();   // fetched beside the communes themselves
  setUpSearch();
}

/** The communes' label points from the server, fetched once ({} when they cannot be read: no labels, retried). */
function serverLabelPoints() {
  if (!labelPoints) {
    labelPoints = fetchJson(base + '/api/layers/' + COMMUNES + '/label-points').catch(function () {
      labelPoints = null;
      return {};
    });
  }
  return labelPoints;
}

/** Builds the list, then the labels once the label points are there; the communes' load waits for both. */
function buildCommunes(features) {
  buildCommuneList(features);
  return serverLabelPoints().then(function (points) {
    if (labels) {
      labels.remove();
    }
    entries = {};
    features.forEach(function (feature) {
      var bounds = geometryBounds(feature.geometry);
      var point = points[String(feature.id)];
      if (bounds) {
        entries[String(feature.id)] = {feature: feature, bounds: bounds, marker: null,
          point: point ? L.latLng(point[1], point[0]) : null};
      }
    });
    labels = L.layerGroup();
    fitLabels();
    if (state.map.hasLayer(state.layers[COMMUNES])) {
      labels.addTo(state.map);
    }
  });
}

/** The bounds of a Polygon or MultiPolygon GeoJSON geometry, or null for any other geometry. */
function geometryBounds(geometry) {
  var polygons = !geometry ? null : geometry.type === 'Polygon' ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon' ? geometry.coordinates : null;
  if (!polygons || !polygons.length) {
    return null;
  }
  var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  polygons.forEach(function (polygon) {
    (polygon[0] || []).forEach(function (c) {
      minX = Math.min(minX, c[0]); maxX = Math.max(maxX, c[0]);
      minY = Math.min(minY, c[1]); maxY = Math.max(maxY, c[1]);
    });
  });
  return minX <= maxX ? L.latLngBounds([minY, minX], [maxY, maxX]) : null;
}

/**
 * Shows the label of each commune wide and tall enough on screen at this zoom and hides the others: at the national
 * view the names of 345 communes would cover each other (and laying them out took most of the map's start). A label
 * is a non-interactive marker centred by CSS, so placing it reads no layout.
 */
function fitLabels() {
  if (!labels) {
    return;
  }
  var map = state.map, zoom = map.getZoom();
  Object.keys(entries).forEach(function (id) {
    var entry = entries[id];
    var sw = map.project(entry.bounds.getSouthWest(), zoom), ne = map.project(entry.bounds.getNorthEast(), zoom);
    var fits = ne.x - sw.x >= MIN_LABEL_PX && sw.y - ne.y >= MIN_LABEL_PX;
    if (fits && !entry.marker && entry.point) {
      var text = el('span', null, featureTitle(state.collections[COMMUNES], entry.feature));
      entry.marker = L.marker(entry.point, {icon: L.divIcon({className: 'sit-label', html: text, iconSize: null}),
        interactive: false, keyboard: false, pane: LABEL_PANE});
    }
    if (fits && entry.marker && !labels.hasLayer(entry.marker)) {
      labels.addLayer(entry.marker);
    } else if (!fits && entry.marker && labels.hasLayer(entry.marker)) {
      labels.removeLayer(entry.marker);
    }
  });
}

function buildCommuneList(features) {
  var list = document.getElementById('sit-commune-list');
  var collection = state.collections[COMMUNES];
  list.textContent = '';
  var sorted = features.slice().sort(function (a, b) {
    return featureTitle(collection, a).localeCompare(featureTitle(collection, b), 'es');
  });
  sorted.forEach(function (feature) {
    var name = featureTitle(collection, feature);
    var item = el('li');
    item.dataset.search = normalise(name);
    var button = el('button', 'sit-commune');
    button.type = 'button';
    button.dataset.communeId = String(feature.id);
    button.appendChild(el('span', 'sit-commune-name', name));
    var population = feature.properties && feature.properties.poblacion_2017;
    if (typeof population === 'number') {
      button.title = 'Población Censo 2017: ' + population.toLocaleString(LOCALE) + ' hab.';
    }
    button.addEventListener('click', function () { focusTerritory(feature.id); });
    item.appendChild(button);
    list.appendChild(item);
  });
  filterList();
}

/** Shows the communes whose name contains the search text (accents and case ignored). */
function filterList() {
  var list = document.getElementById('sit-commune-list');
  var query = normalise(document.getElementById('sit-commune-search').value);
  var shown = 0;
  Array.prototype.forEach.call(list.children, function (item) {
    var match = !query || item.dataset.search.indexOf(query) >= 0;
    item.hidden = !match;
    shown += match ? 1 : 0;
  });
  document.getElementById('sit-commune-empty').hidden = shown > 0;
}

function setUpSearch() {
  var list = document.getElementById('sit-commune-list');
  var search = document.getElementById('sit-commune-search');
  search.addEventListener('input', filterList);
  search.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter') {
      return;
    }
    var visible = Array.prototype.filter.call(list.children, function (item) { return !item.hidden; });
    if (visible.length === 1) {
      event.preventDefault();
      visible[0].querySelector('button').click();
    }
  });
}

/** The feature of that identifier, or else the one whose code of the time is that (105 in 2005). */
function featureLayer(id, code) {
  var byId = null;
  var byCode = null;
  state.layers[id].eachLayer(function (layer) {
    if (String(layer.feature.id) === String(code)) {
      byId = layer;
    } else if (String((layer.feature.properties || {}).codigo) === String(code)) {
      byCode = layer;
    }
  });
  return byId || byCode;
}

/**
 * Shows a commune, province or region of the division on the map (by CUT, also a code of the time such as 105 in
 * 2005, or by the identifier of a former unit such as "10501@..2007-10-02"): switches its layer on, zooms to it, outlines it and opens its popup. Returns a
 * promise that settles once done.
 */
export function focusTerritory(code) {
  var id = LEVEL_COLLECTIONS[String(code).split('@')[0].length];
  var layers = state.layers[id];
  if (!id || !layers) {
    return Promise.resolve(null);
  }
  if (!state.map.hasLayer(layers)) {
    layers.addTo(state.map);
  }
  return load(id).then(function () {
    var layer = featureLayer(id, code);
    if (!layer) {
      return null;
    }
    movedByPage(function () {
      state.map.fitBounds(layer.getBounds(), {padding: [30, 30], animate: false});
    });
    var collection = state.collections[id];
    layer.setStyle({weight: 3.5, color: '#00695c'});
    layer.once('popupclose', function () { layer.setStyle(baseStyle(collection)); });
    var entry = entries[String(layer.feature.id)];
    layer.openPopup((entry && entry.point) || layer.getBounds().getCenter());
    if (/^(\d{2}|\d{3}|\d{5})$/.test(String(code))) {
      setAddressPart('territorio', String(code));   // the address now shows this view: it can be shared
      setAddressPart('mapa', '');
    }
    return layer;
  });
}
