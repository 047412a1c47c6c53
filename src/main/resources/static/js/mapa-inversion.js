/*
 * The investment projects layer: points clustered with Leaflet.markercluster, lines and polygons drawn as they
 * are, all filtered in the browser by programme, sector, stage and years (a project passes when its years
 * [anio_inicio, anio_fin] meet the range). The filters only change what is drawn; indicators and choropleths
 * always count every project.
 */
import {baseStyle, popupContent, state} from './mapa-capas.js';
import {el} from './mapa-util.js';
import {integer} from './formato.js';

export var INVESTMENT = 'proyectos-inversion';
var FIELDS = ['programa', 'sector', 'etapa'];

/** Whether a project's properties pass a filter {programa, sector, etapa, desde, hasta} (empty = any). */
export function matches(props, filter) {
  for (var i = 0; i < FIELDS.length; i++) {
    if (filter[FIELDS[i]] && props[FIELDS[i]] !== filter[FIELDS[i]]) {
      return false;
    }
  }
  if (filter.desde !== null && filter.desde !== undefined && props.anio_fin < filter.desde) {
    return false;
  }
  return !(filter.hasta !== null && filter.hasta !== undefined && props.anio_inicio > filter.hasta);
}

function pointIcon(style) {
  var dot = el('span', 'sit-project-dot');
  dot.style.backgroundColor = style.fillColor || '#ef5350';
  dot.style.borderColor = style.color || '#b71c1c';
  return L.divIcon({html: dot, className: 'sit-project-point', iconSize: L.point(12, 12)});
}

function clusterIcon(cluster) {
  var n = cluster.getChildCount();
  var size = n < 10 ? 30 : n < 50 ? 36 : 42;
  var inner = el('span', 'sit-cluster-count', String(n));
  return L.divIcon({html: inner, className: 'sit-cluster', iconSize: L.point(size, size)});
}

/** The layer factory registered for the investment collection (see mapa-capas.js). */
export function createInvestmentLayer(collection, options) {
  var style = baseStyle(collection);
  var all = [];
  var drawn = {};   // feature id -> its marker or path, as drawn now
  var filter = {};
  var cluster = L.markerClusterGroup({
    clusterPane: options.pane, showCoverageOnHover: false, maxClusterRadius: 45, spiderfyOnMaxZoom: true,
    chunkedLoading: true, iconCreateFunction: clusterIcon
  });
  var paths = L.geoJSON(null, {
    pane: options.pane,
    className: options.className,
    style: function () { return Object.assign({}, style); },
    onEachFeature: function (feature, layer) {
      layer.bindPopup(function () { return popupContent(collection, feature); }, options.popupOptions);
    }
  });
  var group = L.featureGroup([cluster, paths]);

  function redraw() {
    cluster.clearLayers();
    paths.clearLayers();
    drawn = {};
    var markers = [], others = 0;
    all.forEach(function (feature) {
      if (!feature.geometry || !matches(feature.properties || {}, filter)) {
        return;
      }
      if (feature.geometry.type === 'Point') {
        var c = feature.geometry.coordinates;
        var marker = L.marker([c[1], c[0]], {icon: pointIcon(style), pane: options.pane,
          keyboard: true, title: String((feature.properties || {}).nombre || '')});
        marker.feature = feature;
        marker.bindPopup(function () { return popupContent(collection, feature); }, options.popupOptions);
        markers.push(marker);
        drawn[String(feature.id)] = marker;
      } else {
        paths.addData(feature);
        var layers = paths.getLayers();
        drawn[String(feature.id)] = layers[layers.length - 1];
        others++;
      }
    });
    cluster.addLayers(markers);
    var shown = markers.length + others;
    document.body.setAttribute('data-sit-investment-shown', String(shown));
    group.fire('sit:filtered', {shown: shown, total: all.length, points: markers.length, others: others});
  }

  /** Adds a Feature or a FeatureCollection, as L.GeoJSON does. */
  group.addData = function (geojson) {
    all = all.concat(geojson.type === 'FeatureCollection' ? geojson.features : [geojson]);
    redraw();
    return group;
  };
  group.setFilter = function (next) {
    filter = Object.assign({}, next);
    redraw();
  };
  group.features = function () {
    return all.slice();
  };
  /** Opens the popup of a drawn project, spiderfying or zooming into its cluster when needed. */
  group.openFeature = function (id) {
    var layer = drawn[String(id)];
    if (!layer) {
      return false;
    }
    if (layer instanceof L.Marker) {
      cluster.zoomToShowLayer(layer, function () { layer.openPopup(); });
    } else {
      layer.openPopup();
    }
    return true;
  };
  return group;
}

// ---------------------------------------------------------------- the filter form

var STAGES = ['idea', 'perfil', 'prefactibilidad', 'factibilidad', 'diseño', 'ejecución'];

/** The position of a stage in the project cycle; anything else after the stages. */
function stageRank(stage) {
  var i = STAGES.indexOf(stage);
  return i < 0 ? STAGES.length : i;
}

function fillSelect(select, features, field) {
  var counts = {};
  features.forEach(function (f) {
    var v = (f.properties || {})[field];
    if (v !== null && v !== undefined && v !== '') {
      counts[v] = (counts[v] || 0) + 1;
    }
  });
  Object.keys(counts).sort(function (a, b) {
    // Stages in the order of the project cycle (SNI), not alphabetically.
    var ra = field === 'etapa' ? stageRank(a) : 0;
    var rb = field === 'etapa' ? stageRank(b) : 0;
    return ra !== rb ? ra - rb : a.localeCompare(b, 'es');
  }).forEach(function (value) {
    var option = el('option', null, value + ' (' + counts[value] + ')');
    option.value = value;
    select.appendChild(option);
  });
}

function readYear(input) {
  var v = input.value.trim();
  return v === '' || isNaN(Number(v)) ? null : Number(v);
}

/** Fills the filter form from the loaded projects and applies it on every change. */
export function setUpFilters(features) {
  var form = document.getElementById('sit-investment-form');
  var layer = state.layers[INVESTMENT];
  if (!form || !layer || !layer.setFilter) {
    return;
  }
  FIELDS.forEach(function (field) { fillSelect(form.elements[field], features, field); });
  var years = features.map(function (f) { return f.properties || {}; });
  var first = Math.min.apply(null, years.map(function (p) { return p.anio_inicio; }));
  var last = Math.max.apply(null, years.map(function (p) { return p.anio_fin; }));
  ['desde', 'hasta'].forEach(function (name) {
    form.elements[name].min = String(first);
    form.elements[name].max = String(last);
  });
  form.elements.desde.placeholder = String(first);
  form.elements.hasta.placeholder = String(last);
  var count = document.getElementById('sit-investment-count');
  var problem = document.getElementById('sit-investment-years-error');

  layer.on('sit:filtered', function (e) {
    count.textContent = 'Se muestran ' + integer(e.shown) + ' de ' + integer(e.total) + ' proyectos ('
        + integer(e.points) + ' puntos, ' + integer(e.others) + ' líneas y polígonos).';
  });
  function apply(event) {
    var filter = {desde: readYear(form.elements.desde), hasta: readYear(form.elements.hasta)};
    FIELDS.forEach(function (field) { filter[field] = form.elements[field].value; });
    var backwards = filter.desde !== null && filter.hasta !== null && filter.desde > filter.hasta;
    problem.hidden = !backwards;
    form.elements.desde.setAttribute('aria-invalid', String(backwards));
    if (event && !state.map.hasLayer(layer)) {
      layer.addTo(state.map);   // filtering a hidden layer would show nothing: show it
    }
    layer.setFilter(filter);
  }
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
}
