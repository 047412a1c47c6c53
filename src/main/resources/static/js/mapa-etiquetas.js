/*
 * Label points of polygons: a point well inside the largest part of a polygon (an approximate pole of
 * inaccessibility found by a refining grid), so a commune name never falls in the sea or in a neighbour.
 */

function ringArea(ring) {
  var sum = 0;
  for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j][0] + ring[i][0]) * (ring[j][1] - ring[i][1]);
  }
  return Math.abs(sum / 2);
}

/** At most max vertices of a ring, for label placement only. */
function thin(ring, max) {
  if (ring.length <= max) {
    return ring;
  }
  var step = Math.ceil(ring.length / max);
  var out = [];
  for (var i = 0; i < ring.length; i += step) {
    out.push(ring[i]);
  }
  out.push(ring[0]);
  return out;
}

function inside(x, y, rings) {
  var odd = false;
  rings.forEach(function (ring) {
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var xi = ring[i][0], yi = ring[i][1], xj = ring[j][0], yj = ring[j][1];
      if ((yi > y) !== (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
        odd = !odd;
      }
    }
  });
  return odd;
}

/** Squared distance from (x, y) to the nearest edge; x is scaled by kx so distances are roughly metric. */
function edgeDistance(x, y, rings, kx) {
  var best = Infinity;
  rings.forEach(function (ring) {
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var ax = ring[j][0] * kx, ay = ring[j][1], bx = ring[i][0] * kx, by = ring[i][1];
      var px = x * kx, dx = bx - ax, dy = by - ay;
      var t = dx || dy ? ((px - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy) : 0;
      t = Math.max(0, Math.min(1, t));
      var ex = ax + t * dx - px, ey = ay + t * dy - y;
      best = Math.min(best, ex * ex + ey * ey);
    }
  });
  return best;
}

/** The label point of a Polygon or MultiPolygon GeoJSON geometry as an L.LatLng, or null. */
export function labelPoint(geometry) {
  var polygons = geometry.type === 'Polygon' ? [geometry.coordinates]
      : geometry.type === 'MultiPolygon' ? geometry.coordinates : null;
  if (!polygons || !polygons.length) {
    return null;
  }
  var largest = polygons.reduce(function (a, b) { return ringArea(b[0]) > ringArea(a[0]) ? b : a; });
  var rings = largest.map(function (ring) { return thin(ring, 400); });
  var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  rings[0].forEach(function (c) {
    minX = Math.min(minX, c[0]); maxX = Math.max(maxX, c[0]);
    minY = Math.min(minY, c[1]); maxY = Math.max(maxY, c[1]);
  });
  var kx = Math.cos((minY + maxY) / 2 * Math.PI / 180);
  var best = null, bestDistance = -1;
  var cx = (minX + maxX) / 2, cy = (minY + maxY) / 2, w = maxX - minX, h = maxY - minY;
  for (var round = 0; round < 4; round++) {
    var n = round === 0 ? 20 : 8;
    for (var i = 0; i <= n; i++) {
      for (var j = 0; j <= n; j++) {
        var x = cx - w / 2 + w * i / n, y = cy - h / 2 + h * j / n;
        if (inside(x, y, rings)) {
          var d = edgeDistance(x, y, rings, kx);
          if (d > bestDistance) {
            bestDistance = d;
            best = [x, y];
          }
        }
      }
    }
    if (!best) {
      break;
    }
    cx = best[0]; cy = best[1]; w = w / n * 2; h = h / n * 2;
  }
  return best ? L.latLng(best[1], best[0]) : null;
}
