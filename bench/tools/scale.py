#!/usr/bin/env python3
"""Helpers of bench/scale.sh (standard library only).

  scale.py csv COMMUNES.geojson N BATCH OUTDIR [SEED]
      writes N projects as BIP CSV files of BATCH rows (OUTDIR/part-0001.csv, ...): points (85 %), lines (10 %) and
      polygons (5 %) inside the given communes (rejection sampling in each commune's bounding box), communes drawn
      in proportion to the square root of their area, Chilean number format, stages in capitals.
  scale.py time URL REPEAT
      GETs URL REPEAT times after one warm-up; prints "median_ms min_ms max_ms bytes status".
  scale.py page WEBDRIVER_URL PAGE_URL [READY_JS]
      opens PAGE_URL twice in headless Chromium through a running chromedriver (W3C WebDriver over HTTP), a new
      browser profile each run, and waits each time until READY_JS (a JavaScript expression; by default
      body[data-sit-ready="true"]) is true; prints one line per visit, the first (nothing cached in the browser)
      then the second: "ready_ms transferred_bytes requests slowest_ms slowest_request".
"""
import json
import math
import random
import statistics
import sys
import time
import urllib.error
import urllib.request

PROGRAMMES = ["FNDR", "FRIL", "PMU", "PMB", "MOP", "MINVU", "Chile Emprende", "PIRDT", "MINSAL", "MINEDUC"]
SECTORS = ["Transporte", "Salud", "Educación", "Vivienda", "Deportes", "Agua potable", "Energía", "Turismo"]
STAGES = ["IDEA", "PERFIL", "PREFACTIBILIDAD", "FACTIBILIDAD", "DISEÑO", "EJECUCION"]
STATUSES = ["", "EN EJECUCION", "TERMINADO", "PARALIZADO"]


def rings(geometry):
    polys = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    return [p for p in polys]


def inside(x, y, polys):
    """Even-odd rule over every ring of every polygon."""
    hit = False
    for poly in polys:
        for ring in poly:
            j = len(ring) - 1
            for i in range(len(ring)):
                xi, yi = ring[i][0], ring[i][1]
                xj, yj = ring[j][0], ring[j][1]
                if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
                    hit = not hit
                j = i
    return hit


def csv_parts(communes_path, n, batch, outdir, seed):
    rnd = random.Random(seed)
    features = json.load(open(communes_path))["features"]
    communes = []
    for f in features:
        polys = rings(f["geometry"])
        xs = [c[0] for p in polys for r in p for c in r]
        ys = [c[1] for p in polys for r in p for c in r]
        box = (min(xs), min(ys), max(xs), max(ys))
        area = (box[2] - box[0]) * (box[3] - box[1])
        communes.append((str(f["id"]), polys, box, math.sqrt(max(area, 1e-9))))
    weights = [c[3] for c in communes]
    header = ("EBI_CODIGO;EBI_NOMBRE;PROGRAMA;SECTOR;EBI_ETAPA;ESTADO;EBI_COSTO_TOTAL;CMN_CLAVE;ANIO_INICIO;"
              "ANIO_FIN;LON;LAT;WKT\n")
    out = None
    for i in range(n):
        if i % batch == 0:
            if out:
                out.close()
            out = open(f"{outdir}/part-{i // batch + 1:04d}.csv", "w")
            out.write(header)
        cut, polys, box, _ = rnd.choices(communes, weights)[0]
        for _ in range(200):
            lon, lat = rnd.uniform(box[0], box[2]), rnd.uniform(box[1], box[3])
            if inside(lon, lat, polys):
                break
        else:  # a commune of small islands in a wide box: a vertex of one of them
            lon, lat = rnd.choice(rnd.choice(polys)[0])[:2]
        start = rnd.randint(2003, 2026)
        end = min(2030, start + rnd.choice([0, 0, 1, 1, 2, 3, 5]))
        kind = rnd.random()
        wkt, plon, plat = "", f"{lon:.6f}".replace(".", ","), f"{lat:.6f}".replace(".", ",")
        if kind < 0.10:
            pts = [(lon, lat)]
            for _ in range(rnd.randint(1, 6)):
                pts.append((pts[-1][0] + rnd.uniform(-0.01, 0.01), pts[-1][1] + rnd.uniform(-0.01, 0.01)))
            wkt = "LINESTRING (" + ", ".join(f"{x:.6f} {y:.6f}" for x, y in pts) + ")"
        elif kind < 0.15:
            d = rnd.uniform(0.0005, 0.005)
            wkt = (f"POLYGON (({lon:.6f} {lat:.6f}, {lon + d:.6f} {lat:.6f}, {lon + d:.6f} {lat + d:.6f}, "
                   f"{lon:.6f} {lat + d:.6f}, {lon:.6f} {lat:.6f}))")
        if wkt:
            plon = plat = ""
        cost = rnd.randint(5_000, 3_000_000)
        out.write(";".join([f"{40_000_000 + i}-{i % 10}", f"{rnd.choice(SECTORS)} {i + 1}", rnd.choice(PROGRAMMES),
                            rnd.choice(SECTORS), rnd.choice(STAGES), rnd.choice(STATUSES), f"{cost:,}".replace(",", "."),
                            cut, str(start), str(end), plon, plat, f'"{wkt}"' if wkt else ""]) + "\n")
    if out:
        out.close()


