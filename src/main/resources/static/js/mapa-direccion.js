/*
 * The map's address holds what is needed to share a view: #mapa=zoom/lat/lon once the person moves the map
 * (a territory focused with #territorio= needs no view of its own), #capas=id,id when the visible layers differ
 * from the start ones, and #pestana= when a tab other than "Capas" is open. They sit beside #anio= and
 * #territorio= (mapa-anio.js, mapa-comunas.js); opening such an address shows the same view.
 */
import {setAddressPart} from './mapa-util.js';
import {state} from './mapa-capas.js';

var following = false;
var moving = 0;
var startLayers = '';
var panningForPopup = false;

/** One part of the address (#name=value), or null. */
export function addressPart(name) {
  var match = new RegExp('(?:^#|&)' + name + '=([^&]*)').exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

/** The view #mapa=zoom/lat/lon names, or null. */
export function addressView() {
  var match = /^(\d{1,2}(?:\.\d+)?)\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(addressPart('mapa') || '');
  if (!match) {
    return null;
  }
  var zoom = Number(match[1]);
  var lat = Number(match[2]);
  var lon = Number(match[3]);
  return Math.abs(lat) <= 85 && Math.abs(lon) <= 180 ? {zoom: zoom, center: [lat, lon]} : null;
}

/** The collection ids #capas= names (an empty list for #capas= alone), or null when the address has none. */
export function addressLayers() {
  var value = addressPart('capas');
  return value === null ? null : value.split(',').filter(Boolean);
}

/** Runs a move the page makes by itself (fitting a territory, the print sheet): it does not touch #mapa=. */
export function movedByPage(move) {
  moving++;
  try {
    return move();
  } finally {
    moving--;
  }
}

function visibleLayers() {
  return Object.keys(state.layers).filter(function (id) { return state.map.hasLayer(state.layers[id]); }).join(',');
}

function writeView() {
  if (moving || panningForPopup) {
    panningForPopup = false;
    return;
  }
  var c = state.map.getCenter();
  setAddressPart('mapa', state.map.getZoom() + '/' + c.lat.toFixed(5) + '/' + c.lng.toFixed(5));
  setAddressPart('territorio', '');
}

/** Keeps #capas= in step with the visible layers (called when a layer is switched on or off). */
export function writeLayers() {
  if (following) {
    var now = visibleLayers();
    setAddressPart('capas', now === startLayers ? '' : now || ',');
  }
}

/** Keeps #pestana= in step with the open tab. */
export function writeTab(name) {
  if (following) {
    setAddressPart('pestana', name === 'capas' ? '' : name);
  }
}

/** From now on the address follows the person's moves, layers and tabs; {@code defaults} are the start layers. */
export function followView(defaults) {
  startLayers = defaults.join(',');
  following = true;
  state.map.on('moveend', writeView);
  // A popup that opens near the edge pans the map to show itself: that is no view of the person's choosing.
  state.map.on('autopanstart', function () { panningForPopup = true; });
}
