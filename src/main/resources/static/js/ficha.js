/*
 * The territory profile page (templates/territorio.html): the server renders the figures; this module adds the
 * yearly investment chart (Chart.js, the series the server rendered into the page) and the alerts read from the
 * analysis API: conservation screening, programme overlaps and location reconciliation. Each alert list is asked
 * for its counts and first page only (limit=LIST_MAX, filtered by the territory on the server), with a link to the
 * rest. A service that is missing or fails shows "no disponible" in its box and never blocks the rest.
 * body[data-sit-ready="true"] once all is done.
 */
import {base, el, fetchJson, link, projectPageUrl} from './mapa-util.js';
import {integer, LOCALE, millions} from './formato.js';
import {alertBox, lowerFirst} from './alertas.js';

var body = document.body;
var page = {
  code: body.dataset.code, nivel: body.dataset.nivel, level: body.dataset.level, from: Number(body.dataset.from),
  to: Number(body.dataset.to), asOf: body.dataset.asOf || '', communes: (body.dataset.communes || '').split(',').filter(Boolean)
};
var SCREENING_BUFFER_M = 1000;
var LIST_MAX = 8;
/** Page size of the full lists the profile links to. */
var LIST_ALL = 100;

/** GET that tells a missing service (404, 501, network) apart so its box can say "no disponible". */
function fetchOptional(url) {
  return fetch(url, {headers: {Accept: 'application/json'}}).then(function (response) {
    if (!response.ok) {
      var error = new Error('HTTP ' + response.status);
      error.unavailable = true;
      throw error;
    }
    return response.json();
  }, function (error) {
    error.unavailable = true;
    throw error;
  });
}

// ---------------------------------------------------------------- chart

/**
 * The yearly series of the profile (programmed and spent, CLP), rendered into the page by the server from the same
 * shares as the totals: "anio:programado:ejecutado;...". Nothing to fetch.
 */
function yearly() {
  var series = [{}, {}];
  (body.dataset.series || '').split(';').filter(Boolean).forEach(function (entry) {
    var parts = entry.split(':');
    series[0][parts[0]] = Number(parts[1]);
    series[1][parts[0]] = Number(parts[2]);
  });
  return series;
}

function chart() {
  var status = document.getElementById('sit-chart-status');
  if (typeof Chart === 'undefined') {
    status.textContent = 'Gráfico no disponible (no se pudo cargar Chart.js).';
    return Promise.resolve();
  }
  return Promise.resolve(yearly()).then(function (series) {
    var years = [];
    for (var y = page.from; y <= page.to; y++) {
      years.push(String(y));
    }
    function data(byYear) {
      return years.map(function (year) { return (byYear[year] || 0) / 1e6; });
    }
    var totals = series.map(function (s) {
      return Object.keys(s).reduce(function (sum, k) { return sum + s[k]; }, 0);
    });
    var chart = new Chart(document.getElementById('sit-chart'), {
      type: 'bar',
      data: {labels: years, datasets: [
        {label: 'Programado', data: data(series[0]), backgroundColor: '#00897b', borderRadius: 2},
        {label: 'Ejecutado', data: data(series[1]), backgroundColor: '#f9a825', borderRadius: 2}
      ]},
      options: {
        animation: false, responsive: true, maintainAspectRatio: false, locale: LOCALE,
        interaction: {mode: 'index', intersect: false},
        scales: {
          x: {grid: {display: false}},
          y: {beginAtZero: true, title: {display: true, text: 'Millones de pesos (MM$)'},
            ticks: {callback: function (v) { return Number(v).toLocaleString(LOCALE); }}}
        },
        plugins: {
          legend: {position: 'top', align: 'end'},
          tooltip: {callbacks: {label: function (c) { return c.dataset.label + ': ' + millions(c.parsed.y * 1e6); }}}
        }
      }
    });
    fitForPrint(chart);
    body.dataset.sitChart = 'true';
    status.textContent = 'Total ' + page.from + '–' + page.to + ': programado ' + millions(totals[0])
        + ', ejecutado ' + millions(totals[1]) + '. Fuente: montos por año de los proyectos, por su parte en el '
        + 'territorio.';
  }).catch(function (error) {
    status.textContent = 'No se pudo cargar la serie de inversión (' + error.message + ').';
  });
}

