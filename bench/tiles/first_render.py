#!/usr/bin/env python3
"""First render of the map's investment layer: the compact tiles of the initial view, fetched as the browser does.

Mirrors Leaflet: fitBounds of the view's bounds (padding 10 px, zoomSnap 0.5, minZoom 5), tiles at the rounded
zoom, every 256 px tile the map container shows, fetched over 6 connections (Chrome's per-host limit on HTTP/1.1).
Prints the zoom, tile count, non-empty tiles, bytes (body, as sent) and wall time; also the form and count calls
the page makes. Usage:
  first_render.py BASE_URL WEST SOUTH EAST NORTH [WIDTH HEIGHT] [QUERY]
"""
import math
import sys
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def merc(lon, lat, z):
    n = 256 * 2 ** z
    x = (lon + 180) / 360 * n
    s = math.sin(math.radians(lat))
    y = (0.5 - math.log((1 + s) / (1 - s)) / (4 * math.pi)) * n
    return x, y


def fit_zoom(w, s, e, n, width, height, pad=10):
    zoom = 5.0
    z = 5.0
    while z <= 18:
        x0, y0 = merc(w, n, z)
        x1, y1 = merc(e, s, z)
        if x1 - x0 <= width - 2 * pad and y1 - y0 <= height - 2 * pad:
            zoom = z
        z += 0.5
    return zoom


def fetch(url):
    t = time.time()
    with urllib.request.urlopen(url) as r:
        body = r.read()
        return r.status, len(body), time.time() - t


def main():
    base, w, s, e, n = sys.argv[1], *map(float, sys.argv[2:6])
    width, height = (int(sys.argv[6]), int(sys.argv[7])) if len(sys.argv) > 7 else (1100, 900)
    query = sys.argv[8] if len(sys.argv) > 8 else ''
    zoom = fit_zoom(w, s, e, n, width, height)
    tz = int(math.floor(zoom + 0.5))
    scale = 2 ** (tz - zoom)
    cx, cy = merc((w + e) / 2, (s + n) / 2, tz)
    half_w, half_h = width / 2 * scale, height / 2 * scale
    xs = range(int((cx - half_w) // 256), int((cx + half_w) // 256) + 1)
    ys = range(max(0, int((cy - half_h) // 256)), min(2 ** tz - 1, int((cy + half_h) // 256)) + 1)
    urls = [f'{base}/tiles/proyectos-inversion/{tz}/{x}/{y}.mvt?compact=true{query}' for x in xs for y in ys]
    t = time.time()
    with ThreadPoolExecutor(6) as pool:
        results = list(pool.map(fetch, urls))
    wall = time.time() - t
    sizes = [r[1] for r in results]
    slowest = max(r[2] for r in results)
    print(f'view zoom {zoom} (tiles z{tz}), {len(urls)} tiles, {sum(1 for r in results if r[0] == 200)} with data, '
          f'{sum(sizes)} bytes ({sum(sizes) / 1e6:.2f} MB), largest {max(sizes)} bytes, wall {wall:.2f} s, '
          f'slowest tile {slowest:.2f} s')
    for path in ('/api/investments/map/count?' + query.lstrip('&'), '/api/investments/map/form'):
        status, size, took = fetch(base + path)
        print(f'{path}: {status}, {size} bytes, {took:.2f} s')


if __name__ == '__main__':
    main()
