/*
 * Two map tools, as buttons under the zoom: "Medir" (click points on the map: the geodesic length of the line, and
 * the area of the polygon they close once there are three; "Terminar" or Esc ends) and "Ir a coordenadas"
 * (latitude and longitude in decimal degrees, in either order, "-39.81, -73.25" or "-73.25 -39.81"; a marker shows
 * the place). Results are written in Chile's format.
 *
 * For tests: window.sitMap.tools = {goTo(text), measuring()}.
 */
import {el} from './mapa-util.js';
import {decimal} from './formato.js';
import {state} from './mapa-capas.js';

var EARTH = 6378137;
var measure = null;
var place = null;

/** Metres along the line (great circles, as Leaflet's distance). */
function length(points) {
  var metres = 0;
  for (var i = 1; i < points.length; i++) {
    metres += state.map.distance(points[i - 1], points[i]);
  }
  return metres;
}

/** Square metres of the spherical polygon (the formula Leaflet.draw uses for geodesic areas). */
export function sphericalArea(points) {
  var area = 0;
  for (var i = 0; i < points.length; i++) {
    var p1 = points[i];
    var p2 = points[(i + 1) % points.length];
    area += (p2.lng - p1.lng) * Math.PI / 180
        * (2 + Math.sin(p1.lat * Math.PI / 180) + Math.sin(p2.lat * Math.PI / 180));
  }
  return Math.abs(area * EARTH * EARTH / 2);
}

function distanceText(metres) {
  return metres >= 1000 ? decimal(metres / 1000, 2) + ' km' : decimal(metres, 0) + ' m';
}

function areaText(m2) {
  return m2 >= 1e6 ? decimal(m2 / 1e6, 2) + ' km²' : decimal(m2 / 1e4, 2) + ' ha';
}

function box() {
  return document.getElementById('sit-tool-result');
}

function show(text) {
  var b = box();
  b.textContent = text;
  b.hidden = !text;
}

function redraw() {
  var points = measure.points;
  measure.line.setLatLngs(points);
  measure.area.setLatLngs(points.length >= 3 ? points : []);
  var text = points.length < 2 ? 'Haga clic en el mapa para medir; Esc o «Terminar» para acabar.'
      : 'Distancia: ' + distanceText(length(points));
  if (points.length >= 3) {
    text += ' · Área del polígono: ' + areaText(sphericalArea(points));
  }
  show(text);
  box().dataset.metres = String(Math.round(length(points)));
  box().dataset.squareMetres = String(points.length >= 3 ? Math.round(sphericalArea(points)) : 0);
}

function addPoint(event) {
  state.map.closePopup();
  measure.points.push(event.latlng);
  redraw();
}

function stopMeasuring() {
  if (!measure) {
    return;
  }
  state.map.off('click', addPoint);
  measure.line.remove();
  measure.area.remove();
  measure.button.textContent = 'Medir';
  measure.button.setAttribute('aria-pressed', 'false');
  state.map.getContainer().classList.remove('sit-measuring');
  state.measuring = false;
  measure = null;
  show('');
}

function startMeasuring(button) {
  stopMeasuring();
  measure = {points: [], button: button,
    line: L.polyline([], {color: '#b71c1c', weight: 3, dashArray: '6 4', interactive: false}).addTo(state.map),
    area: L.polygon([], {color: '#b71c1c', weight: 0, fillOpacity: 0.15, interactive: false}).addTo(state.map)};
  button.textContent = 'Terminar';
  button.setAttribute('aria-pressed', 'true');
  state.map.getContainer().classList.add('sit-measuring');
  state.measuring = true;
  state.map.on('click', addPoint);
  redraw();
}

/** The place a text names: two numbers in decimal degrees, latitude and longitude in either order; or null. */
export function parseCoordinates(text) {
  var numbers = String(text).replace(/(\d),(\d)/g, '$1.$2').match(/-?\d+(?:\.\d+)?/g);
  if (!numbers || numbers.length !== 2) {
    return null;
  }
  var a = Number(numbers[0]);
  var b = Number(numbers[1]);
  // Chile's longitudes (-66 to -110 with the islands) are further from zero than any of its latitudes (-17 to -56
  // on the continent, -90 in the Antarctic territory): the number that cannot be a latitude is the longitude.
  var lat = Math.abs(a) <= 90 && (Math.abs(b) > 90 || Math.abs(a) <= Math.abs(b)) ? a : b;
  var lon = lat === a ? b : a;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    return null;
  }
  return L.latLng(lat, lon);
}

function goTo(text) {
  var at = parseCoordinates(text);
  var error = document.getElementById('sit-goto-error');
  if (!at) {
    error.textContent = 'Escriba latitud y longitud en grados decimales, por ejemplo -39.814, -73.246.';
    error.hidden = false;
    return false;
  }
  error.hidden = true;
  if (place) {
    place.remove();
  }
  place = L.marker(at, {title: 'Coordenadas buscadas', keyboard: false}).addTo(state.map)
      .bindPopup(el('span', null, 'Latitud ' + decimal(at.lat, 5) + ', longitud ' + decimal(at.lng, 5)));
  state.map.setView(at, Math.max(state.map.getZoom(), 13), {animate: false});
  place.openPopup();
  return true;
}

function toolButton(text, title) {
  var button = el('button', 'sit-tool-button', text);
  button.type = 'button';
  button.title = title;
  return button;
}

export function setUpTools() {
  var control = L.control({position: 'topleft'});
  control.onAdd = function () {
    var root = el('div', 'leaflet-bar sit-tools');
    var measureButton = toolButton('Medir', 'Medir distancia y área');
    measureButton.setAttribute('aria-pressed', 'false');
    measureButton.addEventListener('click', function () {
      if (measure) {
        stopMeasuring();
      } else {
        startMeasuring(measureButton);
      }
    });
    var gotoButton = toolButton('Ir a…', 'Ir a coordenadas');
    gotoButton.setAttribute('aria-controls', 'sit-goto');
    gotoButton.setAttribute('aria-expanded', 'false');
    var form = el('form', 'sit-goto');
    form.id = 'sit-goto';
    form.hidden = true;
    var label = el('label', 'sit-visually-hidden', 'Coordenadas: latitud y longitud');
    label.htmlFor = 'sit-goto-input';
    var input = el('input');
    input.id = 'sit-goto-input';
    input.placeholder = '-39.814, -73.246';
    input.autocomplete = 'off';
    var go = el('button', null, 'Ir');
    go.type = 'submit';
    var error = el('p', 'sit-goto-error');
    error.id = 'sit-goto-error';
    error.setAttribute('role', 'alert');
    error.hidden = true;
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(go);
    form.appendChild(error);
    gotoButton.addEventListener('click', function () {
      form.hidden = !form.hidden;
      gotoButton.setAttribute('aria-expanded', String(!form.hidden));
      if (!form.hidden) {
        input.focus();
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      goTo(input.value);
    });
    var result = el('p', 'sit-tool-result');
    result.id = 'sit-tool-result';
    result.setAttribute('aria-live', 'polite');
    result.hidden = true;
    root.appendChild(measureButton);
    root.appendChild(gotoButton);
    root.appendChild(form);
    root.appendChild(result);
    L.DomEvent.disableClickPropagation(root);
    L.DomEvent.disableScrollPropagation(root);
    return root;
  };
  control.addTo(state.map);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      stopMeasuring();
    }
  });
  window.sitMap.tools = {goTo: goTo, measuring: function () { return !!measure; }};
}