/**
 * The chart at the width of an A4 page while printing: Chart.js keeps the screen's canvas (1,100 px and more)
 * until it sees a resize, so the bars were clipped and the caption overlapped them. 680 px is A4's printable
 * width less the card's padding (ficha.css: @page margins 12 mm); 230 px is the print height of .sit-chart-box.
 */
function fitForPrint(chart) {
  window.addEventListener('beforeprint', function () {
    chart.resize(Math.min(680, chart.canvas.parentNode.clientWidth || 680), 230);
  });
  window.addEventListener('afterprint', function () { chart.resize(); });
}

// ---------------------------------------------------------------- alerts

function unavailable(b, what) {
  return function (error) {
    b.say('unavailable', error.unavailable ? what + ' no disponible en este servidor por ahora.'
        : 'No se pudo leer ' + what.toLowerCase() + ' (' + error.message + ').');
  };
}

/** The query parameter that limits an alert list to this territory (any kind: the server knows its projects). */
function territoryParam() {
  return 'territorio=' + encodeURIComponent(page.code);
}

function screening() {
  var b = alertBox('alert-screening');
  if (body.dataset.screening !== 'true') {
    b.say('unavailable', 'El análisis de conservación aún no está disponible en este servidor.');
    return Promise.resolve();
  }
  var query = '/api/screening?margen_m=' + SCREENING_BUFFER_M + '&' + territoryParam();
  return fetchOptional(base + query + '&limit=' + LIST_MAX).then(function (doc) {
    var rows = doc.filas || [];
    if (!doc.numberMatched) {
      b.say('ok', 'Ningún proyecto del territorio está dentro ni a menos de ' + integer(SCREENING_BUFFER_M)
          + ' m de un área protegida o sitio prioritario.');
      return;
    }
    b.say('alert', integer(doc.dentro) + ' proyecto(s) dentro y ' + integer(doc.cerca) + ' a menos de '
        + integer(SCREENING_BUFFER_M) + ' m de un área protegida o sitio prioritario.');
    var list = b.list();
    rows.forEach(function (r) {
      var li = list.appendChild(el('li'));
      li.appendChild(el('span', 'sit-tag sit-tag-' + r.estado, r.estado === 'dentro' ? 'dentro' : 'cerca'));
      li.appendChild(link(r.nombre, projectPageUrl(r.id)));
      var near = r.estado === 'dentro' ? r.areas : (r.cercanas && r.cercanas.length ? r.cercanas : r.areas);
      var areas = (near || []).map(function (a) { return a.nombre; }).join(', ');
      var detail = r.estado === 'dentro' ? areas : 'a ' + integer(r.distancia_m) + ' m' + (areas ? ' de ' + areas : '');
      li.appendChild(el('span', 'sit-muted', ' — ' + r.programa + (detail ? ' · ' + detail : '')));
    });
    more(list, doc.numberMatched, rows.length, base + query + '&limit=' + LIST_ALL);
  }).catch(unavailable(b, 'El análisis de conservación'));
}

/** The server's Spanish label of a reason, to be read inside a sentence. */
/*
 * Overlaps in space and time, sorted by the server (strongest reason, then distance): the counts (numberMatched,
 * por_motivo) and the first page of the pairs with a project in the territory's communes.
 */
