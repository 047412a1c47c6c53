/*
 * The attribute table of a visible layer, in a panel over the bottom of the map: a filter on any attribute
 * (accents and case ignored), sorting by a column (a second click reverses it), a row click that shows the feature
 * on the map with its popup, and a CSV of the filtered rows as a spreadsheet in Chile opens it (semicolons,
 * decimal commas, byte order mark), like SIT's other downloads. Shows the first ROWS rows; the count says how many
 * match. The investment layer, drawn from tiles, has its own search and export in the "Inversión" tab.
 *
 * For tests: window.sitMap.table = {open(id), rows(), csv()}.
 */
import {el, featureTitle, formatValue, normalise} from './mapa-util.js';
import {integer} from './formato.js';
import {features, isDated, state} from './mapa-capas.js';

var ROWS = 500;
var current = null;

function attributesOf(collection, list) {
  if (collection.atributos && collection.atributos.length) {
    return collection.atributos;
  }
  return Object.keys(list.length ? list[0].properties || {} : {}).map(function (name) {
    return {nombre: name, titulo: name};
  });
}

function matching(t) {
  var words = normalise(t.filter).split(/\s+/).filter(Boolean);
  var rows = t.features.filter(function (f) {
    if (!words.length) {
      return true;
    }
    var text = normalise(t.attributes.map(function (a) {
      var v = f.properties[a.nombre];
      return v === null || v === undefined ? '' : String(v);
    }).join(' '));
    return words.every(function (w) { return text.indexOf(w) >= 0; });
  });
  if (t.sort) {
    var name = t.sort.name;
    var sign = t.sort.descending ? -1 : 1;
    rows = rows.slice().sort(function (a, b) {
      var x = a.properties[name];
      var y = b.properties[name];
      if (x === null || x === undefined) {
        return 1;
      }
      if (y === null || y === undefined) {
        return -1;
      }
      return sign * (typeof x === 'number' && typeof y === 'number' ? x - y
          : String(x).localeCompare(String(y), 'es', {numeric: true, sensitivity: 'base'}));
    });
  }
  return rows;
}

function showOnMap(feature) {
  var layer = state.layers[current.id];
  var found = null;
  layer.eachLayer(function (l) {
    if (l.feature && l.feature.id === feature.id) {
      found = l;
    }
  });
  if (found) {
    var bounds = found.getBounds ? found.getBounds() : L.latLngBounds([found.getLatLng()]);
    state.map.fitBounds(bounds, {maxZoom: 15, padding: [30, 30], animate: false});
    found.openPopup(found.getLatLng ? found.getLatLng() : bounds.getCenter());
  }
}

function render() {
  var t = current;
  var rows = matching(t);
  t.shown = rows;
  var table = document.getElementById('sit-table-grid');
  table.textContent = '';
  var head = table.appendChild(el('thead')).appendChild(el('tr'));
  t.attributes.forEach(function (a) {
    var th = head.appendChild(el('th'));
    th.scope = 'col';
    var sorted = t.sort && t.sort.name === a.nombre;
    th.setAttribute('aria-sort', sorted ? (t.sort.descending ? 'descending' : 'ascending') : 'none');
    var button = th.appendChild(el('button', 'sit-table-sort', (a.titulo || a.nombre)
        + (sorted ? (t.sort.descending ? ' ▼' : ' ▲') : '')));
    button.type = 'button';
    button.addEventListener('click', function () {
      t.sort = {name: a.nombre, descending: sorted && !t.sort.descending};
      render();
    });
  });
  var body = table.appendChild(el('tbody'));
  rows.slice(0, ROWS).forEach(function (f) {
    var tr = body.appendChild(el('tr'));
    tr.tabIndex = 0;
    tr.title = 'Ver «' + featureTitle(state.collections[t.id], f) + '» en el mapa';
    t.attributes.forEach(function (a) {
      tr.appendChild(el('td', null, formatValue(f.properties[a.nombre], a)));
    });
    tr.addEventListener('click', function () { showOnMap(f); });
    tr.addEventListener('keydown', function (event) {
      if (event.key === 'Enter') {
        showOnMap(f);
      }
    });
  });
  document.getElementById('sit-table-count').textContent = (rows.length === 1 ? '1 elemento'
      : integer(rows.length) + ' elementos') + (rows.length < t.features.length ? ' de ' + integer(t.features.length)
      : '') + (rows.length > ROWS ? '; se muestran los primeros ' + ROWS + ' (filtre para ver otros)' : '') + '.';
}

