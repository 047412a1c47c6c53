/*
 * The page of one investment project (templates/proyecto.html, /inversion/proyectos/{id}): the server writes its
 * attributes; this module adds, from the JSON API, the location map (the project over the communes it touches, the
 * map's base maps or its offline background), the amounts by year (a table and an SVG bar chart), the territories
 * and shares, the conservation and overlap alerts of this project (proyecto=) and, through historial-proyecto.js,
 * its history. Text from the server goes in with textContent only. body[data-sit-ready="true"] once all is done.
 */
import {base, el, fetchJson, link, profileUrl, projectPageUrl} from './mapa-util.js';
import {decimal, integer, millions, pesos} from './formato.js';
import {setUpBasemaps} from './mapa-fondos.js';
import './historial-proyecto.js';
import {alertBox, lowerFirst} from './alertas.js';

var body = document.body;
var id = body.dataset.id;
var collection = body.dataset.collection;
var SCREENING_BUFFER_M = 1000;
var OVERLAPS_MAX = 20;
var LEVELS = {comuna: 'Comuna', provincia: 'Provincia', region: 'Región', personalizado: 'Territorio personalizado',
  fuera: 'ninguno'};
var METHODS = {punto: 'punto en la comuna', longitud: 'longitud geodésica', area: 'área geodésica',
  cercano: 'comuna más cercana', fuera_de_comunas: 'fuera de toda comuna'};
var KINDS = {area_protegida: 'área protegida', sitio_prioritario: 'sitio prioritario'};

function percent(fraction) {
  var p = fraction * 100;
  return decimal(p, p > 0 && p < 1 ? 2 : 1) + ' %';
}

function say(elementId, text) {
  document.getElementById(elementId).textContent = text;
}

// ---------------------------------------------------------------- location map

function locationMap(feature, shares) {
  var map = L.map('sit-project-map', {scrollWheelZoom: false});
  map.attributionControl.setPrefix(false);
  var control = L.control.layers({}, {}, {collapsed: true}).addTo(map);
  var drawn = L.geoJSON(feature, {
    style: {color: '#b71c1c', weight: 4, fillColor: '#ef5350', fillOpacity: 0.45},
    pointToLayer: function (f, latlng) {
      return L.circleMarker(latlng, {radius: 8, color: '#7f0000', weight: 2, fillColor: '#ef5350', fillOpacity: 0.9});
    }
  });
  var bounds = drawn.getBounds();
  map.fitBounds(bounds.pad(0.3), {maxZoom: 14, animate: false});
  var basemap = setUpBasemaps(map, control);
  var cuts = shares.filter(function (s) { return s.code; }).map(function (s) { return s.code; });
  var communes = Promise.all(cuts.map(function (cut) {
    return fetchJson(base + '/collections/comunas/items/' + encodeURIComponent(cut) + '?f=json');
  })).then(function (found) {
    var outlines = L.geoJSON({type: 'FeatureCollection', features: found}, {
      interactive: false, style: {color: '#263238', weight: 2, dashArray: '6 4', fill: true, fillOpacity: 0.06},
      onEachFeature: function (f, l) {
        // A node, never a string: Leaflet writes a string tooltip as HTML.
        l.bindTooltip(el('span', null, f.properties.nombre || String(f.id)),
            {permanent: true, direction: 'center', className: 'sit-project-map-label'});
      }
    }).addTo(map);
    control.addOverlay(outlines, 'Comunas que toca el proyecto');
  });
  drawn.addTo(map);
  control.addOverlay(drawn, 'Proyecto');
  window.addEventListener('beforeprint', function () { map.invalidateSize({animate: false}); });
  return Promise.all([communes, basemap]).then(function () {
    drawn.bringToFront();
    say('sit-project-map-status', cuts.length === 0 ? 'El proyecto (en rojo); no toca ninguna comuna.'
        : 'El proyecto (en rojo) sobre ' + (cuts.length === 1 ? 'la comuna que toca'
        : 'las ' + cuts.length + ' comunas que toca') + ' (línea punteada).');
    body.dataset.sitMap = 'true';
  });
}

// ---------------------------------------------------------------- amounts by year

