/*
 * Base maps of the map and the editor: the services /api/basemaps lists (SIT_BASEMAPS), tried in order, the first
 * whose tiles load shown; when none answers (no internet, a service down), an offline background drawn from SIT's
 * own layers (land from the published commune limits, urban areas, the sea and the waters of the coverage as the
 * background colour), so the map is never an empty grey. body[data-sit-basemap] names the one chosen.
 */
import {base, escapeHtml, fetchJson} from './mapa-util.js';

export var OFFLINE_ID = 'sin-conexion';
var OFFLINE_NAME = 'Sin conexión: fondo con las capas de SIT';
var PROBE_MS = 4000;
var LAND = ['comunas-bcn', 'regiones'];   // the first that exists: land without rivers, estuaries and bays
var URBAN = 'limites-urbanos';

/**
 * Adds the base maps to the layer control and shows the first reachable one (or the offline background). Returns a
 * promise of the chosen id.
 */
export function setUpBasemaps(map, control) {
  var offline = offlineBackground(map);
  return fetchJson(base + '/api/basemaps')
      .then(function (answer) { return answer.basemaps || []; }, function () { return []; })
      .then(function (basemaps) {
        var candidates = basemaps.map(function (b) {
          var layer = tileLayer(b);
          control.addBaseLayer(layer, escapeHtml(b.name));
          return {id: b.id, layer: layer};
        });
        control.addBaseLayer(offline, escapeHtml(OFFLINE_NAME));
        return firstReachable(map, candidates, 0);
      })
      .then(function (found) {
        var id = found ? found.id : OFFLINE_ID;
        if (!found) {
          offline.addTo(map);
        }
        document.body.dataset.sitBasemap = id;
        return id;
      });
}

function tileLayer(b) {
  var url = b.url.charAt(0) === '/' ? base + b.url : b.url;
  var credit = escapeHtml(b.attribution);
  var attribution = b.attributionUrl
      ? '<a href="' + escapeHtml(b.attributionUrl) + '" rel="noopener">' + credit + '</a>' : credit;
  var options = {maxZoom: b.maxZoom, maxNativeZoom: b.maxZoom, attribution: attribution};
  return b.type === 'wms'
      ? L.tileLayer.wms(url, Object.assign(options, {layers: b.layers, format: 'image/png', transparent: false}))
      : L.tileLayer(url, options);
}

function firstReachable(map, candidates, index) {
  if (index >= candidates.length) {
    return Promise.resolve(null);
  }
  return reachable(map, candidates[index].layer).then(function (ok) {
    return ok ? candidates[index] : firstReachable(map, candidates, index + 1);
  });
}

/** Puts the layer on the map unseen; true (and shown) once a tile loads, false (and removed) on errors or time. */
function reachable(map, layer) {
  return new Promise(function (resolve) {
    var errors = 0;
    var timer = null;
    function finish(ok) {
      clearTimeout(timer);
      layer.off('tileload', loaded);
      layer.off('tileerror', failed);
      if (ok) {
        layer.setOpacity(1);
      } else {
        map.removeLayer(layer);
      }
      resolve(ok);
    }
    function loaded() {
      finish(true);
    }
    function failed() {
      errors += 1;
      if (errors >= 2) {
        finish(false);
      }
    }
    timer = setTimeout(function () { finish(false); }, PROBE_MS);
    layer.on('tileload', loaded);
    layer.on('tileerror', failed);
    layer.setOpacity(0);
    layer.addTo(map);
  });
}

/** The offline background: a layer group whose land and urban areas are read the first time it is shown. */
function offlineBackground(map) {
  var pane = map.createPane('sit-fondo');
  pane.style.zIndex = '250';
  pane.style.pointerEvents = 'none';
  var group = L.layerGroup();
  var loaded = false;
  group.on('add', function () {
    map.getContainer().classList.add('sit-fondo-sin-conexion');
    if (!loaded) {
      loaded = true;
      drawOffline(group);
    }
  });
  group.on('remove', function () {
    map.getContainer().classList.remove('sit-fondo-sin-conexion');
  });
  return group;
}

function drawOffline(group) {
  fetchJson(base + '/collections?f=json').then(function (answer) {
    var ids = (answer.collections || []).map(function (c) { return c.id; });
    var land = LAND.filter(function (id) { return ids.indexOf(id) >= 0; })[0];
    var parts = [[land, {fillColor: '#f2efe9'}], [URBAN, {fillColor: '#dcd7ce'}]];
    // Land first, then the urban areas over it.
    return parts.filter(function (p) { return p[0] && ids.indexOf(p[0]) >= 0; }).reduce(function (chain, p) {
      return chain.then(function () {
        return fetchJson(base + '/collections/' + p[0] + '/items?f=json&limit=10000');
      }).then(function (data) {
        group.addLayer(L.geoJSON(data, {pane: 'sit-fondo', interactive: false,
          style: Object.assign({stroke: false, fillOpacity: 1}, p[1])}));
      });
    }, Promise.resolve());
  }).catch(function () {
    // The background colour alone still tells land from nothing; the layers of the page report their own errors.
  });
}
