/*
 * The history panel of the editor: every version of the selected feature (who, when, what, why), and for the
 * chosen one a visual diff (the geometry before in red dashes and after in green on the map, and a table of the
 * attributes that changed) with "Volver a esta versión" (POST .../revert with If-Match = the latest version).
 */
import {el, formatValue} from './mapa-util.js';
import {LOCALE} from './formato.js';
import {describe, getJson, itemPath, request} from './editor-api.js';

var OPERATIONS = {create: 'Creación', update: 'Modificación', delete: 'Eliminación', revert: 'Vuelta atrás'};
var BEFORE = {color: '#d32f2f', weight: 3, opacity: 0.95, dashArray: '7 6', fillColor: '#ef9a9a', fillOpacity: 0.15};
var AFTER = {color: '#2e7d32', weight: 3, opacity: 0.95, fillColor: '#a5d6a7', fillOpacity: 0.3};
var HIDDEN = ['cut', 'version', 'ilustrativo'];

function when(text) {
  var date = new Date(text);
  return isNaN(date.getTime()) ? String(text)
      : date.toLocaleString(LOCALE, {dateStyle: 'short', timeStyle: 'short'});
}

function pathStyle(style, radius) {
  return {
    style: function () { return style; },
    pointToLayer: function (feature, latlng) {
      return L.circleMarker(latlng, L.extend({radius: radius}, style));
    },
    interactive: false,
    pane: 'sit-above'
  };
}

/**
 * {@code context}: map, layer (the editable layer of /api/editing/me), onReverted(feature, version) called after
 * a successful revert, onError(message).
 */