var SVG = 'http://www.w3.org/2000/svg';
var PRINT_WIDTH = 660;

function svg(tag, attributes, text) {
  var node = document.createElementNS(SVG, tag);
  Object.keys(attributes).forEach(function (k) { node.setAttribute(k, String(attributes[k])); });
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

/**
 * A bar chart at the box's own width, or at most `widest` px (text is never scaled): programmed and spent side by
 * side per year.
 */
function chart(box, years, widest) {
  box.textContent = '';
  var width = Math.max(280, Math.min(widest || Infinity, box.clientWidth || 600));
  var height = 220;
  var left = 64;
  var bottom = 24;
  var top = 10;
  var max = Math.max(1, Math.max.apply(null, years.map(function (y) {
    return Math.max(y.programado_clp, y.ejecutado_clp);
  })));
  var total = years.reduce(function (s, y) { return s + y.programado_clp; }, 0);
  var root = svg('svg', {viewBox: '0 0 ' + width + ' ' + height, width: width, height: height, role: 'img',
    'aria-label': 'Gráfico de barras de los montos programados y ejecutados por año; programado total '
        + millions(total) + '. Los valores están en la tabla siguiente.', 'class': 'sit-project-bars'});
  var plotH = height - bottom - top;
  [0, 0.5, 1].forEach(function (t) {
    var y = top + plotH * (1 - t);
    root.appendChild(svg('line', {x1: left, x2: width, y1: y, y2: y, 'class': 'sit-bars-grid'}));
    root.appendChild(svg('text', {x: left - 6, y: y + 4, 'text-anchor': 'end', 'class': 'sit-bars-tick'},
        millions(max * t)));
  });
  var slot = (width - left) / years.length;
  var bar = Math.max(2, Math.min(28, slot * 0.36));
  var step = Math.ceil(36 / slot);   // one year label every `step` slots, so labels never overlap
  years.forEach(function (y, i) {
    var x = left + slot * i + slot / 2;
    [['programado_clp', 'sit-bar-programado', -bar], ['ejecutado_clp', 'sit-bar-ejecutado', 0]].forEach(function (s) {
      var h = plotH * y[s[0]] / max;
      var rect = root.appendChild(svg('rect', {x: x + s[2], y: top + plotH - h, width: bar, height: h,
        'class': s[1]}));
      rect.appendChild(svg('title', {}, y.anio + ' ' + (s[0] === 'programado_clp' ? 'programado' : 'ejecutado')
          + ': ' + pesos(y[s[0]])));
    });
    if (i % step === 0) {
      root.appendChild(svg('text', {x: x, y: height - 6, 'text-anchor': 'middle', 'class': 'sit-bars-tick'},
          String(y.anio)));
    }
  });
  box.appendChild(root);
  var legend = box.appendChild(el('p', 'sit-bars-legend'));
  legend.setAttribute('aria-hidden', 'true');
  legend.appendChild(el('span', 'sit-key sit-key-programado', 'Programado'));
  legend.appendChild(el('span', 'sit-key sit-key-ejecutado', 'Ejecutado'));
}

function amounts(doc) {
  var table = document.getElementById('sit-amounts');
  var tbody = table.querySelector('tbody');
  doc.montos.forEach(function (y) {
    var tr = tbody.appendChild(el('tr'));
    tr.setAttribute('data-anio', String(y.anio));
    tr.appendChild(el('th', null, String(y.anio))).scope = 'row';
    tr.appendChild(el('td', 'sit-num', pesos(y.programado_clp)));
    tr.appendChild(el('td', 'sit-num', pesos(y.ejecutado_clp)));
    tr.appendChild(el('td', 'sit-num sit-narrow-hide', y.programado_clp ? percent(y.ejecutado_clp / y.programado_clp)
        : '—'));
  });
  var foot = table.querySelector('tfoot').appendChild(el('tr'));
  foot.appendChild(el('th', null, 'Total')).scope = 'row';
  foot.appendChild(el('td', 'sit-num', pesos(doc.programado_clp))).id = 'sit-amounts-programado';
  foot.appendChild(el('td', 'sit-num', pesos(doc.ejecutado_clp))).id = 'sit-amounts-ejecutado';
  foot.appendChild(el('td', 'sit-num sit-narrow-hide', doc.programado_clp
      ? percent(doc.ejecutado_clp / doc.programado_clp) : '—'));
  say('kpi-programado', millions(doc.programado_clp));
  say('kpi-ejecutado', 'ejecutado ' + millions(doc.ejecutado_clp));
  if (!doc.montos.length) {
    say('sit-amounts-status', 'El proyecto no tiene montos anuales registrados.');
    return;
  }
  var box = document.getElementById('sit-amounts-chart');
  chart(box, doc.montos);
  var timer = null;
  window.addEventListener('resize', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { chart(box, doc.montos); }, 150);
  });
  // Printing keeps the screen's layout until the sheet is laid out: draw at A4's printable width (ficha.css: @page
  // margins 12 mm, 703 px) less the card's padding, so the bars are not scaled down with their text.
  window.addEventListener('beforeprint', function () { chart(box, doc.montos, PRINT_WIDTH); });
  window.addEventListener('afterprint', function () { chart(box, doc.montos); });
  say('sit-amounts-status', doc.montos.length + (doc.montos.length === 1 ? ' año' : ' años') + ' con montos, '
      + doc.montos[0].anio + '–' + doc.montos[doc.montos.length - 1].anio + '. Montos en pesos chilenos (CLP).');
}

