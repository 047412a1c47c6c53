/*
 * Reference layers under the edited one: the commune's other Agenda 21 layers and the urban limits, drawn as thin
 * lines and points that do not take clicks, so a land-use polygon can be traced along a river already drawn and
 * snap to its vertices (the snapper reads referenceVertices()). Loaded per commune, after the edited layer, and
 * bounded: each layer's features inside the commune's box, at most LIMIT per layer.
 *
 * For tests: body[data-sit-reference] holds the number of reference features drawn.
 */
import {getJson, collectionPath} from './editor-api.js';
import {verticesOf} from './editor-geometria.js';
import {state, view} from './editor-estado.js';

var LIMIT = 2000;
var URBAN_LIMITS = 'limites-urbanos';
var STYLE = {color: '#546e7a', weight: 1.2, opacity: 0.9, fill: false, dashArray: '3 3', interactive: false};

var shown = null;
var vertices = [];
var enabled = true;
var request = 0;

/** The vertices of the reference features now drawn ([lon, lat] pairs), or none while switched off. */
export function referenceVertices() {
  return enabled ? vertices : [];
}

/** Shows or hides the reference layers (they are also left out of snapping while hidden). */
export function setReferences(on) {
  enabled = on;
  if (shown) {
    if (on) {
      shown.addTo(view.map);
    } else {
      shown.remove();
    }
  }
}

/** Loads the references of the chosen commune (bounds: the commune's outline). */
export function loadReferences(bounds) {
  var mine = ++request;
  var box = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map(function (v) {
    return v.toFixed(5);
  }).join(',');
  var ids = state.session.capas.map(function (l) { return l.id; }).filter(function (id) {
    return id !== state.layer.id;
  });
  var reads = ids.map(function (id) {
    return getJson(collectionPath(id) + '/items?f=json&limit=' + LIMIT + '&cut=' + encodeURIComponent(state.cut))
        .catch(function () { return {features: []}; });
  });
  reads.push(getJson(collectionPath(URBAN_LIMITS) + '/items?f=json&limit=' + LIMIT + '&bbox=' + box)
      .catch(function () { return {features: []}; }));
  return Promise.all(reads).then(function (answers) {
    if (mine !== request) {
      return;
    }
    if (!view.map.getPane('sit-reference')) {
      view.map.createPane('sit-reference').style.zIndex = 390;
    }
    if (shown) {
      shown.remove();
    }
    vertices = [];
    var features = [];
    answers.forEach(function (a) { features = features.concat(a.features || []); });
    shown = L.geoJSON({type: 'FeatureCollection', features: features}, {
      pane: 'sit-reference',
      style: function () { return STYLE; },
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, {radius: 3, color: '#546e7a', weight: 1, fill: false, interactive: false,
          pane: 'sit-reference'});
      }
    });
    features.forEach(function (f) { verticesOf(f.geometry, vertices); });
    if (enabled) {
      shown.addTo(view.map);
    }
    document.body.setAttribute('data-sit-reference', String(features.length));
  });
}
