#!/usr/bin/env python3
"""Edit workers of bench/load.sh (standard library only).

  editors.py BASE ADMIN_PASSWORD SECONDS WORKERS OUT.json

Creates one editor of Corral (14102), then runs WORKERS threads for SECONDS. Each thread loops: create a point in
a21-residuos, update it with If-Match (merge patch), and delete every third one; one more thread saves land-use
polygons of 2,000 vertices (a slow writer); one more pair races on one feature with the same ETag (exactly one must
win each round). Every answer is recorded. Afterwards every feature a thread believes in is read back as the editor
and compared with what was last written, every deleted one must be gone, and the history of each must hold one row
per accepted change. The result (counts, latencies, and "lost": features whose stored state differs) goes to OUT.
"""
import base64
import json
import math
import random
import sys
import threading
import time
import urllib.error
import urllib.request

BASE, ADMIN_PASSWORD, SECONDS, WORKERS, OUT = sys.argv[1], sys.argv[2], float(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
EDITOR = ("carga-corral", "clave-carga-corral-2026")
WASTE = "a21-residuos"
LAND_USE = "a21-uso-suelo"
# A box well inside Corral (14102).
CORRAL = (-73.392, -39.986, -73.388, -39.982)


def call(method, path, body=None, user=EDITOR, headers=None, content_type="application/geo+json"):
    data = None if body is None else json.dumps(body).encode("utf-8")
    req = urllib.request.Request(BASE + path, data=data, method=method)
    token = base64.b64encode(f"{user[0]}:{user[1]}".encode()).decode()
    req.add_header("Authorization", "Basic " + token)
    req.add_header("Accept", "application/json")
    if data is not None:
        req.add_header("Content-Type", content_type)
    for k, v in (headers or {}).items():
        req.add_header(k, v)
    t0 = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, r.headers, r.read(), time.monotonic() - t0
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read(), time.monotonic() - t0


class Ledger:
    def __init__(self):
        self.lock = threading.Lock()
        self.features = {}  # (layer, id) -> {"deleted": bool, "props": dict, "changes": int}
        self.status = {}
        self.latencies = []
        self.race_rounds = 0
        self.race_bad = []

    def answer(self, kind, status, seconds):
        with self.lock:
            self.status[f"{kind} {status}"] = self.status.get(f"{kind} {status}", 0) + 1
            self.latencies.append(seconds)


def point(rnd):
    return {"type": "Point", "coordinates": [round(rnd.uniform(CORRAL[0], CORRAL[2]), 6),
                                             round(rnd.uniform(CORRAL[1], CORRAL[3]), 6)]}


def circle(rnd, vertices):
    cx, cy = rnd.uniform(-73.3915, -73.3885), rnd.uniform(-39.9855, -39.9825)
    ring = [[round(cx + 0.0004 * math.cos(2 * math.pi * i / vertices), 7),
             round(cy + 0.0004 * math.sin(2 * math.pi * i / vertices), 7)] for i in range(vertices)]
    return {"type": "Polygon", "coordinates": [ring + [ring[0]]]}


def create(ledger, layer, props, geometry):
    status, headers, body, sec = call("POST", f"/collections/{layer}/items",
                                      {"type": "Feature", "properties": props, "geometry": geometry})
    ledger.answer("create", status, sec)
    if status != 201:
        return None, None
    fid = json.loads(body)["id"]
    with ledger.lock:
        ledger.features[(layer, fid)] = {"deleted": False, "props": dict(props), "changes": 1}
    return fid, headers["ETag"]


def waste_worker(ledger, seed, deadline):
    rnd = random.Random(seed)
    n = 0
    while time.monotonic() < deadline:
        n += 1
        fid, etag = create(ledger, WASTE, {"tipo": "Punto limpio", "estado": "Operativo", "fecha": "2024-03-01"},
                           point(rnd))
        if fid is None:
            continue
        estado = rnd.choice(["Cerrado", "Abandonado", "Operativo"])
        status, headers, _, sec = call("PATCH", f"/collections/{WASTE}/items/{fid}", {"properties": {"estado": estado}},
                                       headers={"If-Match": etag}, content_type="application/merge-patch+json")
        ledger.answer("update", status, sec)
        if status == 200:
            with ledger.lock:
                f = ledger.features[(WASTE, fid)]
                f["props"]["estado"] = estado
                f["changes"] += 1
            etag = headers["ETag"]
        if n % 3 == 0:
            status, _, _, sec = call("DELETE", f"/collections/{WASTE}/items/{fid}", headers={"If-Match": etag})
            ledger.answer("delete", status, sec)
            if status == 204:
                with ledger.lock:
                    ledger.features[(WASTE, fid)]["deleted"] = True
                    ledger.features[(WASTE, fid)]["changes"] += 1


def polygon_worker(ledger, seed, deadline):
    rnd = random.Random(seed)
    while time.monotonic() < deadline:
        create(ledger, LAND_USE, {"uso": "Bosques", "anio": 2024}, circle(rnd, 2000))


def race_worker(ledger, seed, deadline):
    rnd = random.Random(seed)
    fid, etag = create(ledger, WASTE, {"tipo": "Punto verde", "estado": "Operativo", "fecha": "2024-03-01"},
                       point(rnd))
    if fid is None:
        return
    while time.monotonic() < deadline:
        answers = [None, None]

        def patch(i, value):
            answers[i] = call("PATCH", f"/collections/{WASTE}/items/{fid}", {"properties": {"estado": value}},
                              headers={"If-Match": etag}, content_type="application/merge-patch+json")

        values = ["Cerrado", "Abandonado"]
        threads = [threading.Thread(target=patch, args=(i, values[i])) for i in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        codes = sorted(a[0] for a in answers)
        for a in answers:
            ledger.answer("race", a[0], a[3])
        with ledger.lock:
            ledger.race_rounds += 1
            if codes != [200, 412] and codes != [200, 409]:
                ledger.race_bad.append(codes)
        winners = [(i, a) for i, a in enumerate(answers) if a[0] == 200]
        if len(winners) == 1:
            i, a = winners[0]
            etag = a[1]["ETag"]
            with ledger.lock:
                f = ledger.features[(WASTE, fid)]
                f["props"]["estado"] = values[i]
                f["changes"] += 1


def verify(ledger):
    lost = []
    for (layer, fid), expected in ledger.features.items():
        status, _, body, _ = call("GET", f"/collections/{layer}/items/{fid}")
        if expected["deleted"]:
            if status != 404:
                lost.append(f"{layer}/{fid}: deleted but GET gave {status}")
        elif status != 200:
            lost.append(f"{layer}/{fid}: GET gave {status}")
        else:
            props = json.loads(body)["properties"]
            for k, v in expected["props"].items():
                if props.get(k) != v:
                    lost.append(f"{layer}/{fid}: {k} = {props.get(k)!r}, last written {v!r}")
        status, _, body, _ = call("GET", f"/collections/{layer}/items/{fid}/history")
        rows = len(json.loads(body)) if status == 200 else -1
        if rows != expected["changes"]:
            lost.append(f"{layer}/{fid}: {rows} history rows, {expected['changes']} accepted changes")
    return lost


def main():
    status, _, body, _ = call("POST", "/api/users", {"username": EDITOR[0], "password": EDITOR[1], "roles": ["editor"]},
                              user=("admin", ADMIN_PASSWORD), content_type="application/json")
    if status not in (201, 409):
        sys.exit(f"cannot create the editor: {status} {body[:200]!r}")
    status, _, body, _ = call("POST", f"/api/users/{EDITOR[0]}/grants", {"cut": "14102", "layer": "*"},
                              user=("admin", ADMIN_PASSWORD), content_type="application/json")
    if status not in (200, 201, 204):
        sys.exit(f"cannot grant Corral to the editor: {status} {body[:200]!r}")
    ledger = Ledger()
    deadline = time.monotonic() + SECONDS
    threads = [threading.Thread(target=waste_worker, args=(ledger, i, deadline)) for i in range(WORKERS)]
    threads.append(threading.Thread(target=polygon_worker, args=(ledger, 99, deadline)))
    threads.append(threading.Thread(target=race_worker, args=(ledger, 98, deadline)))
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.monotonic() - t0
    lost = verify(ledger)
    lat = sorted(ledger.latencies) or [0]
    result = {
        "seconds": round(elapsed, 1),
        "answers": dict(sorted(ledger.status.items())),
        "writes_per_s": round(len(ledger.latencies) / elapsed, 1),
        "write_p50_ms": round(lat[len(lat) // 2] * 1000, 1),
        "write_p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000, 1),
        "write_max_ms": round(lat[-1] * 1000, 1),
        "features_checked": len(ledger.features),
        "race_rounds": ledger.race_rounds,
        "race_not_exactly_one_winner": ledger.race_bad[:10],
        "lost": lost[:20],
        "lost_count": len(lost),
    }
    with open(OUT, "w", encoding="utf-8") as f:
        json.dump(result, f, indent=1)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