// ---------------------------------------------------------------- territories and shares

function shareRow(tbody, name, code, level, share, cost, method) {
  var tr = tbody.appendChild(el('tr'));
  tr.setAttribute('data-level', level);
  if (code) {
    tr.setAttribute('data-code', code);
  }
  var cell = tr.appendChild(el('td'));
  if (code) {
    cell.appendChild(link(name, profileUrl(code)));
  } else {
    cell.textContent = name;
  }
  tr.appendChild(el('td', null, LEVELS[level] || level));
  tr.appendChild(el('td', 'sit-num', percent(share))).setAttribute('data-share', String(share));
  tr.appendChild(el('td', 'sit-num', cost === null ? '—' : pesos(Math.round(cost * share))));
  tr.appendChild(el('td', 'sit-narrow-hide', method ? METHODS[method] || method : 'suma de sus comunas'));
}

function shares(doc, cost) {
  var tbody = document.querySelector('#sit-shares tbody');
  var inCommunes = 0;
  doc.reparto.forEach(function (s) {
    if (s.code) {
      inCommunes += s.share;
      shareRow(tbody, s.name, s.code, 'comuna', s.share, cost, s.method);
    } else {
      shareRow(tbody, s.name, null, 'fuera', s.share, cost, s.method);
    }
  });
  (doc.unidades || []).forEach(function (u) {
    shareRow(tbody, u.name, u.code, u.level, u.share, cost, u.level === 'personalizado' ? 'área o comunas' : null);
  });
  body.dataset.sitInCommunes = String(inCommunes);
  say('sit-shares-status', doc.reparto.length ? 'En comunas: ' + percent(inCommunes) + ' del proyecto'
      + (inCommunes < 0.9999 ? '; el resto queda fuera de toda comuna y no se asigna a ninguna.' : '.')
      + ' Costo asignado: costo total por la parte. Provincias y región suman las partes de sus comunas.'
      : 'El proyecto aún no está enlazado a comunas.');
}

// ---------------------------------------------------------------- alerts

