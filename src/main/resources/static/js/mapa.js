/*
 * SIT map: one Leaflet layer per OGC API collection, read from /collections and /collections/{id}/items.
 *
 * Plain ES2019, no build step. Feature data never reaches innerHTML: popups, labels and lists are built
 * with DOM nodes and textContent; the few strings Leaflet inserts as HTML (layer control names,
 * attribution) are escaped first.
 *
 * For tests: window.sitMap = {map, layers: {id: layer}, ready: Promise}, and body[data-sit-ready="true"]
 * once the layers visible at start are drawn.
 */
(function () {
  'use strict';

  // Used only when a collection does not say whether it is visible at start.
  var FALLBACK_VISIBLE = ['comunas', 'sitios-prioritarios', 'areas-protegidas', 'limites-urbanos',
    'proyectos-inversion'];
  var COMMUNES = 'comunas';
  var PAGE_LIMIT = 10000;
  var LOCALE = 'es-CL';

  var body = document.body;
  var base = (body.dataset.base || window.location.origin).replace(/\/$/, '');

  var state = {
    map: null,
    layers: {},        // collection id -> L.GeoJSON
    collections: {},   // collection id -> collection JSON
    loads: {},         // collection id -> Promise of the feature count
    labels: null,      // L.LayerGroup of commune name labels
    labelPoints: {},   // commune feature id -> L.LatLng
    legendItems: {}    // collection id -> <li>
  };

  window.sitMap = {map: null, layers: state.layers, ready: null};

  // ---------------------------------------------------------------- messages

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function showError(message) {
    var box = document.getElementById('sit-error');
    if (!box) {
      return;
    }
    box.appendChild(el('p', null, message));
    box.hidden = false;
  }

  function setStatus(message) {
    var status = document.getElementById('sit-status');
    if (status) {
      status.textContent = message;
      status.hidden = !message;
    }
  }

  /** For the few places where Leaflet writes a string as HTML. */
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c];
    });
  }

  // ---------------------------------------------------------------- data access

  function fetchJson(url) {
    return fetch(url, {headers: {Accept: 'application/json, application/geo+json'}}).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status + ' en ' + url);
      }
      return response.json();
    });
  }

  /** All features of a collection, following "next" links should the server clamp the limit. */
  function fetchAllFeatures(id) {
    var features = [];
    function page(url) {
      return fetchJson(url).then(function (collection) {
        Array.prototype.push.apply(features, collection.features || []);
        var next = (collection.links || []).filter(function (link) { return link.rel === 'next'; })[0];
        return next && next.href !== url ? page(next.href) : features;
      });
    }
    return page(base + '/collections/' + encodeURIComponent(id) + '/items?f=json&limit=' + PAGE_LIMIT);
  }

  // ---------------------------------------------------------------- formatting

  var PLAIN_INTEGER = /^(anio|año|version|codigo|cut|geocodigo)|_(anio|año)$|^anio_/;

  function formatValue(value, attribute) {
    if (value === null || value === undefined || value === '') {
      return '—';
    }
    var type = attribute ? attribute.type : typeof value;
    if (type === 'boolean' || typeof value === 'boolean') {
      return value === true || value === 'true' ? 'Sí' : 'No';
    }
    if (typeof value === 'number') {
      if (attribute && PLAIN_INTEGER.test(attribute.name)) {
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

  function isWebAddress(value) {
    return typeof value === 'string' && /^https?:\/\//i.test(value);
  }

  function featureTitle(collection, feature) {
    var props = feature.properties || {};
    return props.nombre || props.codigo || props.geocodigo || (collection.title + ' ' + feature.id);
  }

  function itemPageUrl(collection, feature) {
    return base + '/collections/' + encodeURIComponent(collection.id) + '/items/'
        + encodeURIComponent(String(feature.id)) + '?f=html';
  }

  /** The popup of one feature, as DOM nodes (values become text, never markup). */
  function popupContent(collection, feature) {
    var props = feature.properties || {};
    var root = el('div', 'sit-popup');
    root.appendChild(el('h3', 'sit-popup-title', featureTitle(collection, feature)));
    root.appendChild(el('p', 'sit-popup-layer', collection.title));
    if (collection.ilustrativo) {
      root.appendChild(el('p', 'sit-popup-illustrative', 'Dato ilustrativo generado por SIT, no real.'));
    }
    var attributes = collection.attributes && collection.attributes.length
        ? collection.attributes
        : Object.keys(props).map(function (name) { return {name: name, title: name}; });
    var table = el('table', 'sit-popup-table');
    var tbody = el('tbody');
    attributes.forEach(function (attribute) {
      if (!(attribute.name in props)) {
        return;
      }
      var row = el('tr');
      row.appendChild(el('th', null, attribute.title || attribute.name));
      var cell = el('td');
      var value = props[attribute.name];
      if (isWebAddress(value)) {
        var link = el('a', null, value);
        link.href = value;
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        cell.appendChild(link);
      } else {
        cell.textContent = formatValue(value, attribute);
      }
      row.appendChild(cell);
      tbody.appendChild(row);
    });
    table.appendChild(tbody);
    root.appendChild(table);
    if (feature.id !== undefined && feature.id !== null) {
      var more = el('a', 'sit-popup-link', 'Ver ficha (HTML)');
      more.href = itemPageUrl(collection, feature);
      root.appendChild(el('p')).appendChild(more);
    }
    return root;
  }

  // ---------------------------------------------------------------- label points

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

  /**
   * A point well inside the largest part of a polygon (an approximate pole of inaccessibility found by a
   * refining grid), so a label never falls in the sea or in a neighbouring commune.
   */
  function labelPoint(geometry) {
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

  // ---------------------------------------------------------------- layers

  function isVisibleAtStart(collection) {
    return typeof collection.defaultVisible === 'boolean'
        ? collection.defaultVisible
        : FALLBACK_VISIBLE.indexOf(collection.id) >= 0;
  }

  function isPointLayer(collection) {
    return /point/i.test(collection.geometryType || '');
  }

  function baseStyle(collection) {
    return Object.assign({}, collection.style || {});
  }

  function createLayer(collection, index) {
    // One pane per collection keeps the map order whatever order the layers load in.
    var pane = 'sit-pane-' + collection.id;
    state.map.createPane(pane).style.zIndex = String(410 + index);
    var style = baseStyle(collection);
    var className = 'sit-feature sit-f-' + collection.id;
    var options = Object.assign({}, style, {
      pane: pane,
      className: className,
      style: function () { return baseStyle(collection); },
      pointToLayer: function (feature, latlng) {
        return L.circleMarker(latlng, Object.assign({radius: 5}, style, {pane: pane, className: className}));
      },
      onEachFeature: function (feature, layer) {
        layer.bindPopup(function () { return popupContent(collection, feature); },
            {maxWidth: 360, minWidth: 240, autoPanPadding: L.point(24, 24)});
      }
    });
    var layer = L.geoJSON(null, options);
    layer.on('add', function () {
      load(collection.id).catch(function () { /* reported by load() */ });
      updateLegend(collection.id, true);
      if (collection.id === COMMUNES && state.labels) {
        state.labels.addTo(state.map);
      }
    });
    layer.on('remove', function () {
      updateLegend(collection.id, false);
      if (collection.id === COMMUNES && state.labels) {
        state.labels.remove();
      }
    });
    return layer;
  }

  /** Loads a collection's features once; later calls return the same promise. */
  function load(id) {
    if (state.loads[id]) {
      return state.loads[id];
    }
    var collection = state.collections[id];
    var layer = state.layers[id];
    setLegendLoading(id, true);
    state.loads[id] = fetchAllFeatures(id).then(function (features) {
      layer.addData({type: 'FeatureCollection', features: features});
      body.setAttribute('data-sit-features-' + id, String(layer.getLayers().length));
      if (id === COMMUNES) {
        buildCommunes(features);
      }
      setLegendLoading(id, false);
      return features.length;
    }).catch(function (error) {
      delete state.loads[id];   // allow a retry by toggling the layer again
      setLegendLoading(id, false);
      showError('No se pudo cargar la capa «' + collection.title + '» (' + error.message + ').');
      throw error;
    });
    return state.loads[id];
  }

  // ---------------------------------------------------------------- communes: labels and list

  function communeLayer(featureId) {
    var found = null;
    state.layers[COMMUNES].eachLayer(function (layer) {
      if (String(layer.feature.id) === String(featureId)) {
        found = layer;
      }
    });
    return found;
  }

  function buildCommunes(features) {
    var labels = L.layerGroup();
    features.forEach(function (feature) {
      var point = labelPoint(feature.geometry);
      if (!point) {
        return;
      }
      state.labelPoints[String(feature.id)] = point;
      var text = el('span', null, featureTitle(state.collections[COMMUNES], feature));
      labels.addLayer(L.tooltip({permanent: true, direction: 'center', className: 'sit-label', interactive: false})
          .setLatLng(point).setContent(text));
    });
    state.labels = labels;
    if (state.map.hasLayer(state.layers[COMMUNES])) {
      labels.addTo(state.map);
    }
    buildCommuneList(features);
  }

  function normalise(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
  }

  function buildCommuneList(features) {
    var list = document.getElementById('sit-commune-list');
    var search = document.getElementById('sit-commune-search');
    var empty = document.getElementById('sit-commune-empty');
    var collection = state.collections[COMMUNES];
    list.textContent = '';
    var sorted = features.slice().sort(function (a, b) {
      return featureTitle(collection, a).localeCompare(featureTitle(collection, b), 'es');
    });
    sorted.forEach(function (feature) {
      var name = featureTitle(collection, feature);
      var item = el('li');
      item.dataset.search = normalise(name);
      var button = el('button', 'sit-commune');
      button.type = 'button';
      button.dataset.communeId = String(feature.id);
      button.appendChild(el('span', 'sit-commune-name', name));
      var population = feature.properties && feature.properties.poblacion_2017;
      if (typeof population === 'number') {
        button.title = 'Población Censo 2017: ' + population.toLocaleString(LOCALE) + ' hab.';
      }
      button.addEventListener('click', function () { selectCommune(feature.id); });
      item.appendChild(button);
      list.appendChild(item);
    });

    function filter() {
      var query = normalise(search.value);
      var shown = 0;
      Array.prototype.forEach.call(list.children, function (item) {
        var match = !query || item.dataset.search.indexOf(query) >= 0;
        item.hidden = !match;
        shown += match ? 1 : 0;
      });
      empty.hidden = shown > 0;
      return shown;
    }
    search.addEventListener('input', filter);
    search.addEventListener('keydown', function (event) {
      if (event.key !== 'Enter') {
        return;
      }
      var visible = Array.prototype.filter.call(list.children, function (item) { return !item.hidden; });
      if (visible.length === 1) {
        event.preventDefault();
        visible[0].querySelector('button').click();
      }
    });
    filter();
  }

  function selectCommune(featureId) {
    var communes = state.layers[COMMUNES];
    if (!state.map.hasLayer(communes)) {
      communes.addTo(state.map);
    }
    var layer = communeLayer(featureId);
    if (!layer) {
      return;
    }
    state.map.fitBounds(layer.getBounds(), {padding: [30, 30], animate: false});
    var collection = state.collections[COMMUNES];
    layer.setStyle({weight: 3.5, color: '#00695c'});
    layer.once('popupclose', function () { layer.setStyle(baseStyle(collection)); });
    layer.openPopup(state.labelPoints[String(featureId)] || layer.getBounds().getCenter());
  }

  // ---------------------------------------------------------------- legend

  function swatch(collection) {
    var style = collection.style || {};
    var node = el('span', 'sit-swatch');
    var point = isPointLayer(collection) || (collection.geometryType === 'Geometry' && style.radius);
    node.classList.add(point ? 'sit-swatch-point' : 'sit-swatch-area');
    var stroke = style.stroke === false ? 'transparent' : (style.color || '#3388ff');
    var dashed = style.dashArray ? 'dashed' : 'solid';
    node.style.border = Math.max(1, Math.min(3, Number(style.weight) || 1)) + 'px ' + dashed + ' ' + stroke;
    if (style.fill !== false) {
      var fill = style.fillColor || stroke;
      node.style.backgroundColor = fill;
      var opacity = style.fillOpacity === undefined ? 0.2 : Number(style.fillOpacity);
      // The swatch shows the fill at its map opacity over white, keeping the border opaque.
      node.style.backgroundImage = 'linear-gradient(rgba(255,255,255,' + (1 - opacity) + '),rgba(255,255,255,'
          + (1 - opacity) + '))';
    }
    return node;
  }

  /** The legend doubles as the layer list: each entry has a checkbox that shows or hides its layer. */
  function buildLegend(collections) {
    var legend = document.getElementById('sit-legend');
    legend.textContent = '';
    collections.forEach(function (collection) {
      var item = el('li', 'sit-legend-item');
      item.dataset.collection = collection.id;
      var row = el('label', 'sit-legend-row');
      if (collection.source) {
        row.title = 'Fuente: ' + collection.source;
      }
      var toggle = el('input', 'sit-legend-toggle');
      toggle.type = 'checkbox';
      toggle.addEventListener('change', function () {
        var layer = state.layers[collection.id];
        if (toggle.checked) {
          layer.addTo(state.map);
        } else {
          layer.remove();
        }
      });
      row.appendChild(toggle);
      row.appendChild(swatch(collection));
      var label = el('span', 'sit-legend-label', collection.title);
      if (collection.ilustrativo) {
        label.appendChild(document.createTextNode(' '));
        label.appendChild(el('span', 'sit-badge', 'ilustrativo'));
      }
      row.appendChild(label);
      row.appendChild(el('span', 'sit-legend-state'));
      item.appendChild(row);
      legend.appendChild(item);
      state.legendItems[collection.id] = item;
    });
  }

  function updateLegend(id, visible) {
    var item = state.legendItems[id];
    if (item) {
      item.classList.toggle('is-off', !visible);
      item.querySelector('.sit-legend-toggle').checked = visible;
    }
  }

  function setLegendLoading(id, loading) {
    var item = state.legendItems[id];
    if (item) {
      item.classList.toggle('is-loading', loading);
      item.querySelector('.sit-legend-state').textContent = loading ? 'cargando…' : '';
    }
  }

  // ---------------------------------------------------------------- map

  function layerControlName(collection) {
    var name = escapeHtml(collection.title);
    if (collection.ilustrativo) {
      name += ' <span class="sit-badge">ilustrativo</span>';
    }
    return name;
  }

  function createMap() {
    // Half zoom steps let the region fill the map; there are no tiles by default to blur.
    var map = L.map('sit-map', {zoomSnap: 0.5, zoomDelta: 0.5, minZoom: 5, maxZoom: 18});
    // Each layer's source is long; the attribution points to the collections page that lists them all.
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    map.attributionControl.addAttribution('Fuentes: <a href="' + escapeHtml(base + '/collections?f=html')
        + '">ver colecciones</a>');
    L.control.scale({imperial: false}).addTo(map);
    map.setView([-39.95, -72.7], 8);
    return map;
  }

  function baseLayers(map) {
    var none = L.layerGroup();
    var osm = L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 19,
      attribution: '&copy; colaboradores de <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>'
    });
    none.addTo(map);
    return {'Sin fondo': none, 'OpenStreetMap (requiere internet)': osm};
  }

  function fitToCommunes(collection) {
    var bbox = collection && collection.extent && collection.extent.spatial && collection.extent.spatial.bbox
        && collection.extent.spatial.bbox[0];
    if (bbox && bbox.length >= 4) {
      state.map.fitBounds([[bbox[1], bbox[0]], [bbox[3], bbox[2]]], {padding: [10, 10], animate: false});
    }
  }

  /** Tables without geometry (population per year, for instance) are data, not map layers. */
  function hasGeometry(collection) {
    var type = collection.geometryType;
    return Boolean(type) && !/^none$/i.test(type);
  }

  function start(list) {
    var collections = (list.collections || []).filter(hasGeometry);
    if (!collections.length) {
      throw new Error('el servidor no publica colecciones');
    }
    var map = state.map = window.sitMap.map = createMap();
    buildLegend(collections);
    var overlays = {};
    collections.forEach(function (collection, index) {
      state.collections[collection.id] = collection;
      state.layers[collection.id] = createLayer(collection, index);
      overlays[layerControlName(collection)] = state.layers[collection.id];
      updateLegend(collection.id, false);
    });
    // Collapsed: the legend in the panel is the main layer list; the control also offers the base maps.
    L.control.layers(baseLayers(map), overlays, {collapsed: true, position: 'topright'})
        .addTo(map);
    fitToCommunes(state.collections[COMMUNES] || collections[0]);

    var visible = collections.filter(isVisibleAtStart);
    visible.forEach(function (collection) { state.layers[collection.id].addTo(map); });
    return Promise.all(visible.map(function (collection) { return load(collection.id); }));
  }

  function run() {
    if (typeof L === 'undefined') {
      var message = 'No se pudo cargar la biblioteca de mapas (Leaflet).';
      showError(message);
      setStatus('');
      body.dataset.sitReady = 'error';
      return Promise.reject(new Error(message));
    }
    return fetchJson(base + '/collections?f=json')
        .catch(function (error) {
          showError('No se pudo leer la lista de capas (' + error.message + ').');
          throw error;
        })
        .then(start)
        .then(function (counts) {
          var total = counts.reduce(function (a, b) { return a + b; }, 0);
          setStatus(total.toLocaleString(LOCALE) + ' elementos dibujados.');
          body.dataset.sitReady = 'true';
          return window.sitMap;
        })
        .catch(function (error) {
          if (!document.getElementById('sit-error').childNodes.length) {
            showError('El mapa no se pudo iniciar (' + error.message + ').');
          }
          setStatus('');
          body.dataset.sitReady = 'error';
          throw error;
        });
  }

  window.sitMap.ready = run();
  // Failures are already shown in the panel; keep them out of the console as unhandled rejections.
  window.sitMap.ready.catch(function () {});
}());
