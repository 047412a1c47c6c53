/*
 * The investment dashboard (/inversion): charts by programa, sector, etapa, año and comuna and a map of the communes
 * that filter each other (crossfilter: /api/investments/dashboard gives each breakdown under every filter but its
 * own), the total, the largest projects with links to their pages and the CSV, and the comparison of territories.
 * The view lives in the address (#desde=2010&hasta=2020&monto=ejecutado&programa=FNDR,MOP&comuna=14101&comparar=
 * 14101,141), so it can be shared. Data reach the page as text only.
 *
 * For tests: body[data-sit-ready="true"] once drawn, body[data-sit-busy="true"] while a request runs,
 * body[data-sit-view] the query of the view drawn, window.sitTablero = {map, layerOf(cut)}.
 */
import {base, el, link} from './mapa-util.js';
import {integer, millions} from './formato.js';
import {drawBars, drawYears} from './tablero-graficos.js';
import {communeMap} from './tablero-mapa.js';
import {chosenIn, compare, fillSelects} from './tablero-comparacion.js';

var FIRST = 2003;
var LAST = 2026;
var DIMS = ['programa', 'sector', 'etapa', 'comuna'];
var LABELS = {programa: 'Programa', sector: 'Sector', etapa: 'Etapa', comuna: 'Comuna'};
var LIMIT = 20;

var body = document.body;
var state = readAddress();
var doc = null;          // the last dashboard document drawn
var request = 0;         // only the latest answer draws
var map = null;

function readAddress() {
  var p = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  var s = {from: year(p.get('desde'), FIRST), to: year(p.get('hasta'), LAST),
    amount: p.get('monto') === 'ejecutado' ? 'ejecutado' : 'programado', comparar: list(p.get('comparar'))};
  if (s.from > s.to) {
    s.from = FIRST;
    s.to = LAST;
  }
  DIMS.forEach(function (d) { s[d] = list(p.get(d)); });
  return s;
}

function year(text, fallback) {
  var n = Number(text);
  return text && Number.isInteger(n) && n >= 1900 && n <= 2100 ? n : fallback;
}

function list(text) {
  return text ? text.split(',').map(function (v) { return v.trim(); }).filter(Boolean)
      .filter(function (v, i, all) { return all.indexOf(v) === i; }) : [];
}

function writeAddress() {
  var parts = [];
  if (state.from !== FIRST) { parts.push('desde=' + state.from); }
  if (state.to !== LAST) { parts.push('hasta=' + state.to); }
  if (state.amount !== 'programado') { parts.push('monto=' + state.amount); }
  DIMS.concat(['comparar']).forEach(function (d) {
    if (state[d].length) {
      parts.push(d + '=' + state[d].map(encodeURIComponent).join(','));
    }
  });
  var address = window.location.pathname + window.location.search + (parts.length ? '#' + parts.join('&') : '');
  window.history.replaceState(window.history.state, '', address);
}

function apiQuery() {
  var q = 'desde=' + state.from + '&hasta=' + state.to + '&monto=' + state.amount + '&limit=' + LIMIT;
  DIMS.forEach(function (d) {
    if (state[d].length) {
      q += '&' + d + '=' + state[d].map(encodeURIComponent).join(',');
    }
  });
  return q;
}

/** Fetches JSON; a refusal shows the server's own description. */
function fetchDocument(url) {
  return fetch(url, {headers: {Accept: 'application/json'}}).then(function (response) {
    return response.json().catch(function () { return {}; }).then(function (json) {
      if (!response.ok) {
        throw new Error(json.description || ('HTTP ' + response.status));
      }
      return json;
    });
  });
}

function showError(message) {
  var box = document.getElementById('sit-error');
  box.textContent = message || '';
  box.hidden = !message;
}

function ranged() {
  return state.from !== FIRST || state.to !== LAST;
}

/** Asks for the view in {@code state} and draws it. */
function refresh() {
  writeAddress();
  var mine = ++request;
  var query = apiQuery();
  body.dataset.sitBusy = 'true';
  return fetchDocument(base + '/api/investments/dashboard?' + query).then(function (d) {
    if (mine === request) {
      doc = d;
      showError('');
      draw(d);
      body.dataset.sitView = query;
    }
  }).catch(function (error) {
    if (mine === request) {
      showError('No se pudo calcular el tablero: ' + error.message);
    }
  }).finally(function () {
    if (mine === request) {
      body.dataset.sitBusy = 'false';
    }
  });
}

