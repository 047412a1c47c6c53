/*
 * A layer's symbology as the registry keeps it (cl.sit.layer.LayerStyleRules): Leaflet path options and, optionally,
 * classes by the values of one attribute ({categories: {attribute, values: [{value, label?, ...options}]}}). The
 * map, the editor, the print legend and the administration's preview read it through these functions only.
 */

/** What a class or a layer may set; anything else in a stored style is not a Leaflet option. */
var OPTIONS = ['color', 'weight', 'opacity', 'fillColor', 'fillOpacity', 'dashArray', 'radius', 'stroke', 'fill'];

function options(from) {
  var out = {};
  OPTIONS.forEach(function (name) {
    if (from && from[name] !== undefined && from[name] !== null) {
      out[name] = from[name];
    }
  });
  return out;
}

/** The class of a value, or null (values compare as text: 2024 matches "2024", true matches "true"). */
function classOf(style, properties) {
  var categories = style && style.categories;
  if (!categories || !properties || properties[categories.attribute] === undefined
      || properties[categories.attribute] === null) {
    return null;
  }
  var value = String(properties[categories.attribute]);
  var found = null;
  (categories.values || []).some(function (c) {
    if (String(c.value) === value) {
      found = c;
      return true;
    }
    return false;
  });
  return found;
}

/** The path options of one feature: the layer's own, then those of its value's class. */
export function featureStyle(style, properties) {
  return Object.assign(options(style), options(classOf(style, properties)));
}

/** The attribute a style classes by, or null. */
export function classAttribute(style) {
  return style && style.categories && style.categories.attribute || null;
}

/**
 * The entries of a legend: one per class ({label, style}) and, as the features of other values keep the layer's
 * own style, a last "Otros valores" entry; a single entry without a label when the layer has no classes.
 */
export function legendEntries(style) {
  var values = style && style.categories && style.categories.values || [];
  if (!values.length) {
    return [{label: null, style: options(style)}];
  }
  var entries = values.map(function (c) {
    return {label: c.label || String(c.value), style: featureStyle(style, classProperties(style, c))};
  });
  entries.push({label: 'Otros valores o sin dato', style: options(style), other: true});
  return entries;
}

function classProperties(style, c) {
  var properties = {};
  properties[style.categories.attribute] = c.value;
  return properties;
}

/**
 * A legend swatch for path options: a dot for points, a stroke for lines, a filled box for areas. `kind` is
 * 'point', 'line' or 'area'. Colours are set through element.style (the CSP refuses style="" in markup).
 */
export function swatch(style, kind) {
  var s = style || {};
  var node = document.createElement('span');
  node.className = 'sit-swatch sit-swatch-' + kind;
  var stroke = s.stroke === false ? 'transparent' : (s.color || '#3388ff');
  var dashed = s.dashArray ? 'dashed' : 'solid';
  if (kind === 'line') {
    node.style.borderTop = Math.max(1, Math.min(6, Number(s.weight) || 3)) + 'px ' + dashed + ' ' + stroke;
    return node;
  }
  node.style.border = Math.max(1, Math.min(3, Number(s.weight) || 1)) + 'px ' + dashed + ' ' + stroke;
  if (kind === 'point' && s.radius) {
    var size = Math.max(8, Math.min(20, 2 * Number(s.radius))) + 'px';
    node.style.width = size;
    node.style.height = size;
  }
  if (s.fill !== false) {
    node.style.backgroundColor = s.fillColor || stroke;
    var opacity = s.fillOpacity === undefined ? 0.2 : Number(s.fillOpacity);
    // The fill at its map opacity over white, keeping the border opaque.
    node.style.backgroundImage = 'linear-gradient(rgba(255,255,255,' + (1 - opacity) + '),rgba(255,255,255,'
        + (1 - opacity) + '))';
  }
  return node;
}

/**
 * The list of a classed layer's symbols (a `ul.sit-legend-classes`, named "<layer> por <attribute title>" for
 * screen readers), or null for a layer of one symbol. `attributes` are the layer's (`atributos`: {nombre, titulo}).
 */
export function classLegend(style, kind, layerTitle, attributes) {
  var attribute = classAttribute(style);
  if (!attribute) {
    return null;
  }
  var named = (attributes || []).filter(function (a) { return a.nombre === attribute; })[0];
  var list = document.createElement('ul');
  list.className = 'sit-legend-classes';
  list.setAttribute('aria-label', layerTitle + ' por ' + (named && named.titulo || attribute));
  legendEntries(style).forEach(function (entry) {
    var item = document.createElement('li');
    item.className = entry.other ? 'sit-legend-class sit-legend-class-other' : 'sit-legend-class';
    item.appendChild(swatch(entry.style, kind));
    var label = document.createElement('span');
    label.textContent = entry.label;
    item.appendChild(label);
    list.appendChild(item);
  });
  return list;
}

/** 'point', 'line' or 'area' for an OGC geometry type name (and a style, for mixed layers drawn as dots). */
export function kindOf(geometryType, style) {
  if (/point/i.test(geometryType || '') || (geometryType === 'Geometry' && style && style.radius)) {
    return 'point';
  }
  return /line/i.test(geometryType || '') ? 'line' : 'area';
}
