/*
 * A small Mapbox Vector Tile 2.1 decoder on the pbf reader (webjar org.webjars.npm:pbf): layers with their name,
 * extent and features; each feature with its id, type ('Point', 'LineString' or 'Polygon'), properties and
 * geometry as parts of tile-grid points ([[x, y], ...]; points: one part per point, lines: one per line,
 * polygons: one per ring, exterior rings clockwise on screen as the specification has them).
 * https://github.com/mapbox/vector-tile-spec/tree/master/2.1
 */
import Pbf from '../webjars/pbf/index.js';

var TYPES = {1: 'Point', 2: 'LineString', 3: 'Polygon'};

/** Decodes an MVT (ArrayBuffer or Uint8Array): {layerName: {name, extent, version, features: [...]}}. */
export function decode(buffer) {
  var pbf = new Pbf(buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer));
  var layers = {};
  pbf.readFields(function (tag, result, p) {
    if (tag === 3) {
      var layer = p.readMessage(readLayer, {name: '', extent: 4096, version: 1, keys: [], values: [], raw: []});
      layers[layer.name] = finish(layer);
    }
  }, layers);
  return layers;
}

function readLayer(tag, layer, pbf) {
  if (tag === 15) {
    layer.version = pbf.readVarint();
  } else if (tag === 1) {
    layer.name = pbf.readString();
  } else if (tag === 5) {
    layer.extent = pbf.readVarint();
  } else if (tag === 3) {
    layer.keys.push(pbf.readString());
  } else if (tag === 4) {
    layer.values.push(readValue(pbf));
  } else if (tag === 2) {
    // Features may come before the keys and values they use: read them once the layer is complete.
    layer.raw.push(pbf.readMessage(readFeature, {id: undefined, type: 0, tags: [], commands: []}));
  }
}

function readValue(pbf) {
  var value = null;
  var end = pbf.readVarint() + pbf.pos;
  while (pbf.pos < end) {
    var tag = pbf.readVarint() >> 3;
    value = tag === 1 ? pbf.readString()
        : tag === 2 ? pbf.readFloat()
        : tag === 3 ? pbf.readDouble()
        : tag === 4 ? pbf.readVarint64()
        : tag === 5 ? pbf.readVarint()
        : tag === 6 ? pbf.readSVarint()
        : tag === 7 ? pbf.readBoolean()
        : null;
  }
  return value;
}

function readFeature(tag, feature, pbf) {
  if (tag === 1) {
    feature.id = pbf.readVarint();
  } else if (tag === 2) {
    pbf.readPackedVarint(feature.tags);
  } else if (tag === 3) {
    feature.type = pbf.readVarint();
  } else if (tag === 4) {
    pbf.readPackedVarint(feature.commands);
  }
}

function finish(layer) {
  var features = layer.raw.map(function (raw) {
    var properties = {};
    for (var i = 0; i + 1 < raw.tags.length; i += 2) {
      properties[layer.keys[raw.tags[i]]] = layer.values[raw.tags[i + 1]];
    }
    return {id: raw.id, type: TYPES[raw.type] || 'Unknown', properties: properties,
      geometry: geometry(raw.commands, raw.type)};
  });
  return {name: layer.name, extent: layer.extent, version: layer.version, features: features};
}

/** The command stream as parts of points: MoveTo (1) starts a part, LineTo (2) extends it, ClosePath (7) closes it. */
function geometry(commands, type) {
  var parts = [];
  var part = null;
  var x = 0;
  var y = 0;
  var i = 0;
  while (i < commands.length) {
    var command = commands[i] & 0x7;
    var count = commands[i] >> 3;
    i++;
    if (command === 7) {
      if (part && part.length) {
        part.push([part[0][0], part[0][1]]);
      }
      continue;
    }
    for (var k = 0; k < count && i + 1 < commands.length; k++) {
      x += zigzag(commands[i]);
      y += zigzag(commands[i + 1]);
      i += 2;
      if (command === 1) {
        part = [];
        parts.push(part);
      }
      part.push([x, y]);
    }
  }
  return parts;   // a MoveTo of n points (type 1) made n parts of one point each
}

function zigzag(n) {
  return (n >> 1) ^ -(n & 1);
}