function toggle(dim, value) {
  var i = state[dim].indexOf(value);
  if (i >= 0) {
    state[dim].splice(i, 1);
  } else {
    state[dim].push(value);
  }
  refresh();
}

/** A year alone; a second year extends the range to it; the single year chosen again clears the range. */
function chooseYear(y) {
  if (!ranged() || (y >= state.from && y <= state.to && state.from !== state.to)) {
    state.from = y;
    state.to = y;
  } else if (state.from === y && state.to === y) {
    state.from = FIRST;
    state.to = LAST;
  } else {
    state.from = Math.min(state.from, y);
    state.to = Math.max(state.to, y);
  }
  syncForm();
  refresh().then(runComparison);
}

function communeName(cut) {
  var bar = doc && doc.desgloses.comuna.filter(function (b) { return b.valor === cut; })[0];
  return bar && bar.nombre ? bar.nombre : cut;
}

function draw(d) {
  document.getElementById('sit-dash-illustrative').hidden = !d.ilustrativo;
  document.getElementById('sit-dash-total').textContent = millions(d.total_clp);
  document.getElementById('sit-dash-projects').textContent = 'en ' + integer(d.cantidad_proyectos)
      + (d.cantidad_proyectos === 1 ? ' proyecto' : ' proyectos') + ' · ' + d.desde + '–' + d.hasta + ' · monto ' + d.monto;
  var outside = document.getElementById('sit-dash-outside');
  outside.hidden = !d.fuera_de_comunas || !d.fuera_de_comunas.total_clp;
  if (!outside.hidden) {
    outside.textContent = 'Además, ' + millions(d.fuera_de_comunas.total_clp) + ' de '
        + integer(d.fuera_de_comunas.proyectos) + ' proyectos quedan fuera de toda comuna (mar, otra región) y no '
        + 'se cuentan en el total.';
  }
  ['programa', 'sector', 'etapa'].forEach(function (dim) {
    drawBars(document.getElementById('sit-dash-' + dim), d.desgloses[dim], state[dim],
        function (v) { toggle(dim, v); });
  });
  drawBars(document.getElementById('sit-dash-comuna'), d.desgloses.comuna, state.comuna,
      function (v) { toggle('comuna', v); }, function (b) { return b.nombre || b.valor; });
  drawYears(document.getElementById('sit-dash-anio'), d.desgloses.anio, state.from, state.to, ranged(), chooseYear);
  if (map) {
    map.update(d.desgloses.comuna, state.comuna);
  }
  drawChips();
  drawProjects(d);
}

function chip(text, onRemove) {
  var li = el('li');
  var button = el('button', 'sit-dash-chip');
  button.type = 'button';
  button.appendChild(el('span', null, text));
  var x = el('span', 'sit-dash-chip-x', '×');
  x.setAttribute('aria-hidden', 'true');
  button.appendChild(x);
  button.appendChild(el('span', 'sit-visually-hidden', ' (quitar filtro)'));
  button.addEventListener('click', onRemove);
  li.appendChild(button);
  return li;
}

function drawChips() {
  var box = document.getElementById('sit-dash-chips');
  box.replaceChildren();
  if (ranged()) {
    box.appendChild(chip('Años: ' + (state.from === state.to ? state.from : state.from + '–' + state.to),
        function () { state.from = FIRST; state.to = LAST; syncForm(); refresh().then(runComparison); }));
  }
  DIMS.forEach(function (dim) {
    state[dim].forEach(function (v) {
      box.appendChild(chip(LABELS[dim] + ': ' + (dim === 'comuna' ? communeName(v) : v),
          function () { toggle(dim, v); }));
    });
  });
  var any = box.children.length > 0;
  document.getElementById('sit-dash-none').hidden = any;
  document.getElementById('sit-dash-clear').hidden = !any;
}

