/*
 * The administration page's layers: each layer's symbology and publication, a symbology editor (the layer's own
 * symbol and one colour per value of a chosen attribute, saved with PUT /api/layers/{id}/style) and a form that
 * creates a layer from an Agenda 21 template (POST /api/layers). Requests carry the session's CSRF token
 * (editor-api.js); the server's Spanish reason is shown when it refuses. Names and values go in as text only.
 *
 * For tests: body[data-sit-layers-ready="true"] once the layers are listed; body[data-sit-style-for] names the
 * layer whose symbology is open.
 */
import {el} from './mapa-util.js';
import {getJson, request} from './editor-api.js';
import {hasGeometry} from './mapa-capas.js';
import {classAttribute, featureStyle, kindOf, swatch} from './simbologia.js';

/** ColorBrewer Set3 (Cynthia Brewer, Apache-2.0 licence): twelve distinct light colours for new classes. */
var SET3 = ['#8dd3c7', '#ffffb3', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5', '#d9d9d9',
  '#bc80bd', '#ccebc5', '#ffed6f'];
var MAX_CLASSES = 40;
var KINDS = {point: 'Puntos', line: 'Líneas', area: 'Polígonos'};

var body = document.body;
var layersBody = document.querySelector('#sit-layers tbody');
var section = document.getElementById('sit-style-section');
var form = document.getElementById('sit-style-form');
var attributeSelect = document.getElementById('sit-style-attribute');
var classesTable = document.getElementById('sit-style-classes');
var styleError = document.getElementById('sit-style-error');
var statusBox = document.getElementById('sit-admin-status');

var collections = [];
var editing = null;     // {collection, kind, classes: [{value, options}], domains: {name: [values]}}

function say(message, failed) {
  statusBox.textContent = message;
  statusBox.classList.toggle('sit-error-notice', !!failed);
  statusBox.hidden = false;
}

function attributeTitle(collection, name) {
  return (collection.atributos || []).filter(function (a) { return a.nombre === name; })
      .map(function (a) { return a.titulo; })[0] || name;
}

// ---------------------------------------------------------------- the layers table

function symbologyCell(collection, kind) {
  var cell = el('td', 'sit-layer-symbols');
  var style = collection.style || {};
  cell.appendChild(swatch(featureStyle(style), kind));
  var attribute = classAttribute(style);
  var n = attribute ? (style.categories.values || []).length : 0;
  cell.appendChild(el('span', null, attribute
      ? ' por ' + attributeTitle(collection, attribute) + ': ' + n + (n === 1 ? ' clase' : ' clases')
      : ' un solo símbolo'));
  return cell;
}

function publicationCell(collection, totals) {
  var cell = el('td');
  if (!totals) {
    cell.textContent = 'Pública';
    return cell;
  }
  cell.appendChild(el('span', null, totals.publicadas + ' de ' + totals.total + ' comunas publicadas · '));
  var a = el('a', null, 'Tablero Agenda 21');
  a.href = (body.dataset.base || '') + '/agenda21';
  cell.appendChild(a);
  return cell;
}

function render(agenda21) {
  var totals = {};
  (agenda21 && agenda21.capas || []).forEach(function (c) { totals[c.id] = c.totales; });
  layersBody.textContent = '';
  collections.filter(hasGeometry).forEach(function (collection) {
    var kind = kindOf(collection.tipo_geometria, collection.style);
    var row = el('tr');
    row.dataset.layer = collection.id;
    var name = el('th', null, collection.title);
    name.scope = 'row';
    name.appendChild(el('small', 'sit-layer-id', collection.id));
    row.appendChild(name);
    row.appendChild(el('td', null, KINDS[kind]));
    row.appendChild(symbologyCell(collection, kind));
    row.appendChild(publicationCell(collection, totals[collection.id]));
    var actions = el('td');
    var edit = el('button', 'sit-small', 'Editar simbología');
    edit.type = 'button';
    edit.setAttribute('aria-label', 'Editar la simbología de ' + collection.title);
    edit.addEventListener('click', function () { open(collection); });
    actions.appendChild(edit);
    row.appendChild(actions);
    layersBody.appendChild(row);
  });
}

function load() {
  return Promise.all([getJson('/collections?f=json'), getJson('/api/agenda21/estado').catch(function () {
    return null;
  })]).then(function (answers) {
    collections = answers[0].collections || [];
    render(answers[1]);
  });
}

// ---------------------------------------------------------------- the symbology editor

function classable(attribute) {
  return attribute.nombre !== 'version' && /^(string|integer|boolean)$/.test(attribute.tipo || '');
}

