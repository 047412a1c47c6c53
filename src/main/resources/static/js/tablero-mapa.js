/*
 * The dashboard's map: the communes of the gap-free coverage (collection comunas, as on the main map) coloured by
 * the investment the other filters leave in each (quantiles, clases.js), the filtered communes outlined. A click on
 * a commune toggles its filter. No base map: the shapes are the map.
 */
import {el, fetchAllFeatures} from './mapa-util.js';
import {classBreaks, classOf, NO_DATA_COLOUR, palette} from './clases.js';
import {millions} from './formato.js';

var CLASSES = 5;

/**
 * Builds the map in the element {@code id}; {@code onToggle(cut)} is called on a click. Returns {ready: a promise
 * resolved once the communes are drawn, update(bars, selected), layerOf(cut)}.
 */
export function communeMap(id, legendId, onToggle) {
  var map = L.map(id, {zoomSnap: 0.25, minZoom: 5, maxZoom: 14, attributionControl: false});
  map.setView([-40.0, -72.6], 7.5);
  var layers = {};
  var values = {};
  var group = null;
  var extent = null;       // the communes with investment, fitted whenever the map's box changes size

  var ready = fetchAllFeatures('comunas').then(function (features) {
    group = L.geoJSON({type: 'FeatureCollection', features: features}, {
      style: function (feature) {
        return {className: 'sit-dash-commune sit-dash-c-' + feature.id, weight: 1, color: '#455a64',
          fillColor: NO_DATA_COLOUR, fillOpacity: 0.85};
      },
      onEachFeature: function (feature, layer) {
        var cut = String(feature.id);
        layers[cut] = layer;
        layer.bindTooltip(function () {
          var box = el('div');
          box.appendChild(el('strong', null, (feature.properties || {}).nombre || cut));
          box.appendChild(el('div', null, values[cut] === undefined ? 'Sin inversión' : millions(values[cut])));
          return box;
        }, {sticky: true});
        layer.on('click', function () { onToggle(cut); });
      }
    }).addTo(map);
    return features.length;
  });

  function update(bars, selected) {
    values = {};
    bars.forEach(function (b) { values[b.valor] = b.total_clp; });
    var positive = bars.map(function (b) { return b.total_clp; }).filter(function (v) { return v > 0; });
    var breaks = positive.length ? classBreaks('cuantiles', positive, Math.min(CLASSES, positive.length)) : [];
    var colours = palette(Math.max(1, breaks.length - 1));
    var bounds = L.latLngBounds([]);
    Object.keys(layers).forEach(function (cut) {
      var v = values[cut];
      var chosen = selected.indexOf(cut) >= 0;
      var k = v > 0 ? classOf(v, breaks) : -1;
      layers[cut].setStyle({fillColor: k >= 0 ? colours[k] : NO_DATA_COLOUR, weight: chosen ? 3.5 : 1,
        color: chosen ? '#bf360c' : '#455a64'});
      if (chosen) {
        layers[cut].bringToFront();
      }
      if (v !== undefined) {
        bounds.extend(layers[cut].getBounds());
      }
    });
    if (!extent && bounds.isValid()) {
      extent = bounds;
      fit();
    }
    legend(document.getElementById(legendId), breaks, colours);
  }

  // The box takes its height from the charts beside it, known only once they are drawn.
  function fit() {
    map.invalidateSize();
    if (extent) {
      map.fitBounds(extent, {padding: [8, 8]});
    }
  }
  if (window.ResizeObserver) {
    new ResizeObserver(fit).observe(document.getElementById(id));
  }

  return {map: map, ready: ready, update: update, layerOf: function (cut) { return layers[cut]; }};
}

function legend(box, breaks, colours) {
  box.replaceChildren();
  for (var i = 0; i + 1 < breaks.length; i++) {
    box.appendChild(item(colours[i], millions(breaks[i]) + ' – ' + millions(breaks[i + 1])));
  }
  box.appendChild(item(NO_DATA_COLOUR, 'Sin inversión'));
  box.appendChild(item(null, 'Borde naranjo: comuna filtrada'));
}

function item(colour, text) {
  var li = el('li');
  var swatch = el('span', 'sit-dash-swatch' + (colour ? '' : ' sit-dash-swatch-chosen'));
  swatch.setAttribute('aria-hidden', 'true');
  if (colour) {
    swatch.style.background = colour;
  }
  li.appendChild(swatch);
  li.appendChild(document.createTextNode(text));
  return li;
}
