/*
 * Vertex snapping for the editor (Leaflet.draw has none, and no snapping plugin is published as a webjar): a vertex
 * being drawn or dragged jumps to the nearest existing vertex within TOLERANCE_PX screen pixels, and a ring on the
 * map shows where it will land.
 *
 * Candidates are given by a function (the editor passes the vertices of the layer's features in the commune, the
 * feature being edited and the commune's outline). Their pixel positions are computed once per drawing or drag
 * (and again after a zoom), so each mouse move is one pass over an array of numbers.
 *
 * Only public APIs are used: Leaflet.draw's addVertex (wrapped on the handler instance) and Leaflet's marker
 * events ('dragstart', 'move', 'dragend') and setLatLng.
 */
var TOLERANCE_PX = 10;

export function createSnapper(map, candidates) {
  var enabled = true;
  var cache = null;        // {zoom, points: [x, y, ...], latlngs: [[lon, lat], ...]}
  var exclude = null;      // a vertex not to snap to (the dragged vertex's own start), as [lon, lat]
  var indicator = L.circleMarker([0, 0], {radius: 8, color: '#ff6f00', weight: 2, fill: false, interactive: false,
    className: 'sit-snap-indicator'});

  function prepare(without) {
    exclude = without || null;
    cache = null;
  }

  function pixels() {
    var zoom = map.getZoom();
    if (!cache || cache.zoom !== zoom) {
      var all = candidates();
      var points = new Float64Array(all.length * 2);
      for (var i = 0; i < all.length; i++) {
        var p = map.project([all[i][1], all[i][0]], zoom);
        points[2 * i] = p.x;
        points[2 * i + 1] = p.y;
      }
      cache = {zoom: zoom, points: points, latlngs: all};
    }
    return cache;
  }

  /** The nearest candidate vertex within the tolerance, as an L.LatLng, or null. */
  function target(latlng) {
    if (!enabled) {
      return null;
    }
    var c = pixels();
    var p = map.project(latlng, c.zoom);
    var best = -1;
    var bestD = TOLERANCE_PX * TOLERANCE_PX;
    for (var i = 0; i < c.latlngs.length; i++) {
      var dx = c.points[2 * i] - p.x;
      var dy = c.points[2 * i + 1] - p.y;
      var d = dx * dx + dy * dy;
      if (d <= bestD && !(exclude && c.latlngs[i][0] === exclude[0] && c.latlngs[i][1] === exclude[1])) {
        bestD = d;
        best = i;
      }
    }
    return best < 0 ? null : L.latLng(c.latlngs[best][1], c.latlngs[best][0]);
  }

  function show(latlng) {
    if (latlng) {
      indicator.setLatLng(latlng);
      if (!map.hasLayer(indicator)) {
        indicator.addTo(map);
      }
    } else if (map.hasLayer(indicator)) {
      map.removeLayer(indicator);
    }
  }

  /** The point snapped (a new L.LatLng) or the point itself. */
  function snap(latlng) {
    return target(latlng) || latlng;
  }

  /** Snaps the vertices a Leaflet.draw line or polygon handler adds, and shows the target while drawing. */
  function watchDrawing(handler) {
    prepare(null);
    if (typeof handler.addVertex === 'function' && !handler.sitSnaps) {
      var addVertex = handler.addVertex;
      handler.addVertex = function (latlng) {
        return addVertex.call(this, snap(latlng));
      };
      handler.sitSnaps = true;
    }
    function follow(e) {
      show(target(e.latlng));
    }
    map.on('mousemove', follow);
    return function stop() {
      map.off('mousemove', follow);
      show(null);
    };
  }

  /** Snaps a draggable marker (a vertex handle or a point) when it is dropped near a vertex. */
  function watchMarker(marker) {
    var dragging = false;
    var snapping = false;
    marker.on('dragstart', function () {
      var start = marker.getLatLng();
      prepare([start.lng, start.lat]);
      dragging = true;
    });
    marker.on('move', function (e) {
      if (!dragging || snapping) {
        return;
      }
      var to = target(e.latlng);
      show(to);
      if (to) {
        // Runs before Leaflet.draw's 'drag' listener, which copies the marker's position into the shape.
        snapping = true;
        marker.setLatLng(to);
        snapping = false;
      }
    });
    marker.on('dragend', function () {
      dragging = false;
      show(null);
    });
  }

  map.on('zoomend', function () {
    if (cache) {
      cache.zoom = null;
    }
  });

  return {
    snap: snap,
    target: target,
    prepare: prepare,
    watchDrawing: watchDrawing,
    watchMarker: watchMarker,
    setEnabled: function (on) {
      enabled = on;
      if (!on) {
        show(null);
      }
    },
    enabled: function () { return enabled; }
  };
}
