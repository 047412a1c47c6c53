#!/usr/bin/env python3
"""Helpers of bench/run.sh (standard library only).

  bench.py items SIT MAPSERVER RAW        compare the feature ids of three GeoJSON FeatureCollections
  bench.py feature SIT MAPSERVER RAW      compare one GeoJSON Feature (id or cut, number of vertices)
  bench.py tiles SIT MAPSERVER RAW_HEX    feature counts of three MVT tiles (raw as psql hex output)
  bench.py summarize RESULTS.tsv          Markdown table: req/s median [min..max] per target, and ratios

Checks print one line and exit 1 when the targets disagree.
"""
import json
import os
import statistics
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mvt_count import counts  # noqa: E402


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def ids(collection):
    out = []
    for f in collection["features"]:
        fid = f.get("id")
        if fid is None:
            fid = f["properties"].get("id")
        out.append(int(fid))
    return out


def check_items(sit, ms, raw):
    s, m, r = ids(load(sit)), ids(load(ms)), ids(load(raw))
    same = sorted(s) == sorted(m) == sorted(r)
    ordered = s == r
    print("features: SIT %d, MapServer %d, raw %d; same ids: %s; SIT and raw in the same order: %s"
          % (len(s), len(m), len(r), "yes" if same else "NO", "yes" if ordered else "NO"))
    return same and ordered


def vertices(geometry):
    def walk(c):
        if c and isinstance(c[0], (int, float)):
            return 1
        return sum(walk(x) for x in c)
    return walk(geometry["coordinates"])


def check_feature(sit, ms, raw):
    out = []
    for path in (sit, ms, raw):
        f = load(path)
        fid = f.get("id") or f["properties"].get("cut")
        out.append((str(fid), vertices(f["geometry"])))
    same_id = len({i for i, _ in out}) == 1
    same_vertices = len({v for _, v in out}) == 1
    print("feature: SIT %s (%d vertices), MapServer %s (%d), raw %s (%d); same: %s"
          % (out[0][0], out[0][1], out[1][0], out[1][1], out[2][0], out[2][1],
             "yes" if same_id and same_vertices else "NO"))
    return same_id and same_vertices


def read_hex(path):
    text = open(path, encoding="ascii").read().strip()
    if text.startswith("\\x"):
        text = text[2:]
    return bytes.fromhex(text)


def check_tiles(sit, ms, raw, expected_buffered, expected_inside):
    s = sum(counts(open(sit, "rb").read()).values())
    m = sum(counts(open(ms, "rb").read()).values())
    r = sum(counts(read_hex(raw)).values())
    ok = s == r == expected_buffered and m == expected_inside
    print("tile features: SIT %d, raw ST_AsMVT %d (SQL: %d in the tile + 64/4096 buffer); MapServer %d (SQL: %d "
          "inside the tile, MapServer fetches no points in its edge buffer); %s"
          % (s, r, expected_buffered, m, expected_inside, "as expected" if ok else "MISMATCH"))
    return ok


TARGETS = ("SIT", "MapServer", "raw PostGIS")


def fmt(values):
    if not values:
        return "—"
    med = statistics.median(values)
    return "%s [%s..%s]" % (num(med), num(min(values)), num(max(values)))


def num(v):
    return "%.1f" % v if v < 100 else "%.0f" % v


def ratio(a, b):
    if not a or not b:
        return "—"
    mb = statistics.median(b)
    if mb == 0:
        return "—"
    return "%.2f×" % (statistics.median(a) / mb)


def summarize(tsv):
    data = {}
    order = []
    with open(tsv, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            _round, kind, conns, target, rps = line.rstrip("\n").split("\t")
            key = (kind, int(conns))
            if key not in data:
                data[key] = {t: [] for t in TARGETS}
                order.append(key)
            if rps != "n/a":
                data[key][target].append(float(rps))
    print("| request | conns | SIT req/s | MapServer req/s | raw PostGIS req/s | SIT / raw | MapServer / raw "
          "| SIT / MapServer |")
    print("|---|---|---|---|---|---|---|---|")
    for kind, conns in order:
        d = data[(kind, conns)]
        ms = fmt(d["MapServer"]) if d["MapServer"] else "no equivalent"
        print("| %s | %d | %s | %s | %s | %s | %s | %s |" % (kind, conns, fmt(d["SIT"]), ms, fmt(d["raw PostGIS"]),
              ratio(d["SIT"], d["raw PostGIS"]), ratio(d["MapServer"], d["raw PostGIS"]),
              ratio(d["SIT"], d["MapServer"])))


def main(argv):
    cmd = argv[1]
    if cmd == "items":
        return 0 if check_items(*argv[2:5]) else 1
    if cmd == "feature":
        return 0 if check_feature(*argv[2:5]) else 1
    if cmd == "tiles":
        return 0 if check_tiles(argv[2], argv[3], argv[4], int(argv[5]), int(argv[6])) else 1
    if cmd == "summarize":
        summarize(argv[2])
        return 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
