#!/usr/bin/env python3
"""Prints "layer=feature_count ..." for a Mapbox Vector Tile read from a file or stdin (gzip accepted).

No dependencies: walks the protobuf wire format (Tile.layers = 3; Layer.name = 1, Layer.features = 2).
Used by bench/run.sh to check that SIT, MapServer and raw ST_AsMVT tiles hold the same number of features.
"""
import gzip
import sys


def varint(buf, i):
    shift = value = 0
    while True:
        b = buf[i]
        i += 1
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, i
        shift += 7


def fields(buf):
    """Yields (field number, wire type, value) of one message; value is bytes for length-delimited fields."""
    i = 0
    while i < len(buf):
        key, i = varint(buf, i)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, i = varint(buf, i)
        elif wire == 1:
            value, i = buf[i:i + 8], i + 8
        elif wire == 2:
            length, i = varint(buf, i)
            value, i = buf[i:i + length], i + length
        elif wire == 5:
            value, i = buf[i:i + 4], i + 4
        else:
            raise ValueError("unsupported wire type %d" % wire)
        yield number, wire, value


def counts(tile):
    if tile[:2] == b"\x1f\x8b":
        tile = gzip.decompress(tile)
    out = {}
    for number, wire, layer in fields(tile):
        if number == 3 and wire == 2:
            name, features = "", 0
            for n, w, v in fields(layer):
                if n == 1:
                    name = v.decode("utf-8")
                elif n == 2:
                    features += 1
            out[name] = out.get(name, 0) + features
    return out


if __name__ == "__main__":
    data = open(sys.argv[1], "rb").read() if len(sys.argv) > 1 else sys.stdin.buffer.read()
    print(" ".join("%s=%d" % kv for kv in sorted(counts(data).items())) or "empty")
