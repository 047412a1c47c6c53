/*
 * Homogeneous territories (/territorios/homogeneos): the form (units, variables with their parameters and weights,
 * method, k or floor, neighbour rule), POST /api/regionalizations, the regions on a map and in a table of profiles,
 * the downloads, and saving the regions as custom territories (POST /api/regionalizations/{id}/territorios, with the
 * session's CSRF token). Data reach the page as text only.
 *
 * For tests: body[data-sit-ready="true"] once the form is filled, body[data-sit-result] the id of the result drawn,
 * body[data-sit-saved] the codes of the territories saved (comma separated).
 */
import {base, el} from './mapa-util.js';
import {decimal, integer} from './formato.js';
import {describe, getJson, request} from './editor-api.js';

var COLOURS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666',
  '#1f78b4', '#b2df8a', '#fb9a99', '#cab2d6'];
var PARAMETER_LABELS = {anio: 'Año', desde: 'Desde', hasta: 'Hasta', monto: 'Monto', programa: 'Programa',
  sector: 'Sector', capa: 'Capa', atributo: 'Atributo', agregacion: 'Agregación'};

var body = document.body;
var catalog = null;
var result = null;
var map = null;
var drawn = null;
var rowCount = 0;

function byId(id) {
  return document.getElementById(id);
}

function error(message) {
  var box = byId('sit-error');
  box.textContent = message || '';
  box.hidden = !message;
}

function option(select, value, text) {
  var o = el('option', null, text);
  o.value = value;
  select.appendChild(o);
  return o;
}

function fillScope() {
  var select = byId('sit-th-scope');
  select.textContent = '';
  if (byId('sit-th-units').value === 'comunas') {
    catalog.regiones.forEach(function (r) { option(select, r, 'Región ' + r); });
    if (catalog.regiones.length > 1) {
      option(select, 'todas', 'Todo el país');
    }
  } else {
    catalog.comunas_con_zonas.forEach(function (c) {
      option(select, c.cut, c.nombre + ' (' + c.zonas + ' zonas)');
    });
  }
}

/* The inputs of one parameter of a variable. */
function parameterInput(name, row) {
  var select;
  if (name === 'monto') {
    select = el('select');
    option(select, 'programado', 'Programado');
    option(select, 'ejecutado', 'Ejecutado');
  } else if (name === 'programa' || name === 'sector') {
    select = el('select');
    option(select, '', 'Todos');
    catalog[name === 'programa' ? 'programas' : 'sectores'].forEach(function (g) { option(select, g, g); });
  } else if (name === 'capa') {
    select = el('select');
    catalog.capas.forEach(function (l) { option(select, l.id, l.titulo); });
    select.addEventListener('change', function () { fillAttributes(row); });
  } else if (name === 'atributo') {
    select = el('select');
  } else if (name === 'agregacion') {
    select = el('select');
    ['suma', 'promedio', 'conteo', 'densidad'].forEach(function (a) { option(select, a, a); });
  } else {
    select = el('input');
    select.type = 'number';
    select.min = 2002;
    select.max = 2035;
    select.value = name === 'desde' ? 2017 : 2024;
  }
  select.dataset.parameter = name;
  var label = el('label', null, PARAMETER_LABELS[name] || name);
  label.appendChild(select);
  return label;
}

function fillAttributes(row) {
  var layer = row.querySelector('[data-parameter=capa]');
  var attribute = row.querySelector('[data-parameter=atributo]');
  if (!layer || !attribute) {
    return;
  }
  attribute.textContent = '';
  var entry = catalog.capas.filter(function (l) { return l.id === layer.value; })[0];
  (entry ? entry.atributos : []).forEach(function (a) { option(attribute, a.nombre, a.titulo); });
}

function addVariable(id) {
  var max = catalog.limites.variables;
  var list = byId('sit-th-vars');
  if (list.children.length >= max) {
    return;
  }
  rowCount++;
  var row = el('li', 'sit-th-var');
  var label = el('label', null, 'Variable');
  var select = el('select');
  select.className = 'sit-th-variable';
  var zones = byId('sit-th-units').value !== 'comunas';
  catalog.variables.filter(function (v) { return !zones || v.zonas_censales; }).forEach(function (v) {
    option(select, v.id, v.nombre + (v.medida ? ' (' + v.medida + ')' : ''));
  });
  select.value = id || 'poblacion';
  label.appendChild(select);
  row.appendChild(label);
  var params = el('span', 'sit-th-params');
  row.appendChild(params);
  var weight = el('label', null, 'Peso');
  var w = el('input');
  w.type = 'number';
  w.min = 0.1;
  w.max = 10;
  w.step = 0.1;
  w.value = 1;
  w.className = 'sit-th-weight';
  weight.appendChild(w);
  row.appendChild(weight);
  var remove = el('button', null, 'Quitar');
  remove.type = 'button';
  remove.setAttribute('aria-label', 'Quitar la variable ' + rowCount);
  remove.addEventListener('click', function () { row.remove(); });
  row.appendChild(remove);
  function parameters() {
    params.textContent = '';
    var v = catalog.variables.filter(function (x) { return x.id === select.value; })[0];
    v.parametros.forEach(function (p) { params.appendChild(parameterInput(p, row)); });
    if (select.value.indexOf('inversion') === 0) {
      params.querySelector('[data-parameter=desde]').value = 2015;
      params.querySelector('[data-parameter=hasta]').value = 2026;
    }
    fillAttributes(row);
  }
  select.addEventListener('change', parameters);
  parameters();
  list.appendChild(row);
}

