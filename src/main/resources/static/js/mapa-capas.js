/*
 * One Leaflet layer per OGC API collection: creation, lazy loading, popups and the legend that doubles as the
 * layer list. Collections with their own kind of layer (the investment projects, drawn from vector tiles) register a
 * factory in
 * `factories`; code that must run once a collection's features are drawn registers in `afterLoad` (it may return a
 * promise, which the load then waits for).
 * Collections whose units have a validity period (comunas, provincias, regiones) are "dated": their layers show
 * the units valid at `state.datetime` (an OGC API datetime; empty for today's units), see setDatetime.
 */
import {el, fetchAllFeatures, featureTitle, formatValue, isWebAddress, itemPageUrl, link, profileUrl,
  projectPageUrl, showError} from './mapa-util.js';
import {classLegend, featureStyle, kindOf, swatch} from './simbologia.js';

// Used only when a collection does not say whether it is visible at start.
var FALLBACK_VISIBLE = ['comunas', 'sitios-prioritarios', 'areas-protegidas', 'limites-urbanos',
  'proyectos-inversion'];

/** Territorial collections whose features have a profile page, with the link text. */
export var PROFILE_LINKS = {comunas: 'Ver ficha comunal', provincias: 'Ver ficha provincial',
  regiones: 'Ver ficha regional'};
/** The collection whose features have a project page (/inversion/proyectos/{id}). */
var PROJECTS = 'proyectos-inversion';

export var state = {
  map: null,
  layers: {},        // collection id -> layer (L.GeoJSON, or what a factory made)
  collections: {},   // collection id -> collection JSON
  features: {},      // collection id (+ '?datetime=…') -> Promise of its GeoJSON features (fetched once)
  loads: {},         // collection id -> Promise of the feature count, once drawn
  legendItems: {},   // collection id -> <li>
  datetime: ''       // what the dated layers show: an OGC API datetime, '' for today's units
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
  if (isDated(collection)) {
    root.appendChild(el('p', 'sit-popup-validity', validityText(props)));
  }
  var attributes = collection.atributos && collection.atributos.length
      ? collection.atributos
      : Object.keys(props).map(function (name) { return {nombre: name, titulo: name}; });
  var table = el('table', 'sit-popup-table');
  var tbody = el('tbody');
  attributes.forEach(function (attribute) {
    if (!(attribute.nombre in props)) {
      return;
    }
    var row = el('tr');
    row.appendChild(el('th', null, attribute.titulo || attribute.nombre));
    var cell = el('td');
    var value = props[attribute.nombre];
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
    } else if (collection.id === PROJECTS) {
      links.appendChild(link('Ver ficha del proyecto', projectPageUrl(feature.id), 'sit-popup-link sit-project-link'));
      links.appendChild(link('Datos (GeoJSON)', itemPageUrl(collection, feature).replace(/f=html$/, 'f=json'),
          'sit-popup-link-minor'));
    } else {
      links.appendChild(link('Ver ficha (HTML)', itemPageUrl(collection, feature), 'sit-popup-link'));
    }
  }
  return root;
}

/** Whether a collection's features have a validity period, so its layer follows state.datetime. */
export function isDated(collection) {
  var names = (collection && collection.atributos || []).map(function (attribute) { return attribute.nombre; });
  return names.indexOf('vigente_desde') >= 0 && names.indexOf('vigente_hasta') >= 0;
}

var DATE = {nombre: 'fecha', tipo: 'date'};

/** "Código 10 · vigente hasta el 01-10-2007": the code of the time and the days the unit was in force. */
export function validityText(props) {
  var from = props.vigente_desde ? formatValue(props.vigente_desde, DATE) : '';
  // vigente_hasta is exclusive: the unit's last day is the day before.
  var to = props.vigente_hasta ? formatValue(dayBefore(props.vigente_hasta), DATE) : '';
  var period = from && to ? 'vigente del ' + from + ' al ' + to
      : from ? 'vigente desde el ' + from
      : to ? 'vigente hasta el ' + to
      : 'sin cambios registrados';
  var code = props.codigo || props.cut;
  return (code ? 'Código ' + code + ' · ' : '') + period;
}

function dayBefore(isoDate) {
  var parts = String(isoDate).slice(0, 10).split('-').map(Number);
  var day = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] - 1));
  return day.toISOString().slice(0, 10);
}

export function isPointLayer(collection) {
  return /point/i.test(collection.tipo_geometria || '');
}

/** The path options of a feature of the collection (its class's when the layer is classed by an attribute). */
export function baseStyle(collection, feature) {
  return featureStyle(collection.style, feature && feature.properties);
}

/** Pane z-index of the collection at `index`; odd values in between are free for overlays such as choropleths. */
export function paneZIndex(index) {
  return 410 + 2 * index;
}