export function createHistory(context) {
  var section = document.getElementById('sit-history-section');
  var list = document.getElementById('sit-history-list');
  var detail = document.getElementById('sit-history-detail');
  var diffBody = document.querySelector('#sit-history-diff tbody');
  var revertBox = document.getElementById('sit-revert-box');
  var revertButton = document.getElementById('sit-revert');
  var reason = document.getElementById('sit-revert-motivo');
  var diffLayers = L.layerGroup().addTo(context.map);
  var current = {featureId: null, entries: [], chosen: null};

  function attribute(name) {
    return context.layer().atributos.filter(function (a) { return a.nombre === name; })[0];
  }

  function title(name) {
    var a = attribute(name);
    return a ? a.titulo : name;
  }

  /** A value as the diff table shows it ("—" for none, or where there is no before or after). */
  function shown(value, name) {
    return value === undefined ? '—' : formatValue(value, attribute(name));
  }

  function changedAttributes(entry) {
    var before = entry.antes ? entry.antes.properties || {} : {};
    var after = entry.despues ? entry.despues.properties || {} : {};
    var names = context.layer().atributos.map(function (a) { return a.nombre; });
    return names.filter(function (name) {
      var a = before[name] === undefined ? null : before[name];
      var b = after[name] === undefined ? null : after[name];
      return HIDDEN.indexOf(name) < 0 && JSON.stringify(a) !== JSON.stringify(b);
    }).map(function (name) {
      return {name: name, before: entry.antes ? before[name] : undefined,
        after: entry.despues ? after[name] : undefined};
    });
  }

  function geometryNote(entry) {
    var before = entry.antes && JSON.stringify(entry.antes.geometry);
    var after = entry.despues && JSON.stringify(entry.despues.geometry);
    if (!entry.antes) {
      return 'Geometría creada (en verde).';
    }
    if (!entry.despues) {
      return 'Elemento eliminado: su última geometría en rojo discontinuo.';
    }
    return before === after ? 'La geometría no cambió en esta versión.'
        : 'La geometría cambió: antes en rojo discontinuo, después en verde.';
  }

  function showDiff(entry) {
    diffLayers.clearLayers();
    var bounds = null;
    [[entry.antes, BEFORE], [entry.despues, AFTER]].forEach(function (pair) {
      if (pair[0] && pair[0].geometry) {
        var layer = L.geoJSON(pair[0].geometry, pathStyle(pair[1], 8));
        layer.addTo(diffLayers);
        bounds = bounds ? bounds.extend(layer.getBounds()) : L.latLngBounds(layer.getBounds().getSouthWest(),
            layer.getBounds().getNorthEast());
      }
    });
    if (bounds && bounds.isValid()) {
      context.map.fitBounds(bounds.pad(0.6), {maxZoom: 17, animate: false});
    }
    diffBody.textContent = '';
    var changes = changedAttributes(entry);
    changes.forEach(function (c) {
      var tr = el('tr');
      tr.appendChild(el('th', null, title(c.name)));
      tr.appendChild(el('td', 'sit-diff-before', shown(c.before, c.name)));
      tr.appendChild(el('td', 'sit-diff-after', shown(c.after, c.name)));
      diffBody.appendChild(tr);
    });
    if (!changes.length) {
      var tr = el('tr');
      var td = el('td', null, 'Ningún atributo cambió.');
      td.colSpan = 3;
      tr.appendChild(td);
      diffBody.appendChild(tr);
    }
    document.getElementById('sit-history-geometry').textContent = geometryNote(entry);
  }

  function choose(entry, button) {
    current.chosen = entry;
    Array.prototype.forEach.call(list.querySelectorAll('.sit-history-entry'), function (b) {
      b.setAttribute('aria-current', String(b === button));
    });
    document.getElementById('sit-history-detail-title').textContent = 'Versión ' + entry.version + ' · '
        + (OPERATIONS[entry.operacion] || entry.operacion);
    detail.hidden = false;
    showDiff(entry);
    detail.scrollIntoView({block: 'nearest'});
    var latest = current.entries[current.entries.length - 1];
    revertBox.hidden = entry.version === latest.version || !entry.despues;
  }

  function render() {
    list.textContent = '';
    current.entries.slice().reverse().forEach(function (entry) {
      var li = el('li');
      var button = el('button', 'sit-history-entry');
      button.type = 'button';
      button.dataset.version = String(entry.version);
      button.appendChild(el('span', 'sit-history-op', 'Versión ' + entry.version + ' · '
          + (OPERATIONS[entry.operacion] || entry.operacion)));
      button.appendChild(el('span', 'sit-history-meta', entry.usuario + ' · ' + when(entry.fecha)));
      if (entry.motivo) {
        button.appendChild(el('span', 'sit-history-reason', 'Motivo: ' + entry.motivo));
      }
      button.addEventListener('click', function () { choose(entry, button); });
      li.appendChild(button);
      list.appendChild(li);
    });
  }

  function load(featureId) {
    current.featureId = featureId;
    current.chosen = null;
    detail.hidden = true;
    diffLayers.clearLayers();
    return getJson(itemPath(context.layer().id, featureId) + '/history').then(function (entries) {
      current.entries = entries;
      render();
      section.hidden = false;
      section.scrollIntoView({block: 'nearest'});
      return entries;
    }).catch(function (error) {
      context.onError('No se pudo leer el historial (' + error.message + ').');
    });
  }

  function revert() {
    var entry = current.chosen;
    var latest = current.entries[current.entries.length - 1];
    revertButton.disabled = true;
    return request('POST', itemPath(context.layer().id, current.featureId) + '/revert',
        {version: entry.version, motivo: reason.value.trim() || null}, {version: latest.version})
        .then(function (answer) {
          revertButton.disabled = false;
          if (answer.ok) {
            reason.value = '';
            context.onReverted(answer.body, answer.version, entry.version);
            return load(current.featureId);
          }
          if (answer.status === 412) {
            context.onError('Otra persona cambió este elemento mientras usted miraba el historial; '
                + 'se muestra el historial actualizado. No se cambió nada.');
            return load(current.featureId);
          }
          context.onError('No se pudo volver a la versión ' + entry.version + ': ' + describe(answer));
        }, function () {
          revertButton.disabled = false;
          context.onError('Error de red: no se pudo volver a la versión ' + entry.version + '.');
        });
  }

  revertButton.addEventListener('click', revert);
  document.getElementById('sit-history-close').addEventListener('click', function () { close(); });

  function close() {
    section.hidden = true;
    detail.hidden = true;
    diffLayers.clearLayers();
    current.featureId = null;
  }

  return {
    open: load,
    close: close,
    isOpenFor: function (featureId) { return !section.hidden && current.featureId === featureId; }
  };
}