function overlaps() {
  var b = alertBox('alert-overlaps');
  if (body.dataset.overlaps !== 'true') {
    b.say('unavailable', 'El análisis de superposición aún no está disponible en este servidor.');
    return Promise.resolve();
  }
  var query = '/api/overlaps?' + territoryParam();
  return fetchOptional(base + query + '&limit=' + LIST_MAX).then(function (doc) {
    var pairs = doc.pares || [];
    if (!doc.numberMatched) {
      b.say('ok', 'No se detectan proyectos que se superpongan en espacio y tiempo en este territorio.');
      return coincidences(b);
    }
    b.say('alert', integer(doc.numberMatched) + ' par(es) de proyectos que se superponen en espacio y tiempo: '
        + (doc.por_motivo || []).filter(function (r) { return r.pares > 0; })
        .map(function (r) { return integer(r.pares) + ' por ' + lowerFirst(r.etiqueta); }).join('; ') + '.');
    var list = b.list();
    pairs.forEach(function (p) {
      var li = list.appendChild(el('li'));
      li.appendChild(link(p.a.nombre, projectPageUrl(p.a.id)));
      li.appendChild(el('span', 'sit-muted', ' (' + p.a.programa + ') ↔ '));
      li.appendChild(link(p.b.nombre, projectPageUrl(p.b.id)));
      li.appendChild(el('span', 'sit-muted', ' (' + p.b.programa + ') · ' + lowerFirst(p.etiqueta || p.motivo)));
    });
    more(list, doc.numberMatched, pairs.length, base + query + '&limit=' + LIST_ALL);
    return coincidences(b);
  }).catch(unavailable(b, 'El análisis de superposición'));
}

/**
 * Below the pairs: communes, sectors and years where two or more programmes run projects at once, at any distance
 * (counted per cell, not per pair), with the largest one and a link to the list.
 */
function coincidences(b) {
  var query = '/api/overlaps/coincidencias?' + territoryParam();
  return fetchOptional(base + query + '&limit=1').then(function (doc) {
    if (!doc.numberMatched) {
      return;
    }
    var c = doc.coincidencias[0];
    var p = b.root.appendChild(el('p', 'sit-coincidences', 'Proyectos de dos o más programas en la misma comuna, '
        + 'sector y año: ' + integer(doc.numberMatched) + ' caso(s); el mayor: ' + c.nombre + ' · '
        + c.sector + ' · ' + c.anio + ' (' + c.programas.map(function (x) {
          return x.programa + ' ' + integer(x.proyectos);
        }).join(', ') + '). '));
    p.appendChild(link('Ver las coincidencias', base + query + '&limit=' + LIST_ALL));
  });
}

var PROBLEMS = {fuera_de_comunas: 'fuera de toda comuna', parcialmente_fuera: 'parcialmente fuera',
  comuna_distinta: 'comuna declarada distinta'};

function reconciliation() {
  var b = alertBox('alert-reconciliation');
  // The server filters by the territory (a share in it, or a commune of it declared) and sends the first page only.
  var url = base + '/api/investments/reconciliation?territorio=' + encodeURIComponent(page.code) + '&limit='
      + LIST_MAX;
  return fetchOptional(url).then(function (doc) {
    if (!doc.numberMatched) {
      b.say('ok', 'Todos los proyectos del territorio están ubicados en la comuna que declaran.');
      return;
    }
    b.say('alert', integer(doc.numberMatched) + ' proyecto(s) con ubicación y registro que no coinciden.');
    var list = b.list();
    doc.problemas.forEach(function (i) {
      var li = list.appendChild(el('li'));
      li.appendChild(el('span', 'sit-tag', PROBLEMS[i.problema] || i.problema));
      li.appendChild(link(i.nombre, projectPageUrl(i.id)));
      li.appendChild(el('span', 'sit-muted', ' — ' + i.detalle));
    });
    more(list, doc.numberMatched, doc.problemas.length, base + '/api/investments/reconciliation?territorio='
        + encodeURIComponent(page.code) + '&limit=' + LIST_ALL);
  }).catch(unavailable(b, 'La revisión de ubicación'));
}

/** "y N más" under a list showing `shown` of `total`, with a link to the full list when there is one. */
function more(list, total, shown, href) {
  if (total > shown) {
    var li = list.appendChild(el('li', 'sit-muted sit-more', 'y ' + integer(total - shown) + ' más'));
    if (href) {
      li.appendChild(document.createTextNode(': '));
      li.appendChild(link('ver la lista (JSON, de a ' + integer(LIST_ALL) + ')', href, 'sit-more-link'));
    }
    li.appendChild(document.createTextNode('.'));
  }
}

var print = document.getElementById('sit-print');
if (print) {
  print.addEventListener('click', function () { window.print(); });
}

Promise.all([chart(), screening(), overlaps(), reconciliation()].map(function (p) {
  return p.catch(function () {});
})).then(function () {
  body.dataset.sitReady = 'true';
});