function drawProjects(d) {
  var ol = document.getElementById('sit-dash-list');
  ol.replaceChildren();
  d.proyectos.forEach(function (p) {
    var li = el('li');
    li.appendChild(link(p.nombre, base + '/inversion/proyectos/' + encodeURIComponent(p.id)));
    li.appendChild(el('span', 'sit-dash-hint', ' ' + [p.codigo_bip ? 'BIP ' + p.codigo_bip : null, p.programa,
      p.sector, p.etapa, millions(p.monto_clp)].filter(Boolean).join(' · ')));
    ol.appendChild(li);
  });
  document.getElementById('sit-dash-list-note').textContent = d.cantidad_proyectos === 0 ? 'Ningún proyecto con estos filtros.'
      : 'Los ' + d.proyectos.length + ' de mayor inversión de ' + integer(d.cantidad_proyectos)
        + ', con su monto en los años y comunas filtrados.';
  // The export takes one value per filter; its years select projects whose span overlaps the range.
  var single = DIMS.every(function (dim) { return state[dim].length <= 1; });
  var csv = document.getElementById('sit-dash-csv');
  csv.hidden = !single;
  document.getElementById('sit-dash-csv-note').hidden = single;
  if (single) {
    var q = 'f=csv&desde=' + state.from + '&hasta=' + state.to;
    DIMS.forEach(function (dim) {
      if (state[dim].length) {
        q += '&' + dim + '=' + encodeURIComponent(state[dim][0]);
      }
    });
    csv.href = base + '/api/investments/export?' + q;
  }
}

function syncForm() {
  var form = document.getElementById('sit-dash-form');
  [form.elements.desde, form.elements.hasta].forEach(function (select) {
    select.replaceChildren();
    for (var y = Math.min(FIRST, state.from); y <= Math.max(LAST, state.to); y++) {
      select.appendChild(new Option(String(y), String(y)));
    }
  });
  form.elements.desde.value = String(state.from);
  form.elements.hasta.value = String(state.to);
  form.elements.monto.value = state.amount;
}

function runComparison() {
  var form = document.getElementById('sit-cmp-form');
  var chosen = chosenIn(form);
  state.comparar = chosen.map(function (c) { return c.code; });
  writeAddress();
  if (chosen.length < 2 && !state.comparar.length) {
    return Promise.resolve(0);
  }
  return compare(document.getElementById('sit-cmp-grid'), document.getElementById('sit-cmp-message'), chosen,
      state).catch(function (error) {
    document.getElementById('sit-cmp-message').textContent = 'No se pudo comparar: ' + error.message;
  });
}

function wire() {
  var form = document.getElementById('sit-dash-form');
  form.addEventListener('change', function (event) {
    var from = Number(form.elements.desde.value);
    var to = Number(form.elements.hasta.value);
    if (from > to) {
      if (event.target === form.elements.desde) { to = from; } else { from = to; }
    }
    state.from = from;
    state.to = to;
    state.amount = form.elements.monto.value;
    syncForm();
    refresh().then(runComparison);
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  document.getElementById('sit-dash-clear').addEventListener('click', function () {
    DIMS.forEach(function (dim) { state[dim] = []; });
    state.from = FIRST;
    state.to = LAST;
    syncForm();
    refresh().then(runComparison);
  });
  document.getElementById('sit-cmp-form').addEventListener('submit', function (event) {
    event.preventDefault();
    body.dataset.sitBusy = 'true';
    runComparison().finally(function () { body.dataset.sitBusy = 'false'; });
  });
  window.addEventListener('hashchange', function () {
    state = readAddress();
    syncForm();
    refresh();
  });
}

function start() {
  syncForm();
  wire();
  map = communeMap('sit-dash-map', 'sit-dash-legend', function (cut) { toggle('comuna', cut); });
  window.sitTablero = {map: map.map, layerOf: map.layerOf};
  var cmpForm = document.getElementById('sit-cmp-form');
  Promise.all([map.ready, refresh(), fillSelects(cmpForm, state, state.comparar)]).then(function () {
    if (doc) {
      map.update(doc.desgloses.comuna, state.comuna);
    }
    return state.comparar.length ? runComparison() : null;
  }).then(function () {
    body.dataset.sitReady = 'true';
  }).catch(function (error) {
    showError('No se pudo cargar el tablero: ' + error.message);
    body.dataset.sitReady = 'error';
  });
}

start();