function requestBody() {
  var variables = [];
  byId('sit-th-vars').querySelectorAll('.sit-th-var').forEach(function (row) {
    var v = {id: row.querySelector('.sit-th-variable').value, peso: Number(row.querySelector('.sit-th-weight').value)};
    var zones = byId('sit-th-units').value !== 'comunas';
    row.querySelectorAll('[data-parameter]').forEach(function (input) {
      if (zones && input.dataset.parameter === 'anio') {
        return;   // census zones: 2017 only
      }
      if (input.value !== '') {
        v[input.dataset.parameter] = input.type === 'number' ? Number(input.value) : input.value;
      }
    });
    variables.push(v);
  });
  var method = byId('sit-th-method').value;
  var q = {unidades: byId('sit-th-units').value, ambito: byId('sit-th-scope').value, variables: variables,
    estandarizacion: byId('sit-th-std').value, metodo: method, contiguidad: byId('sit-th-rule').value,
    distancia_m: Number(byId('sit-th-distance').value), faltantes: byId('sit-th-missing').value};
  if (method === 'skater') {
    q.k = Number(byId('sit-th-k').value);
  } else {
    q.semilla = Number(byId('sit-th-seed').value);
  }
  var floor = byId('sit-th-floor').value;
  if (floor !== '') {
    q.piso = {id: 'poblacion', minimo: Number(floor)};
    if (q.unidades === 'comunas') {
      q.piso.anio = 2024;
    }
  }
  return q;
}

function run(event) {
  event.preventDefault();
  error('');
  byId('sit-th-status').textContent = 'Calculando…';
  byId('sit-th-run').disabled = true;
  request('POST', '/api/regionalizations', requestBody()).then(function (answer) {
    byId('sit-th-run').disabled = false;
    if (!answer.ok) {
      byId('sit-th-status').textContent = '';
      error(describe(answer));
      return;
    }
    byId('sit-th-status').textContent = answer.body.regiones_obtenidas + ' regiones calculadas en '
        + integer(answer.body.milisegundos) + ' ms';
    show(answer.body);
  }, function () {
    byId('sit-th-run').disabled = false;
    error('No se pudo conectar con SIT');
  });
}

function number(value) {
  var abs = Math.abs(value);
  return decimal(value, abs >= 1000 ? 0 : abs >= 10 ? 1 : 2);
}

function show(doc) {
  result = doc;
  byId('sit-th-result').hidden = false;
  var q = doc.calidad;
  byId('sit-th-quality').textContent = doc.regiones_obtenidas + ' regiones de ' + doc.unidades.cantidad
      + ' unidades. Las regiones explican el ' + decimal(100 * q.r2, 1) + ' % de la variación (R²); suma de '
      + 'cuadrados dentro de las regiones ' + decimal(q.ss_dentro, 2) + ' de ' + decimal(q.ss_total, 2) + '.';
  byId('sit-th-note').textContent = doc.nota || '';
  byId('sit-th-note').hidden = !doc.nota;
  table(doc);
  details(doc);
  var path = base + '/api/regionalizations/' + encodeURIComponent(doc.id);
  byId('sit-th-csv').href = path + '?f=csv';
  byId('sit-th-geojson').href = path + '?f=geojson';
  byId('sit-th-json').href = path;
  names(doc);
  drawMap(doc);
  body.dataset.sitResult = doc.id;
}

function table(doc) {
  var head = byId('sit-th-table').tHead;
  var rows = byId('sit-th-table').tBodies[0];
  head.textContent = '';
  rows.textContent = '';
  var tr = el('tr');
  ['Región', 'Unidades'].concat(doc.variables.map(function (v) {
    return v.nombre + (v.medida ? ' (' + v.medida + ')' : '');
  })).concat(['Superficie (km²)', 'Compacidad (Polsby-Popper)']).forEach(function (t) {
    var th = el('th', null, t);
    th.scope = 'col';
    tr.appendChild(th);
  });
  head.appendChild(tr);
  doc.regiones.forEach(function (r) {
    var row = el('tr');
    var name = el('th');
    name.scope = 'row';
    var swatch = el('span', 'sit-th-swatch');
    swatch.style.background = COLOURS[(r.numero - 1) % COLOURS.length];
    name.appendChild(swatch);
    name.appendChild(document.createTextNode(String(r.numero)));
    row.appendChild(name);
    row.appendChild(el('td', null, r.nombres_unidades.join(', ') + ' (' + r.cantidad + ')'));
    doc.variables.forEach(function (v) { row.appendChild(el('td', null, number(r.medias[v.clave]))); });
    row.appendChild(el('td', null, number(r.area_km2)));
    row.appendChild(el('td', null, decimal(r.polsby_popper, 2)));
    rows.appendChild(row);
  });
}