function cell(value) {
  if (value === null || value === undefined) {
    return '';
  }
  var text = typeof value === 'number' ? String(value).replace('.', ',')
      : typeof value === 'boolean' ? (value ? 'sí' : 'no') : String(value);
  if (/^[=+\-@\t\r]/.test(text) && typeof value !== 'number') {
    text = "'" + text;   // a formula in a spreadsheet otherwise
  }
  return /[;"\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

/** The filtered rows as CSV text, with the byte order mark. */
function csv() {
  var t = current;
  var lines = [t.attributes.map(function (a) { return cell(a.titulo || a.nombre); }).join(';')];
  t.shown.forEach(function (f) {
    lines.push(t.attributes.map(function (a) { return cell(f.properties[a.nombre]); }).join(';'));
  });
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

function download() {
  var t = current;
  var blob = new Blob([csv()], {type: 'text/csv;charset=utf-8'});
  var link = el('a');
  link.href = URL.createObjectURL(blob);
  link.download = t.id + '.csv';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
}

function choices() {
  var select = document.getElementById('sit-table-layer');
  var chosen = select.value;
  select.textContent = '';
  Object.keys(state.layers).filter(function (id) {
    return state.map.hasLayer(state.layers[id]) && !state.layers[id].loadOwn;
  }).forEach(function (id) {
    var option = select.appendChild(el('option', null, state.collections[id].title));
    option.value = id;
  });
  if (chosen && select.querySelector('option[value="' + CSS.escape(chosen) + '"]')) {
    select.value = chosen;
  }
  return select.value;
}

/** Opens the table of a layer (one of the visible ones); resolves once its rows are shown. */
export function open(id) {
  var panel = document.getElementById('sit-table');
  panel.hidden = false;
  state.map.invalidateSize({animate: false});
  document.getElementById('sit-table-open').setAttribute('aria-expanded', 'true');
  var chosen = choices();
  if (id && document.querySelector('#sit-table-layer option[value="' + CSS.escape(id) + '"]')) {
    chosen = id;
    document.getElementById('sit-table-layer').value = id;
  }
  if (!chosen) {
    document.getElementById('sit-table-count').textContent = 'Encienda una capa para ver su tabla.';
    return Promise.resolve();
  }
  var collection = state.collections[chosen];
  // The rows of what the map draws: a dated layer as of the chosen year.
  return features(chosen, isDated(collection) ? state.datetime : '').then(function (list) {
    current = {id: chosen, features: list, attributes: attributesOf(collection, list), filter: '', sort: null};
    document.getElementById('sit-table-filter').value = '';
    render();
  });
}

function close() {
  document.getElementById('sit-table').hidden = true;
  document.getElementById('sit-table-open').setAttribute('aria-expanded', 'false');
  state.map.invalidateSize({animate: false});
}

export function setUpTable() {
  document.getElementById('sit-table-open').addEventListener('click', function () {
    if (document.getElementById('sit-table').hidden) {
      open(null);
    } else {
      close();
    }
  });
  document.getElementById('sit-table-close').addEventListener('click', close);
  document.getElementById('sit-table-layer').addEventListener('change', function (event) {
    open(event.target.value);
  });
  document.getElementById('sit-table-filter').addEventListener('input', function (event) {
    if (current) {
      current.filter = event.target.value;
      render();
    }
  });
  document.getElementById('sit-table-csv').addEventListener('click', function () {
    if (current) {
      download();
    }
  });
  window.sitMap.table = {open: open, csv: csv, rows: function () { return current ? current.shown : []; }};
}