export function createLayer(collection, index) {
  // One pane per collection keeps the map order whatever order the layers load in.
  var pane = 'sit-pane-' + collection.id;
  state.map.createPane(pane).style.zIndex = String(paneZIndex(index));
  var className = 'sit-feature sit-f-' + collection.id;
  var popupOptions = {maxWidth: 360, minWidth: 240, autoPanPadding: L.point(24, 24)};
  var layer = factories[collection.id]
      ? factories[collection.id](collection, {pane: pane, className: className, popupOptions: popupOptions})
      : L.geoJSON(null, Object.assign({}, baseStyle(collection), {
        pane: pane,
        className: className,
        style: function (feature) { return baseStyle(collection, feature); },
        pointToLayer: function (feature, latlng) {
          return L.circleMarker(latlng, Object.assign({radius: 5}, baseStyle(collection, feature),
              {pane: pane, className: className}));
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

/**
 * A collection's features, fetched once per datetime (also for overlays that do not draw the layer itself, such
 * as the choropleths, which ask for today's units).
 */
export function features(id, datetime) {
  var key = datetime ? id + '?datetime=' + datetime : id;
  if (!state.features[key]) {
    state.features[key] = fetchAllFeatures(id, datetime).catch(function (error) {
      delete state.features[key];   // allow a retry
      throw error;
    });
  }
  return state.features[key];
}

/**
 * Draws a collection's features once (a dated one as of state.datetime); later calls return the same promise.
 * For tests, body[data-sit-features-<id>] holds the count drawn and, for dated layers,
 * body[data-sit-datetime-<id>] what they show ("actual" for today's units).
 */
export function load(id) {
  if (state.loads[id]) {
    return state.loads[id];
  }
  var collection = state.collections[id];
  var layer = state.layers[id];
  var datetime = isDated(collection) ? state.datetime : '';
  setLegendLoading(id, true);
  var loading = layer.loadOwn ? loadOwn(id, layer) : features(id, datetime).then(function (list) {
    if (state.loads[id] !== loading) {
      return list.length;   // another date was chosen meanwhile: its own load draws
    }
    layer.addData({type: 'FeatureCollection', features: list});
    document.body.setAttribute('data-sit-features-' + id, String(list.length));
    if (isDated(collection)) {
      document.body.setAttribute('data-sit-datetime-' + id, datetime || 'actual');
    }
    return Promise.resolve(afterLoad[id] && afterLoad[id](list)).then(function () {
      setLegendLoading(id, false);
      return list.length;
    });
  }).catch(function (error) {
    if (state.loads[id] === loading) {
      delete state.loads[id];   // allow a retry by toggling the layer again
      setLegendLoading(id, false);
      showError('No se pudo cargar la capa «' + collection.title + '» (' + error.message + ').');
    }
    throw error;
  });
  state.loads[id] = loading;
  return loading;
}

/**
 * A layer that reads its own data (the investment tiles): its loadOwn() resolves with the number of features it
 * stands for, which body[data-sit-features-<id>] then holds.
 */
function loadOwn(id, layer) {
  return layer.loadOwn().then(function (n) {
    document.body.setAttribute('data-sit-features-' + id, String(n));
    setLegendLoading(id, false);
    return n;
  });
}

/**
 * Shows the dated layers as of another OGC API datetime ('' for today's units): empties them and redraws those
 * on the map or drawn before (so the commune list follows even with the communes hidden); the others load the new
 * date when shown. Resolves with the feature counts drawn.
 */
export function setDatetime(datetime) {
  state.datetime = datetime || '';
  var drawn = [];
  Object.keys(state.collections).forEach(function (id) {
    if (!isDated(state.collections[id])) {
      return;
    }
    var wasDrawn = Boolean(state.loads[id]);
    delete state.loads[id];
    state.layers[id].clearLayers();
    document.body.removeAttribute('data-sit-datetime-' + id);
    if (wasDrawn || state.map.hasLayer(state.layers[id])) {
      drawn.push(load(id));
    }
  });
  return Promise.all(drawn);
}

export function isVisibleAtStart(collection) {
  return typeof collection.visible_inicial === 'boolean'
      ? collection.visible_inicial
      : FALLBACK_VISIBLE.indexOf(collection.id) >= 0;
}

/** Tables without geometry (population per year, for instance) are data, not map layers. */
export function hasGeometry(collection) {
  var type = collection.tipo_geometria;
  return Boolean(type) && !/^none$/i.test(type);
}

// ---------------------------------------------------------------- legend

/** The kind of swatch of a collection's features: 'point', 'line' or 'area'. */
export function swatchKind(collection) {
  return kindOf(collection.tipo_geometria, collection.style);
}

/**
 * The classes of a classed layer (land use by use, roads by category...): a list under its legend entry, shown
 * while the layer is on the map; null for a layer of one symbol.
 */
export function legendClasses(collection) {
  return classLegend(collection.style, swatchKind(collection), collection.title, collection.atributos);
}

/** The legend doubles as the layer list: each entry has a checkbox that shows or hides its layer. */
export function buildLegend(collections) {
  var legend = document.getElementById('sit-legend');
  legend.textContent = '';
  collections.forEach(function (collection) {
    var item = el('li', 'sit-legend-item');
    item.dataset.collection = collection.id;
    var row = el('label', 'sit-legend-row');
    if (collection.fuente) {
      row.title = 'Fuente: ' + collection.fuente;
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
    row.appendChild(swatch(baseStyle(collection), swatchKind(collection)));
    var label = el('span', 'sit-legend-label', collection.title);
    if (collection.ilustrativo) {
      label.appendChild(document.createTextNode(' '));
      label.appendChild(el('span', 'sit-badge', 'ilustrativo'));
    }
    row.appendChild(label);
    row.appendChild(el('span', 'sit-legend-state'));
    item.appendChild(row);
    var classes = legendClasses(collection);
    if (classes) {
      item.appendChild(classes);
    }
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