/** The values an attribute may take: its domain (queryables' enum), else those in the layer's features. */
function valuesOf(collection, name) {
  var base = '/collections/' + encodeURIComponent(collection.id);
  return getJson(base + '/queryables?f=json').then(function (q) {
    var property = q.properties && q.properties[name];
    if (property && property.enum) {
      return property.enum.map(String);
    }
    if (property && property.type === 'boolean') {
      return ['true', 'false'];
    }
    return getJson(base + '/items?f=json&limit=5000').then(function (fc) {
      var seen = {};
      (fc.features || []).forEach(function (f) {
        var v = f.properties && f.properties[name];
        if (v !== undefined && v !== null && v !== '') {
          seen[String(v)] = true;
        }
      });
      return Object.keys(seen).sort(function (a, b) { return a.localeCompare(b, 'es'); });
    });
  });
}

function setBase(style) {
  var f = form.elements;
  f.color.value = /^#[0-9a-f]{6}$/i.test(style.color || '') ? style.color : '#3388ff';
  f.fillColor.value = /^#[0-9a-f]{6}$/i.test(style.fillColor || '') ? style.fillColor : f.color.value;
  f.weight.value = style.weight === undefined ? '' : style.weight;
  f.fillOpacity.value = style.fillOpacity === undefined ? '' : style.fillOpacity;
  f.radius.value = style.radius === undefined ? '' : style.radius;
}

function open(collection) {
  var style = collection.style || {};
  var kind = kindOf(collection.tipo_geometria, style);
  editing = {collection: collection, kind: kind, classes: [], attribute: classAttribute(style)};
  (style.categories && style.categories.values || []).forEach(function (c) {
    var options = Object.assign({}, c);
    delete options.value;
    editing.classes.push({value: String(c.value), options: options});
  });
  document.getElementById('sit-style-layer').textContent = collection.title;
  setBase(style);
  form.querySelector('.sit-style-radius').hidden = kind !== 'point';
  form.elements.fillColor.closest('label').hidden = kind === 'line';
  form.elements.fillOpacity.closest('label').hidden = kind === 'line';
  attributeSelect.textContent = '';
  attributeSelect.appendChild(new Option('(un solo símbolo)', ''));
  (collection.atributos || []).filter(classable).forEach(function (a) {
    attributeSelect.appendChild(new Option(a.titulo, a.nombre));
  });
  attributeSelect.value = editing.attribute || '';
  styleError.hidden = true;
  section.hidden = false;
  body.setAttribute('data-sit-style-for', collection.id);
  showClasses().then(function () {
    section.scrollIntoView({block: 'start'});
    document.getElementById('h-estilo').focus({preventScroll: true});
  });
}

/** The colour a class shows: its stroke for lines, its fill for points and areas. */
function colourKey() {
  return editing.kind === 'line' ? 'color' : 'fillColor';
}

function showClasses() {
  var tbody = classesTable.querySelector('tbody');
  var hint = document.getElementById('sit-style-attribute-hint');
  var name = attributeSelect.value;
  tbody.textContent = '';
  if (!name) {
    classesTable.hidden = true;
    hint.textContent = 'Todos los elementos con el mismo símbolo.';
    return Promise.resolve();
  }
  hint.textContent = 'Cargando valores…';
  var collection = editing.collection;
  return valuesOf(collection, name).then(function (values) {
    var kept = name === editing.attribute ? editing.classes : [];
    var byValue = {};
    kept.forEach(function (c) { byValue[c.value] = c; });
    var list = values.slice(0, MAX_CLASSES);
    kept.forEach(function (c) {
      if (list.indexOf(c.value) < 0 && list.length < MAX_CLASSES) {
        list.push(c.value);
      }
    });
    editing.attribute = name;
    editing.classes = list.map(function (value, i) {
      var options = byValue[value] ? Object.assign({}, byValue[value].options) : {};
      if (!options[colourKey()]) {
        options[colourKey()] = SET3[i % SET3.length];
      }
      return {value: value, options: options};
    });
    editing.classes.forEach(function (c) { tbody.appendChild(classRow(c)); });
    classesTable.hidden = !editing.classes.length;
    hint.textContent = editing.classes.length
        ? 'Una clase por valor de «' + attributeTitle(collection, name) + '»'
          + (values.length > MAX_CLASSES ? ' (los primeros ' + MAX_CLASSES + ' valores)' : '')
          + '; los demás valores usan el símbolo de la capa.'
        : 'La capa no tiene aún valores de «' + attributeTitle(collection, name) + '».';
  }, function () {
    hint.textContent = 'No se pudieron leer los valores del atributo.';
  });
}

function baseStyle() {
  var f = form.elements;
  var style = Object.assign({}, editing.collection.style || {});
  delete style.categories;
  style.color = f.color.value;
  if (editing.kind !== 'line') {
    style.fillColor = f.fillColor.value;
  }
  [['weight', f.weight], ['fillOpacity', f.fillOpacity], ['radius', f.radius]].forEach(function (pair) {
    if (pair[1].value === '' || pair[1].closest('label').hidden) {
      delete style[pair[0]];
    } else {
      style[pair[0]] = Number(pair[1].value);
    }
  });
  return style;
}

