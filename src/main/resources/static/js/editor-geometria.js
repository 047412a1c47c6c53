/*
 * Geometry in the editor: GeoJSON to Leaflet layers and back, and the Leaflet.draw pieces (Spanish texts, the draw
 * handler of the layer's geometry type, vertex editing of one feature).
 *
 * A feature is shown as one Leaflet layer per part (each polygon of a MultiPolygon, each line of a
 * MultiLineString, or the point), because Leaflet.draw edits a flat ring or line only. Reshaping a polygon moves
 * the vertices of its outer ring; its holes are kept as they are.
 */

var KINDS = {
  Point: 'point', MultiPoint: 'point', LineString: 'line', MultiLineString: 'line',
  Polygon: 'polygon', MultiPolygon: 'polygon'
};

/** 'point', 'line' or 'polygon' for an OGC geometry type name. */
export function kindOf(geometryType) {
  return KINDS[geometryType] || null;
}

/** Spanish noun for a kind, for buttons and messages. */
export function kindName(kind) {
  return {point: 'punto', line: 'línea', polygon: 'polígono'}[kind];
}

/** Leaflet.draw's texts in Spanish (set once, before any control or handler is made). */
export function spanishDrawTexts() {
  var t = L.drawLocal.draw;
  t.toolbar.actions = {title: 'Cancelar el dibujo', text: 'Cancelar'};
  t.toolbar.finish = {title: 'Terminar el dibujo', text: 'Terminar'};
  t.toolbar.undo = {title: 'Borrar el último punto dibujado', text: 'Borrar último punto'};
  t.toolbar.buttons = {polyline: 'Dibujar una línea', polygon: 'Dibujar un polígono',
    rectangle: 'Dibujar un rectángulo', circle: 'Dibujar un círculo', marker: 'Dibujar un punto',
    circlemarker: 'Dibujar un punto'};
  t.handlers.marker.tooltip.start = 'Haga clic en el mapa para ubicar el punto.';
  t.handlers.polygon.tooltip = {start: 'Haga clic para empezar el polígono.',
    cont: 'Haga clic para seguir dibujando.', end: 'Haga clic en el primer punto para cerrar el polígono.'};
  t.handlers.polyline.tooltip = {start: 'Haga clic para empezar la línea.', cont: 'Haga clic para seguir la línea.',
    end: 'Haga clic en el último punto para terminar la línea.'};
  t.handlers.polyline.error = '<strong>Error:</strong> los bordes no pueden cruzarse.';
}

/** The icon of a point feature: a dot in the layer's colours (selected points get a ring). */
export function pointIcon(style, selected) {
  // Set through the CSSOM: the Content-Security-Policy refuses style="" attributes in markup.
  var span = document.createElement('span');
  span.style.setProperty('--sit-point-stroke', cssColour(style.color, '#4a148c'));
  span.style.setProperty('--sit-point-fill', cssColour(style.fillColor, '#ce93d8'));
  return L.divIcon({className: 'sit-edit-point' + (selected ? ' is-selected' : ''), html: span,
    iconSize: [14, 14], iconAnchor: [7, 7]});
}

function cssColour(value, fallback) {
  return /^#[0-9a-fA-F]{3,8}$/.test(value || '') ? value : fallback;
}

/** A Leaflet.draw handler for the kind, with free crossing (the server checks validity and offers a repair). */
export function drawHandler(map, kind, style) {
  var shape = {color: '#ff6f00', weight: 3, opacity: 0.9, fillColor: style.fillColor || '#ffcc80', fillOpacity: 0.3};
  if (kind === 'polygon') {
    return new L.Draw.Polygon(map, {allowIntersection: true, showArea: false, shapeOptions: shape});
  }
  if (kind === 'line') {
    return new L.Draw.Polyline(map, {allowIntersection: true, metric: true, shapeOptions: shape});
  }
  return new L.Draw.Marker(map, {icon: pointIcon(style, true)});
}

function toLatLng(c) {
  return L.latLng(c[1], c[0]);
}

/** The parts of a GeoJSON geometry: [{type: 'Polygon'|'LineString'|'Point', coordinates}]. */
export function partsOf(geometry) {
  if (!geometry) {
    return [];
  }
  switch (geometry.type) {
    case 'MultiPolygon':
      return geometry.coordinates.map(function (c) { return {type: 'Polygon', coordinates: c}; });
    case 'MultiLineString':
      return geometry.coordinates.map(function (c) { return {type: 'LineString', coordinates: c}; });
    case 'MultiPoint':
      return geometry.coordinates.map(function (c) { return {type: 'Point', coordinates: c}; });
    case 'GeometryCollection':
      return geometry.geometries.reduce(function (all, g) { return all.concat(partsOf(g)); }, []);
    default:
      return [geometry];
  }
}

