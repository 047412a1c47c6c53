/*
 * Shared helpers of the map page: DOM building, messages, data access and value formatting.
 *
 * Data never reach innerHTML: popups, tooltips, labels and lists are built with DOM nodes and textContent (Leaflet's
 * bindPopup/bindTooltip/setContent get a node, never a string with data); the only strings Leaflet inserts as HTML
 * whatever it is given (layer control names, attribution) go through escapeHtml first. The pages' CSP refuses
 * inline scripts and style="" attributes: set styles through element.style, never in markup.
 */
import {LOCALE} from './formato.js';

export var base = (document.body.dataset.base || window.location.origin).replace(/\/$/, '');
export var PAGE_LIMIT = 10000;

export function el(tag, className, text) {
  var node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

export function showError(message) {
  var box = document.getElementById('sit-error');
  if (!box) {
    return;
  }
  box.appendChild(el('p', null, message));
  box.hidden = false;
}

export function setStatus(message) {
  var status = document.getElementById('sit-status');
  if (status) {
    status.textContent = message;
    status.hidden = !message;
  }
}

/** For the few places where Leaflet writes a string as HTML. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, function (c) {
    return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
  });
}

export function fetchJson(url) {
  return fetch(url, {headers: {Accept: 'application/json, application/geo+json'}}).then(function (response) {
    if (!response.ok) {
      throw new Error('HTTP ' + response.status + ' en ' + url);
    }
    return response.json();
  });
}

/**
 * All features of a collection, following "next" links should the server clamp the limit; with an OGC API
 * `datetime` (an instant or interval), the features valid then.
 */
export function fetchAllFeatures(id, datetime) {
  var features = [];
  function page(url) {
    return fetchJson(url).then(function (collection) {
      Array.prototype.push.apply(features, collection.features || []);
      var next = (collection.links || []).filter(function (link) { return link.rel === 'next'; })[0];
      return next && next.href !== url ? page(next.href) : features;
    });
  }
  return page(base + '/collections/' + encodeURIComponent(id) + '/items?f=json&limit=' + PAGE_LIMIT
      + (datetime ? '&datetime=' + encodeURIComponent(datetime) : ''));
}

var PLAIN_INTEGER = /^(anio|año|version|codigo|cut|geocodigo)|_(anio|año)$|^anio_/;

/** A value as pages show it; `attribute` is one of a collection's `atributos` ({nombre, tipo, titulo}), or none. */
export function formatValue(value, attribute) {
  if (value === null || value === undefined || value === '') {
    return '—';
  }
  var type = attribute ? attribute.tipo : typeof value;
  if (type === 'boolean' || typeof value === 'boolean') {
    return value === true || value === 'true' ? 'Sí' : 'No';
  }
  if (typeof value === 'number') {
    if (attribute && PLAIN_INTEGER.test(attribute.nombre)) {
      return String(value);   // years and codes are not quantities: no thousands separator
    }
    return value.toLocaleString(LOCALE, {maximumFractionDigits: type === 'integer' ? 0 : 2});
  }
  if (type === 'date' && /^\d{4}-\d{2}-\d{2}/.test(String(value))) {
    var parts = String(value).slice(0, 10).split('-');
    return new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])).toLocaleDateString(LOCALE);
  }
  return String(value);
}

export function isWebAddress(value) {
  return typeof value === 'string' && /^https?:\/\//i.test(value);
}

export function featureTitle(collection, feature) {
  var props = feature.properties || {};
  return props.nombre || props.codigo || props.geocodigo || (collection.title + ' ' + feature.id);
}

export function itemPageUrl(collection, feature) {
  return base + '/collections/' + encodeURIComponent(collection.id) + '/items/'
      + encodeURIComponent(String(feature.id)) + '?f=html';
}

/** The page of an investment project (/inversion/proyectos/{id}). */
export function projectPageUrl(id) {
  return base + '/inversion/proyectos/' + encodeURIComponent(String(id));
}

/** The profile page (ficha) of a territory by CUT or custom code. */
export function profileUrl(code) {
  return base + '/territorios/' + encodeURIComponent(String(code));
}

export function normalise(text) {
  return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

/**
 * Sets one part of the address (#name=value&...; an empty value removes it) without a new history entry, without
 * a hashchange and without touching its other parts, so the view can be shared by copying the address.
 */
export function setAddressPart(name, value) {
  var parts = window.location.hash.replace(/^#/, '').split('&').filter(function (part) {
    return part && part.indexOf(name + '=') !== 0;
  });
  if (value) {
    parts.push(name + '=' + value);
  }
  var address = window.location.pathname + window.location.search + (parts.length ? '#' + parts.join('&') : '');
  window.history.replaceState(window.history.state, '', address);
}

/** A link that opens in the same tab, built safely. */
export function link(text, href, className) {
  var a = el('a', className, text);
  a.href = href;
  return a;
}