def get(url):
    t0 = time.perf_counter()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": "application/json"}),
                                    timeout=120) as r:
            body = r.read()
            status = r.status
    except urllib.error.HTTPError as e:
        body, status = e.read(), e.code
    return (time.perf_counter() - t0) * 1000, len(body), status


def time_url(url, repeat):
    get(url)
    runs = [get(url) for _ in range(repeat)]
    ms = [r[0] for r in runs]
    print(f"{statistics.median(ms):.1f} {min(ms):.1f} {max(ms):.1f} {runs[-1][1]} {runs[-1][2]}")


def webdriver(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=300) as r:
        return json.load(r)["value"]


READY = "document.body && document.body.dataset.sitReady === 'true'"


def page(driver, url, ready_js=READY):
    caps = {"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": {"args": [
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--window-size=1280,1000"]}}}}
    session = webdriver(driver, "POST", "/session", caps)["sessionId"]
    try:
        def script(text):
            return webdriver(driver, "POST", f"/session/{session}/execute/sync", {"script": text, "args": []})
        # The first visit finds nothing in the browser's cache; the second finds the static files, as a user's
        # second page would. Before them the new browser opens a page of its own (no request to SIT): a visitor's
        # browser is already running, and the first navigation of a fresh Chromium spent about 600 ms of its own
        # before the first byte of SIT's page (the page's document: 650 ms then, 20 ms once the browser had started).
        webdriver(driver, "POST", f"/session/{session}/url", {"url": "data:text/html,<p>SIT</p>"})
        for attempt in range(2):
            t0 = time.perf_counter()
            webdriver(driver, "POST", f"/session/{session}/url", {"url": url})
            while not script(f"return !!({ready_js});"):
                if time.perf_counter() - t0 > 120:
                    raise SystemExit("the page was not ready after 120 s")
                time.sleep(0.02)
            ready = (time.perf_counter() - t0) * 1000
            stats = script("var n = performance.getEntriesByType('navigation')[0];"
                           "var r = performance.getEntriesByType('resource');"
                           "var s = r.slice().sort(function (a, b) { return b.duration - a.duration; })[0];"
                           "return [n.transferSize + r.reduce(function (s, e) { return s + e.transferSize; }, 0),"
                           " r.length, s ? Math.round(s.duration) : 0, s ? new URL(s.name).pathname"
                           " + new URL(s.name).search : '-'];")
            # The slowest request last: it names what holds a page back.
            print(f"{ready:.0f} {stats[0]} {stats[1]} {stats[2]} {stats[3]}")
    finally:
        webdriver(driver, "DELETE", f"/session/{session}")


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "csv":
        csv_parts(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5],
                  int(sys.argv[6]) if len(sys.argv) > 6 else 13)
    elif cmd == "time":
        time_url(sys.argv[2], int(sys.argv[3]))
    elif cmd == "page":
        page(sys.argv[2], sys.argv[3], *sys.argv[4:5])
    else:
        raise SystemExit(__doc__)