/** One Leaflet layer for one part, in the given path style (or point icon). */
export function partLayer(part, style, icon) {
  if (part.type === 'Polygon') {
    return L.polygon(part.coordinates.map(function (ring) { return ring.map(toLatLng); }), style);
  }
  if (part.type === 'LineString') {
    return L.polyline(part.coordinates.map(toLatLng), style);
  }
  return L.marker(toLatLng(part.coordinates), {icon: icon, keyboard: false});
}

function position(latlng) {
  return [latlng.lng, latlng.lat];
}

function closed(ring) {
  var coords = ring.map(position);
  var first = coords[0];
  var last = coords[coords.length - 1];
  if (first && (first[0] !== last[0] || first[1] !== last[1])) {
    coords.push([first[0], first[1]]);
  }
  return coords;
}

function polygonRings(layer) {
  var latlngs = layer.getLatLngs();
  // A polygon's getLatLngs() is [outer, hole, ...]; a flat array is a single outer ring.
  var rings = latlngs.length && latlngs[0] instanceof L.LatLng ? [latlngs] : latlngs;
  return rings.map(closed);
}

/**
 * The GeoJSON geometry of a feature's part layers in the layer's geometry type: a Multi* type gets every part, a
 * single type the first one.
 */
export function geometryOf(layers, geometryType) {
  if (!layers.length) {
    return null;
  }
  var kind = kindOf(geometryType);
  var parts = layers.map(function (l) {
    if (kind === 'point') {
      return position(l.getLatLng());
    }
    return kind === 'line' ? l.getLatLngs().map(position) : polygonRings(l);
  });
  var single = {point: 'Point', line: 'LineString', polygon: 'Polygon'}[kind];
  return geometryType.indexOf('Multi') === 0 ? {type: geometryType, coordinates: parts}
      : {type: single, coordinates: parts[0]};
}

/** A geometry in the layer's geometry type (a single part becomes a one-part Multi*), or null if it cannot be. */
export function conform(geometry, geometryType) {
  var parts = partsOf(geometry);
  var kind = kindOf(geometryType);
  var single = {point: 'Point', line: 'LineString', polygon: 'Polygon'}[kind];
  if (!parts.length || parts.some(function (p) { return p.type !== single; })) {
    return null;
  }
  return geometryType.indexOf('Multi') === 0
      ? {type: geometryType, coordinates: parts.map(function (p) { return p.coordinates; })}
      : {type: single, coordinates: parts[0].coordinates};
}

/** Every vertex of a GeoJSON geometry as [lon, lat] (closing points of rings included once more; harmless). */
export function verticesOf(geometry, out) {
  out = out || [];
  (function walk(c) {
    if (typeof c[0] === 'number') {
      out.push(c);
    } else {
      c.forEach(walk);
    }
  }(geometry.type === 'GeometryCollection' ? [] : geometry.coordinates));
  if (geometry.type === 'GeometryCollection') {
    geometry.geometries.forEach(function (g) { verticesOf(g, out); });
  }
  return out;
}

/**
 * Starts reshaping a part: vertex handles for lines and polygons (Leaflet.draw's L.Edit.Poly), dragging for a
 * point. {@code onEdit} is called after every finished change (a vertex moved, added or removed).
 */
export function startReshaping(layer, editingStyle, onEdit) {
  if (layer instanceof L.Marker) {
    layer.dragging.enable();
    layer.on('dragend', onEdit);
    return;
  }
  // Leaflet.draw's edit handler switches between these two styles (its toolbar normally sets them).
  layer.options.original = L.extend({}, layer.options);
  layer.options.editing = L.extend({}, layer.options, editingStyle);
  layer.editing.enable();
  layer.on('edit', onEdit);
}

export function stopReshaping(layer) {
  if (layer instanceof L.Marker) {
    if (layer.dragging) {
      layer.dragging.disable();
    }
    layer.off('dragend');
    return;
  }
  if (layer.editing && layer.editing.enabled()) {
    layer.editing.disable();
  }
  layer.off('edit');
}
