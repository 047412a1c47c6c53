/*
 * SIT map, entry point (an ES module; the others are imported from here): one Leaflet layer per OGC API
 * collection (mapa-capas.js), commune labels and list (mapa-comunas.js), investment projects from vector tiles,
 * filtered (mapa-inversion.js) and searched by name or BIP code (mapa-busqueda.js), and indicator choropleths
 * with their ranking (mapa-coropletas.js).
 *
 * Plain ES2019 modules, no build step. For tests: window.sitMap = {map, layers: {id: layer}, ready: Promise,
 * focusTerritory, updateChoropleth}, and body[data-sit-ready="true"] once the layers visible at start are drawn.
 * The address may name a territory to show: #territorio=14101 (commune), 141 (province) or 14 (region), the
 * year of the territorial division (#anio=2005, mapa-anio.js), and a view, its layers and tab (#mapa=, #capas=,
 * #pestana=, mapa-direccion.js).
 */
import {base, escapeHtml, fetchJson, setStatus, showError} from './mapa-util.js';
import {setUpBasemaps} from './mapa-fondos.js';
import {buildLegend, createLayer, factories, hasGeometry, isVisibleAtStart, load, state,
  updateLegend} from './mapa-capas.js';
import {COMMUNES, focusTerritory, setUpCommunes} from './mapa-comunas.js';
import {followAddressYear, setUpYear} from './mapa-anio.js';
import {createInvestmentLayer, INVESTMENT, setUpFilters} from './mapa-inversion.js';
import {setUpProjectSearch} from './mapa-busqueda.js';
import {setUpChoropleth, update as updateChoropleth} from './mapa-coropletas.js';
import {LOCALE} from './formato.js';
import {setUpPrint} from './mapa-impresion.js';
import {setUpTools} from './mapa-herramientas.js';
import {setUpTable} from './mapa-tabla.js';
import {addressLayers, addressPart, addressView, followView, movedByPage, writeLayers,
  writeTab} from './mapa-direccion.js';

var body = document.body;
window.sitMap = {map: null, layers: state.layers, ready: null, focusTerritory: focusTerritory,
  updateChoropleth: updateChoropleth};

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

function fitToCommunes(collection) {
  var bbox = collection && collection.extent && collection.extent.spatial && collection.extent.spatial.bbox
      && collection.extent.spatial.bbox[0];
  if (bbox && bbox.length >= 4) {
    movedByPage(function () {
      state.map.fitBounds([[bbox[1], bbox[0]], [bbox[3], bbox[2]]], {padding: [10, 10], animate: false});
    });
  }
}

/** The panel's tabs (Capas, Inversión, Indicadores); the choropleth is drawn the first time its tab opens. */
function setUpTabs() {
  var tabs = Array.prototype.slice.call(document.querySelectorAll('.sit-tab'));
  var opened = {};
  function open(tab) {
    tabs.forEach(function (other) {
      var selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    });
    writeTab(tab.dataset.tab);
    if (tab.dataset.tab === 'indicadores' && !opened.indicadores) {
      opened.indicadores = true;
      updateChoropleth();
    }
  }
  var named = tabs.filter(function (tab) { return tab.dataset.tab === addressPart('pestana'); })[0];
  if (named) {
    open(named);
  }
  tabs.forEach(function (tab, i) {
    tab.addEventListener('click', function () { open(tab); });
    tab.addEventListener('keydown', function (event) {
      var step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      if (step) {
        var next = tabs[(i + step + tabs.length) % tabs.length];
        next.focus();
        open(next);
      }
    });
  });
}

function start(list) {
  var collections = (list.collections || []).filter(hasGeometry);
  if (!collections.length) {
    throw new Error('el servidor no publica colecciones');
  }
  var map = state.map = window.sitMap.map = createMap();
  // The notice stays only while some collection holds illustrative (generated) data.
  document.getElementById('sit-illustrative-notice').hidden = !collections.some(function (c) {
    return c.ilustrativo;
  });
  buildLegend(collections);
  factories[INVESTMENT] = createInvestmentLayer;
  var overlays = {};
  collections.forEach(function (collection, index) {
    state.collections[collection.id] = collection;
    state.layers[collection.id] = createLayer(collection, index);
    overlays[layerControlName(collection)] = state.layers[collection.id];
    updateLegend(collection.id, false);
  });
  setUpCommunes();
  setUpYear();
  if (state.collections[INVESTMENT]) {
    setUpFilters().catch(function (error) {
      showError('No se pudo leer los filtros de inversión (' + error.message + ').');
    });
    setUpProjectSearch();
  }
  setUpChoropleth();
  setUpTabs();
  setUpPrint();
  setUpTools();
  setUpTable();
  // Collapsed: the legend in the panel is the main layer list; the control also offers the base maps.
  var control = L.control.layers({}, overlays, {collapsed: true, position: 'topright'}).addTo(map);
  setUpBasemaps(map, control);
  fitToCommunes(state.collections[COMMUNES] || collections[0]);
  var view = addressView();
  if (view) {
    map.setView(view.center, view.zoom, {animate: false});
  }

  var defaults = collections.filter(isVisibleAtStart);
  var wanted = addressLayers();
  var visible = wanted ? collections.filter(function (c) { return wanted.indexOf(c.id) >= 0; }) : defaults;
  state.startLayers = defaults.map(function (c) { return c.id; });
  visible.forEach(function (collection) { state.layers[collection.id].addTo(map); });
  return Promise.all(visible.map(function (collection) { return load(collection.id); }));
}

function focusFromAddress() {
  var match = /(?:^#|&)territorio=(\d{2}|\d{3}|\d{5})(?:&|$)/.exec(window.location.hash);
  return match ? focusTerritory(match[1]) : null;
}

/** An address typed by hand may change the year, the territory or both: the year first, then the territory. */
function followAddress() {
  return followAddressYear().then(focusFromAddress);
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
        window.addEventListener('hashchange', followAddress);
        followView(state.startLayers);
        // Only the person's switches count: the year's redraw and a focused territory change layers by themselves.
        state.map.on('overlayadd overlayremove', writeLayers);
        document.getElementById('sit-legend').addEventListener('change', writeLayers);
        focusFromAddress();
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