function details(doc) {
  byId('sit-th-neighbours').textContent = doc.vecindad.descripcion + '.';
  var special = byId('sit-th-special');
  special.textContent = '';
  doc.vecindad.especiales.forEach(function (l) {
    special.appendChild(el('li', null, l.nombre_a + ' – ' + l.nombre_b + ': ' + (l.tipo === 'distancia'
        ? 'vecinas a ' : 'unidas por cercanía (isla), a ') + integer(l.distancia_m) + ' m'));
  });
  var vars = byId('sit-th-variables');
  vars.textContent = '';
  doc.variables.forEach(function (v) {
    vars.appendChild(el('li', null, v.clave + ': ' + v.nombre + ', peso ' + v.peso + '. Fuente: ' + v.fuente));
  });
  var missing = byId('sit-th-missing-list');
  missing.textContent = '';
  (doc.faltantes || []).forEach(function (m) {
    missing.appendChild(el('li', null, 'Sin valor: ' + m.nombre + ' (' + m.variable + '), reemplazado por la media '
        + number(m.imputado)));
  });
}

function names(doc) {
  var list = byId('sit-th-names');
  list.textContent = '';
  byId('sit-th-saved').textContent = '';
  doc.regiones.forEach(function (r) {
    var li = el('li');
    var label = el('label', null, 'Nombre de la región ' + r.numero + ' ');
    var input = el('input');
    input.type = 'text';
    input.maxLength = 200;
    input.required = true;
    input.className = 'sit-th-name';
    input.value = r.nombre.replace(/^Región \d+: /, '');
    label.appendChild(input);
    li.appendChild(label);
    list.appendChild(li);
  });
}

function save(event) {
  event.preventDefault();
  var names = [];
  byId('sit-th-names').querySelectorAll('.sit-th-name').forEach(function (i) { names.push(i.value.trim()); });
  var status = byId('sit-th-saved');
  status.textContent = 'Guardando…';
  request('POST', '/api/regionalizations/' + encodeURIComponent(result.id) + '/territorios', {nombres: names})
      .then(function (answer) {
        status.textContent = '';
        if (answer.status === 401) {
          status.appendChild(document.createTextNode('Para guardar, '));
          var a = el('a', null, 'inicie sesión');
          a.href = base + '/login';
          status.appendChild(a);
          status.appendChild(document.createTextNode(' con un usuario de inversión o de administración.'));
          return;
        }
        if (!answer.ok) {
          status.textContent = describe(answer);
          return;
        }
        status.appendChild(document.createTextNode('Guardados: '));
        answer.body.forEach(function (t, i) {
          var a = el('a', null, t.nombre);
          a.href = base + '/territorios/' + encodeURIComponent(t.codigo);
          status.appendChild(a);
          if (i < answer.body.length - 1) {
            status.appendChild(document.createTextNode(', '));
          }
        });
        body.dataset.sitSaved = answer.body.map(function (t) { return t.codigo; }).join(',');
      });
}

function drawMap(doc) {
  if (!map) {
    map = L.map('sit-th-map', {zoomSnap: 0.25, attributionControl: false});
  }
  getJson('/api/regionalizations/' + encodeURIComponent(doc.id) + '?f=geojson&simplificar=0.001')
      .then(function (geojson) {
        if (drawn) {
          map.removeLayer(drawn);
        }
        drawn = L.geoJSON(geojson, {
          style: function (f) {
            return {color: '#263238', weight: 1.5, fillColor: COLOURS[(f.properties.numero - 1) % COLOURS.length],
              fillOpacity: 0.7};
          },
          onEachFeature: function (f, layer) {
            layer.bindTooltip(function () {
              var box = el('div');
              box.appendChild(el('strong', null, 'Región ' + f.properties.numero));
              box.appendChild(el('div', null, f.properties.nombres_unidades));
              return box;
            }, {sticky: true});
          }
        }).addTo(map);
        map.invalidateSize();
        map.fitBounds(drawn.getBounds(), {padding: [8, 8]});
      }, function (e) { error(e.message); });
}

getJson('/api/regionalizations/variables').then(function (c) {
  catalog = c;
  byId('sit-th-max-vars').textContent = String(c.limites.variables);
  fillScope();
  ['poblacion', 'crecimiento_poblacion', 'densidad', 'poblacion_urbana'].forEach(addVariable);
  byId('sit-th-units').addEventListener('change', function () {
    // Census zones have population and density of 2017, conservation and layers; communes have all variables.
    var zones = byId('sit-th-units').value !== 'comunas';
    fillScope();
    byId('sit-th-vars').textContent = '';
    (zones ? ['poblacion', 'densidad'] : ['poblacion', 'crecimiento_poblacion', 'densidad', 'poblacion_urbana'])
        .forEach(addVariable);
    byId('sit-th-distance').value = zones ? 100 : 2000;
  });
  byId('sit-th-add').addEventListener('click', function () { addVariable(); });
  byId('sit-th-form').addEventListener('submit', run);
  byId('sit-th-save').addEventListener('submit', save);
  body.dataset.sitReady = 'true';
}, function (e) { error(e.message); });
