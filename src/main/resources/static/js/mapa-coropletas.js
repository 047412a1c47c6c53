/*
 * Choropleths of the investment indicators (/api/indicators) by commune, province or region, with class breaks
 * by quantiles or natural breaks (clases.js), a legend on the map and the ranking table in the panel.
 */
import {features, PROFILE_LINKS, state} from './mapa-capas.js';
import {base, el, fetchJson, link, profileUrl} from './mapa-util.js';
import {classBreaks, classOf, NO_DATA_COLOUR, palette} from './clases.js';
import {INDICATORS, integer, LEVELS, millions, pesos} from './formato.js';
import {renderRanking} from './mapa-ranking.js';

var PANE = 'sit-pane-coropleta';
var METHODS = {jenks: 'Cortes naturales (Jenks)', cuantiles: 'Cuantiles'};

var form = null;
var layer = null;
var legend = null;
var request = 0;            // only the latest request draws
var documents = {};         // indicators URL -> Promise of the document

var legendFolded = window.matchMedia('(max-width: 760px)').matches;

/** Wires the form; the choropleth is drawn the first time it is asked for. */
export function setUpChoropleth() {
  form = document.getElementById('sit-choropleth-form');
  if (!form) {
    return;
  }
  // Just above the communes (pane 410) and below every other layer, so outlines and projects stay visible.
  state.map.createPane(PANE).style.zIndex = '411';
  legend = L.control({position: 'bottomright'});
  legend.onAdd = function () {
    var box = el('div', 'sit-choropleth-legend leaflet-control');
    box.id = 'sit-choropleth-legend';
    L.DomEvent.disableScrollPropagation(box);
    return box;
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', function (event) { event.preventDefault(); update(); });
}

function settings() {
  var f = form.elements;
  return {show: f.mostrar.checked, indicator: f.indicador.value, level: f.nivel.value, amount: f.monto.value,
    from: Number(f.desde.value), to: Number(f.hasta.value), method: f.metodo.value, classes: Number(f.clases.value)};
}

function indicators(s) {
  var url = base + '/api/indicators?nivel=' + encodeURIComponent(s.level) + '&desde=' + s.from + '&hasta=' + s.to
      + '&monto=' + encodeURIComponent(s.amount);
  if (!documents[url]) {
    documents[url] = fetchJson(url).catch(function (error) {
      delete documents[url];
      throw error;
    });
  }
  return {url: url, document: documents[url]};
}

function setError(message) {
  var box = document.getElementById('sit-choropleth-error');
  box.textContent = message || '';
  box.hidden = !message;
}

/** Redraws from the form: fetches the indicators (once per level, years and amount) and the level's shapes. */
export function update() {
  var s = settings();
  var mine = ++request;
  if (!s.show) {
    clear();
    document.getElementById('sit-ranking-section').hidden = true;
    return Promise.resolve(null);
  }
  if (!(s.from <= s.to)) {
    setError('El año inicial debe ser anterior o igual al final.');
    return Promise.resolve(null);
  }
  setError('');
  var level = LEVELS[s.level];
  var wanted = indicators(s);
  document.body.dataset.sitChoropleth = 'loading';
  return Promise.all([wanted.document, features(level.collection)]).then(function (results) {
    if (mine === request) {
      draw(s, results[0], results[1], wanted.url);
    }
  }).catch(function (error) {
    if (mine === request) {
      clear();
      document.body.dataset.sitChoropleth = 'error';
      setError('No se pudo calcular el indicador (' + error.message + ').');
    }
  });
}

function clear() {
  if (layer) {
    layer.remove();
    layer = null;
  }
  legend.remove();
  delete document.body.dataset.sitChoropleth;
}

function draw(s, doc, shapes, url) {
  var spec = INDICATORS[s.indicator];
  var rows = {};
  doc.filas.forEach(function (row) { rows[row.codigo] = row; });
  var values = doc.filas.map(function (row) { return value(row, s.indicator); });
  var breaks = classBreaks(s.method, values, s.classes);
  var colours = palette(breaks.length - 1);
  var ranking = doc.filas.map(function (row) {
    var v = value(row, s.indicator);
    return {code: row.codigo, name: row.nombre, value: v, colour: colourOf(v, breaks, colours)};
  });
  var ranks = {};
  ranking.slice().filter(function (r) { return r.value !== null; })
      .sort(function (a, b) { return b.value - a.value; })
      .forEach(function (r, i) { ranks[r.code] = i + 1; });

  if (layer) {
    layer.remove();
  }
  layer = L.geoJSON(shapes, {
    pane: PANE,
    className: 'sit-choropleth',
    style: function (feature) {
      var row = rows[String(feature.id)];
      return {fillColor: colourOf(row ? value(row, s.indicator) : null, breaks, colours), fillOpacity: 0.82,
        color: '#37474f', weight: 1.2, opacity: 0.9};
    },
    onEachFeature: function (feature, featureLayer) {
      featureLayer.bindPopup(function () {
        return popup(feature, rows[String(feature.id)], s, ranks, ranking.length);
      }, {maxWidth: 320, minWidth: 220});
    }
  }).addTo(state.map);
  legend.addTo(state.map);
  renderLegend(s, doc, breaks, colours, values);
  document.getElementById('sit-ranking-section').hidden = false;
  document.getElementById('sit-ranking-title').textContent = spec.label + ' por ' + LEVELS[s.level].label.toLowerCase();
  var csv = document.getElementById('sit-ranking-csv');
  csv.href = url + '&f=csv';
  renderRanking(document.getElementById('sit-ranking'), ranking, spec.format, select);
  document.body.dataset.sitChoropleth = [s.level, s.indicator, s.method, breaks.length - 1].join(':');
}

function value(row, indicator) {
  var v = row[indicator];
  return typeof v === 'number' && isFinite(v) ? v : null;
}

function colourOf(v, breaks, colours) {
  var i = classOf(v, breaks);
  return i < 0 ? NO_DATA_COLOUR : colours[i];
}

/** Shows a territory of the choropleth: zoom, outline and popup. */
function select(code) {
  if (!layer) {
    return;
  }
  layer.eachLayer(function (featureLayer) {
    if (String(featureLayer.feature.id) === String(code)) {
      state.map.fitBounds(featureLayer.getBounds(), {padding: [40, 40], animate: false});
      featureLayer.setStyle({weight: 3.5, color: '#00695c'});
      featureLayer.once('popupclose', function () { layer.resetStyle(featureLayer); });
      featureLayer.openPopup(featureLayer.getBounds().getCenter());
    }
  });
}

function popup(feature, row, s, ranks, total) {
  var spec = INDICATORS[s.indicator];
  var root = el('div', 'sit-popup');
  root.appendChild(el('h3', 'sit-popup-title', row ? row.nombre : String(feature.id)));
  root.appendChild(el('p', 'sit-popup-layer', LEVELS[s.level].label + ' · ' + s.amount + ' ' + s.from + '–' + s.to));
  var table = root.appendChild(el('table', 'sit-popup-table')).appendChild(el('tbody'));
  function line(label, text) {
    var tr = table.appendChild(el('tr'));
    tr.appendChild(el('th', null, label));
    tr.appendChild(el('td', null, text));
  }
  var v = row ? value(row, s.indicator) : null;
  line(spec.label, v === null ? 'sin dato' : spec.format(v));
  line('Lugar', ranks[String(feature.id)] ? ranks[String(feature.id)] + ' de ' + total : '—');
  if (row) {
    line('Inversión total', millions(row.total_clp));
    line('Per cápita', pesos(row.per_capita_clp));
    line('Proyectos', integer(row.proyectos));
    line('Población ' + (row.anio_poblacion || ''), integer(row.poblacion));
  }
  var links = root.appendChild(el('p', 'sit-popup-links'));
  var collection = LEVELS[s.level].collection;
  links.appendChild(link(PROFILE_LINKS[collection], profileUrl(feature.id), 'sit-popup-link sit-profile-link'));
  return root;
}

function renderLegend(s, doc, breaks, colours, values) {
  var box = document.getElementById('sit-choropleth-legend');
  var spec = INDICATORS[s.indicator];
  box.textContent = '';
  // On a phone the legend would cover half the map: it starts folded there, and its title folds and unfolds it.
  var title = box.appendChild(el('h3', 'sit-choropleth-title'));
  var toggle = title.appendChild(el('button', 'sit-choropleth-toggle', spec.label));
  toggle.type = 'button';
  toggle.setAttribute('aria-expanded', String(!legendFolded));
  toggle.title = legendFolded ? 'Mostrar la leyenda' : 'Ocultar la leyenda';
  toggle.addEventListener('click', function () {
    legendFolded = !legendFolded;
    box.classList.toggle('is-collapsed', legendFolded);
    toggle.setAttribute('aria-expanded', String(!legendFolded));
    toggle.title = legendFolded ? 'Mostrar la leyenda' : 'Ocultar la leyenda';
  });
  box.classList.toggle('is-collapsed', legendFolded);
  box.appendChild(el('p', 'sit-choropleth-meta', LEVELS[s.level].plural + ' · monto ' + s.amount + ' ' + s.from
      + '–' + s.to));
  box.appendChild(el('p', 'sit-choropleth-meta', METHODS[s.method] + ', ' + colours.length
      + (colours.length === 1 ? ' clase' : ' clases') + ' · ' + spec.unit));
  var list = box.appendChild(el('ul', 'sit-choropleth-classes'));
  colours.forEach(function (colour, i) {
    var members = values.filter(function (v) { return classOf(v, breaks) === i; });
    var low = Math.min.apply(null, members), high = Math.max.apply(null, members);
    var item = list.appendChild(el('li', 'sit-choropleth-class'));
    item.dataset.class = String(i);
    item.appendChild(el('span', 'sit-choropleth-swatch')).style.backgroundColor = colour;
    item.appendChild(el('span', 'sit-choropleth-range',
        low === high ? spec.format(low) : spec.format(low) + ' – ' + spec.format(high)));
    item.appendChild(el('span', 'sit-choropleth-count', '(' + members.length + ')'));
  });
  var missing = values.filter(function (v) { return v === null; }).length;
  if (missing) {
    var none = list.appendChild(el('li', 'sit-choropleth-class sit-choropleth-nodata'));
    none.appendChild(el('span', 'sit-choropleth-swatch')).style.backgroundColor = NO_DATA_COLOUR;
    none.appendChild(el('span', 'sit-choropleth-range', 'Sin dato'));
    none.appendChild(el('span', 'sit-choropleth-count', '(' + missing + ')'));
  }
  if (doc.ilustrativo) {
    box.appendChild(el('p', 'sit-choropleth-note', 'Incluye proyectos ilustrativos (no reales).'));
  }
}