function screening(doc) {
  var b = alertBox('alert-screening');
  if (!doc.filas.length) {
    b.say('ok', 'El proyecto no está dentro ni a menos de ' + integer(SCREENING_BUFFER_M)
        + ' m de un área protegida o sitio prioritario.');
    return;
  }
  var row = doc.filas[0];
  b.say('alert', row.estado === 'dentro' ? 'El proyecto está dentro de ' + row.areas.length
      + (row.areas.length === 1 ? ' área de conservación.' : ' áreas de conservación.')
      : 'El proyecto está a ' + integer(row.distancia_m) + ' m de un área de conservación.');
  var list = b.list();
  row.areas.forEach(function (a) {
    var li = list.appendChild(el('li'));
    li.appendChild(el('span', 'sit-tag sit-tag-dentro', 'dentro'));
    li.appendChild(document.createTextNode(a.nombre));
    li.appendChild(el('span', 'sit-muted', ' — ' + (KINDS[a.tipo] || a.tipo) + (a.area_solapada_ha > 0
        ? ' · ' + decimal(a.area_solapada_ha, 1) + ' ha en común' : a.longitud_m > 0
            ? ' · ' + integer(a.longitud_m) + ' m dentro' : '')));
  });
  (row.cercanas || []).forEach(function (n) {
    var li = list.appendChild(el('li'));
    li.appendChild(el('span', 'sit-tag sit-tag-cerca', 'cerca'));
    li.appendChild(document.createTextNode(n.nombre));
    li.appendChild(el('span', 'sit-muted', ' — ' + (KINDS[n.tipo] || n.tipo) + ' a ' + integer(n.distancia_m)
        + ' m'));
  });
}

function overlaps(doc) {
  var b = alertBox('alert-overlaps');
  if (!doc.numberMatched) {
    b.say('ok', 'No se detectan otros proyectos que se superpongan con este en espacio y tiempo.');
    return;
  }
  b.say('alert', integer(doc.numberMatched) + (doc.numberMatched === 1 ? ' proyecto se superpone'
      : ' proyectos se superponen') + ' con este en espacio y tiempo.');
  var list = b.list();
  doc.pares.forEach(function (p) {
    var other = String(p.a.id) === id ? p.b : p.a;
    var li = list.appendChild(el('li'));
    li.appendChild(link(other.nombre, projectPageUrl(other.id)));
    li.appendChild(el('span', 'sit-muted', ' (' + other.programa + ', ' + other.anio_inicio
        + (other.anio_fin !== other.anio_inicio ? '–' + other.anio_fin : '') + ') · ' + lowerFirst(p.etiqueta)
        + (p.distancia_m > 0 ? ' · a ' + integer(p.distancia_m) + ' m' : '')));
  });
  if (doc.numberMatched > doc.pares.length) {
    var li = list.appendChild(el('li', 'sit-muted', 'y ' + integer(doc.numberMatched - doc.pares.length) + ' más: '));
    li.appendChild(link('ver la lista (JSON)', base + '/api/overlaps?proyecto=' + encodeURIComponent(id)
        + '&limit=1000'));
  }
}

function failed(what, elementId) {
  return function (error) {
    var message = 'No se pudo leer ' + what + ' (' + error.message + ').';
    if (elementId.indexOf('alert-') === 0) {
      alertBox(elementId).say('unavailable', message);
    } else {
      say(elementId, message);
    }
  };
}

// ---------------------------------------------------------------- start

var print = document.getElementById('sit-print');
print.addEventListener('click', function () { window.print(); });

var api = base + '/api/investments/' + encodeURIComponent(id);
var feature = fetchJson(base + '/collections/' + collection + '/items/' + encodeURIComponent(id) + '?f=json');
var territories = fetchJson(api + '/territories');
var cost = feature.then(function (f) {
  var v = f.properties.costo_total_clp;
  return typeof v === 'number' ? v : null;
}, function () { return null; });

Promise.all([
  fetchJson(api + '/amounts').then(amounts).catch(failed('los montos', 'sit-amounts-status')),
  Promise.all([territories, cost]).then(function (r) { shares(r[0], r[1]); })
      .catch(failed('el reparto', 'sit-shares-status')),
  Promise.all([feature, territories]).then(function (r) { return locationMap(r[0], r[1].reparto); })
      .catch(failed('la ubicación', 'sit-project-map-status')),
  fetchJson(base + '/api/screening?margen_m=' + SCREENING_BUFFER_M + '&proyecto=' + encodeURIComponent(id))
      .then(screening).catch(failed('el análisis de conservación', 'alert-screening')),
  fetchJson(base + '/api/overlaps?limit=' + OVERLAPS_MAX + '&proyecto=' + encodeURIComponent(id))
      .then(overlaps).catch(failed('el análisis de superposición', 'alert-overlaps'))
]).then(function () {
  body.dataset.sitReady = 'true';
});
