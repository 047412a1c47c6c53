/*
 * What the editor's modules share: the state of the page (the session, the chosen layer and commune, the features
 * shown, the feature being edited), the view (map, layer groups, form, tools) and small helpers for messages.
 */
import {el} from './mapa-util.js';
import {featureStyle} from './simbologia.js';

export var state = {
  session: null,         // /api/editing/me
  layer: null,           // the chosen layer of the session
  cut: null,             // the chosen commune
  features: {},          // id → {feature (GeoJSON as stored), layers (its parts on the map)}
  outline: null,         // the commune's GeoJSON geometry
  edit: null,            // {id (null when new), feature (as stored, or null), geometry, undo: [geometries], parts}
  pending: 0             // requests under way
};

export var view = {
  map: null,
  shown: null,           // features not being edited
  editing: null,         // the parts of the feature being edited
  problems: null,        // markers of the server's errors
  outlineLayer: null,
  repairLayer: null,     // the repaired geometry's preview
  repaired: null,        // the server's repair of the last rejected geometry
  form: null,
  drawTool: null,
  snapper: null,
  historyPanel: null,
  onSelect: null         // called with a feature id when one is clicked
};

/** An element of the page by id. */
export function $(id) {
  return document.getElementById(id);
}

/** Shows one error above the panel (replacing the previous one), or none. */
export function error(message) {
  var box = $('sit-error');
  box.textContent = '';
  if (message) {
    box.appendChild(el('p', null, message));
  }
  box.hidden = !message;
}

/** Shows a notice in the panel, with an optional action button; no text hides it. */
export function message(text, actionLabel, action) {
  var box = $('sit-editor-message');
  var button = $('sit-editor-message-action');
  $('sit-editor-message-text').textContent = text || '';
  box.hidden = !text;
  button.hidden = !actionLabel;
  button.textContent = actionLabel || '';
  button.onclick = action ? function () {
    box.hidden = true;
    action();
  } : null;
}

/** Marks the page busy (body[data-sit-busy]) while the promise is pending. */
export function busy(promise) {
  state.pending++;
  document.body.dataset.sitBusy = 'true';
  function done() {
    state.pending--;
    if (!state.pending) {
      document.body.dataset.sitBusy = 'false';
    }
  }
  return promise.then(function (value) {
    done();
    return value;
  }, function (reason) {
    done();
    throw reason;
  });
}

/**
 * The path style of a feature of the chosen layer (from the registry: its class's when the layer is classed by an
 * attribute, see simbologia.js); without properties, the layer's own.
 */
export function layerStyle(properties) {
  var style = L.extend({color: '#37474f', weight: 2, fillOpacity: 0.4},
      featureStyle(state.layer.style || {}, properties));
  delete style.radius;
  return style;
}

export function communeName(cut) {
  var c = state.layer.comunas.filter(function (commune) { return commune.cut === cut; })[0];
  return c ? c.nombre : cut;
}

/** What a feature is called in lists and headings. */
export function title(feature) {
  var p = feature.properties || {};
  return p.nombre || p.tipo || p.uso || p.categoria || 'Elemento ' + feature.id;
}