function classRow(c) {
  var row = el('tr');
  row.dataset.value = c.value;
  var symbol = el('td');
  var preview = function () {
    symbol.textContent = '';
    symbol.appendChild(swatch(Object.assign(baseStyle(), c.options), editing.kind));
  };
  preview();
  row.appendChild(symbol);
  row.appendChild(el('td', null, c.value));
  var cell = el('td');
  var input = el('input');
  input.type = 'color';
  input.value = /^#[0-9a-f]{6}$/i.test(c.options[colourKey()] || '') ? c.options[colourKey()] : '#cccccc';
  input.setAttribute('aria-label', 'Color de ' + c.value);
  input.addEventListener('input', function () {
    c.options[colourKey()] = input.value;
    preview();
  });
  cell.appendChild(input);
  row.appendChild(cell);
  return row;
}

function styleToSave() {
  var style = baseStyle();
  if (editing.attribute && editing.classes.length) {
    style.categories = {attribute: editing.attribute, values: editing.classes.map(function (c) {
      return Object.assign({value: typedValue(c.value)}, c.options);
    })};
  }
  return style;
}

/** Values go back with the attribute's type, as the features hold them. */
function typedValue(text) {
  var attribute = (editing.collection.atributos || []).filter(function (a) {
    return a.nombre === editing.attribute;
  })[0];
  if (attribute && attribute.tipo === 'integer' && /^-?\d+$/.test(text)) {
    return Number(text);
  }
  if (attribute && attribute.tipo === 'boolean') {
    return text === 'true';
  }
  return text;
}

function save(event) {
  event.preventDefault();
  var collection = editing.collection;
  body.setAttribute('data-sit-busy', 'true');
  request('PUT', '/api/layers/' + encodeURIComponent(collection.id) + '/style', styleToSave()).then(function (answer) {
    if (!answer.ok) {
      styleError.textContent = (answer.body && answer.body.description) || 'No se guardó (HTTP ' + answer.status + ')';
      styleError.hidden = false;
      return null;
    }
    styleError.hidden = true;
    return load().then(function () {
      say('Simbología de «' + collection.title + '» guardada: el mapa y el editor la muestran al abrirse.', false);
      editing.collection = collections.filter(function (c) { return c.id === collection.id; })[0] || collection;
    });
  }, function () {
    styleError.textContent = 'Error de red: no se guardó la simbología.';
    styleError.hidden = false;
  }).finally(function () {
    body.setAttribute('data-sit-busy', 'false');
  });
}

function close() {
  section.hidden = true;
  body.removeAttribute('data-sit-style-for');
  editing = null;
}

// ---------------------------------------------------------------- a new layer from a template

function setUpNewLayer() {
  var newForm = document.getElementById('sit-new-layer');
  var select = document.getElementById('sit-layer-template');
  var problem = document.getElementById('sit-layer-error');
  getJson('/api/layers/templates').then(function (templates) {
    templates.forEach(function (t) { select.appendChild(new Option(t.titulo, t.id)); });
  }, function () {
    problem.textContent = 'No se pudieron leer las plantillas.';
    problem.hidden = false;
  });
  newForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var f = newForm.elements;
    var payload = {plantilla: f.plantilla.value, id: f.id.value.trim(), titulo: f.titulo.value.trim()};
    body.setAttribute('data-sit-busy', 'true');
    request('POST', '/api/layers', payload).then(function (answer) {
      if (!answer.ok) {
        problem.textContent = (answer.body && answer.body.description) || 'No se creó (HTTP ' + answer.status + ')';
        problem.hidden = false;
        return null;
      }
      problem.hidden = true;
      newForm.reset();
      return load().then(function () {
        say('Capa «' + payload.titulo + '» creada: ya se edita en el editor y aparece en el mapa.', false);
      });
    }, function () {
      problem.textContent = 'Error de red: no se creó la capa.';
      problem.hidden = false;
    }).finally(function () {
      body.setAttribute('data-sit-busy', 'false');
    });
  });
}

attributeSelect.addEventListener('change', showClasses);
form.addEventListener('submit', save);
form.addEventListener('input', function (event) {
  if (event.target.closest('.sit-style-base') && editing) {
    classesTable.querySelectorAll('tbody tr').forEach(function (row, i) {
      var cell = row.firstChild;
      cell.textContent = '';
      cell.appendChild(swatch(Object.assign(baseStyle(), editing.classes[i].options), editing.kind));
    });
  }
});
document.getElementById('sit-style-cancel').addEventListener('click', close);
setUpNewLayer();
load().then(function () {
  body.setAttribute('data-sit-layers-ready', 'true');
}, function () {
  say('No se pudieron leer las capas.', true);
  body.setAttribute('data-sit-layers-ready', 'false');
});
