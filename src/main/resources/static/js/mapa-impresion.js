/*
 * Printing the map on one sheet: a dialog asks for the title, subtitle, paper (A4 or A3) and orientation; the page
 * then shows the sheet as it will print (title, subtitle, the current view, the legend of the visible layers, a
 * scale bar, a north arrow, the sources and the date in Chile's time) and the browser prints it ("Guardar como PDF"
 * gives a PDF). "Volver al mapa" puts everything back where it was.
 *
 * For tests: body[data-sit-print] names the sheet ("A4-horizontal") while it is shown; window.sitMap.print =
 * {show(options), close(), sheetUrl(options, format)}. The PNG and PDF downloads are drawn by the server
 * (GET /api/map/sheet) from the view's box and its visible layers.
 */
import {base, el} from './mapa-util.js';
import {state} from './mapa-capas.js';
import {movedByPage} from './mapa-direccion.js';

/** Printable area in millimetres (10 mm margins) of each paper, portrait. */
var PAPER = {A4: [190, 277], A3: [277, 400]};
var HEAD_MM = 20;
var FOOT_MM = 36;
var CHILE_TIME = new Intl.DateTimeFormat('es-CL', {timeZone: 'America/Santiago', dateStyle: 'long',
  timeStyle: 'short', hourCycle: 'h23'});

var saved = null;

function sheetSize(paper, orientation) {
  var size = PAPER[paper] || PAPER.A4;
  return orientation === 'vertical' ? size : [size[1], size[0]];
}

function visibleCollections() {
  return Object.keys(state.layers).filter(function (id) {
    return state.map.hasLayer(state.layers[id]) && state.collections[id];
  }).map(function (id) { return state.collections[id]; });
}

function legend(collections) {
  var list = el('ul', 'sit-print-legend');
  collections.forEach(function (collection) {
    var item = el('li');
    var legendSwatch = state.legendItems[collection.id]
        && state.legendItems[collection.id].querySelector('.sit-swatch');
    if (legendSwatch) {
      item.appendChild(legendSwatch.cloneNode(true));
    }
    item.appendChild(el('span', null, collection.title + (collection.ilustrativo ? ' (ilustrativo)' : '')));
    var classes = state.legendItems[collection.id]
        && state.legendItems[collection.id].querySelector('.sit-legend-classes');
    if (classes) {
      item.appendChild(classes.cloneNode(true));
    }
    list.appendChild(item);
  });
  // A choropleth's legend is a control on the map itself, so it prints there.
  return list;
}

function sources(collections) {
  var names = [];
  collections.forEach(function (c) {
    if (c.fuente && names.indexOf(c.fuente) < 0) {
      names.push(c.fuente);
    }
  });
  var basemap = document.querySelector('.leaflet-control-attribution');
  var text = 'Fuentes: ' + (names.length ? names.join('; ') : 'SIT') + '.';
  var basemapName = document.body.getAttribute('data-sit-basemap');
  if (basemapName && basemapName !== 'sin-conexion' && basemap) {
    text += ' Mapa base: ' + basemap.textContent.replace(/^Leaflet\s*\|\s*/, '') + '.';
  }
  return text;
}

function northArrow() {
  var arrow = el('div', 'sit-north-arrow');
  arrow.setAttribute('role', 'img');
  arrow.setAttribute('aria-label', 'Norte');
  var ns = 'http://www.w3.org/2000/svg';
  var svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 36');
  svg.setAttribute('width', '24');
  svg.setAttribute('height', '36');
  function half(d, fill) {
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', fill);
    path.setAttribute('stroke', '#263238');
    return path;
  }
  var letter = document.createElementNS(ns, 'text');
  letter.setAttribute('x', '12');
  letter.setAttribute('y', '35');
  letter.setAttribute('text-anchor', 'middle');
  letter.setAttribute('font-size', '9');
  letter.setAttribute('font-weight', '700');
  letter.textContent = 'N';
  svg.appendChild(half('M12 2 L4 26 L12 21 Z', '#263238'));
  svg.appendChild(half('M12 2 L20 26 L12 21 Z', '#fff'));
  svg.appendChild(letter);
  arrow.appendChild(svg);
  return arrow;
}

/** Shows the sheet; resolves once the map has redrawn at the sheet's size. */
export function show(options) {
  var map = state.map;
  close();
  var size = sheetSize(options.paper, options.orientation);
  saved = {bounds: map.getBounds()};
  var main = document.getElementById('contenido');
  var head = el('div', 'sit-print-head');
  head.id = 'sit-print-head';
  head.appendChild(el('h1', 'sit-print-title', options.title || 'Mapa territorial'));
  if (options.subtitle) {
    head.appendChild(el('p', 'sit-print-subtitle', options.subtitle));
  }
  var collections = visibleCollections();
  var foot = el('div', 'sit-print-foot');
  foot.id = 'sit-print-foot';
  foot.appendChild(legend(collections));
  var notes = el('div', 'sit-print-notes');
  notes.appendChild(el('p', 'sit-print-sources', sources(collections)));
  notes.appendChild(el('p', 'sit-print-date', 'Impreso el ' + CHILE_TIME.format(new Date())
      + ' (hora de Chile) · SIT, Sistema de Información Territorial'));
  foot.appendChild(notes);
  var bar = el('div', 'sit-print-bar');
  bar.id = 'sit-print-bar';
  var printButton = el('button', null, 'Imprimir');
  printButton.type = 'button';
  printButton.addEventListener('click', function () { window.print(); });
  var back = el('button', 'sit-print-back', 'Volver al mapa');
  back.type = 'button';
  back.addEventListener('click', close);
  bar.appendChild(el('span', null, 'Vista de impresión: ' + options.paper + ' '
      + (options.orientation === 'vertical' ? 'vertical' : 'horizontal')
      + '. En el diálogo de impresión elija el mismo papel, o «Guardar como PDF».'));
  bar.appendChild(printButton);
  bar.appendChild(back);
  main.insertBefore(head, main.firstChild);
  main.appendChild(foot);
  document.body.insertBefore(bar, document.body.firstChild);
  var arrow = northArrow();
  arrow.id = 'sit-north-arrow';
  map.getContainer().appendChild(arrow);

  // The paper is a named @page of mapa.css (an inline <style> would break the Content Security Policy).
  main.setAttribute('data-sit-page', options.paper + '-' + options.orientation);
  var root = document.documentElement.style;
  root.setProperty('--sit-print-width', size[0] + 'mm');
  root.setProperty('--sit-print-map-height', (size[1] - HEAD_MM - FOOT_MM) + 'mm');
  document.body.classList.add('sit-printing');
  document.body.setAttribute('data-sit-print', options.paper + '-' + options.orientation);
  movedByPage(function () {
    map.invalidateSize({animate: false});
    map.fitBounds(saved.bounds, {animate: false});
  });
  printButton.focus();
  return new Promise(function (resolve) {
    // Leaflet redraws the vector layers for the new size on the next frames.
    requestAnimationFrame(function () { requestAnimationFrame(resolve); });
  });
}

/** Puts the map back as it was before the sheet was shown. */
export function close() {
  document.getElementById('contenido').removeAttribute('data-sit-page');
  ['sit-print-head', 'sit-print-foot', 'sit-print-bar', 'sit-north-arrow'].forEach(function (id) {
    var node = document.getElementById(id);
    if (node) {
      node.remove();
    }
  });
  if (!document.body.classList.contains('sit-printing')) {
    return;
  }
  document.body.classList.remove('sit-printing');
  document.body.removeAttribute('data-sit-print');
  movedByPage(function () {
    state.map.invalidateSize({animate: false});
    if (saved) {
      state.map.fitBounds(saved.bounds, {animate: false});
    }
  });
  saved = null;
}

/** The address of the server's sheet (GET /api/map/sheet) of the current view, as a PNG or a PDF. */
export function sheetUrl(options, format) {
  var b = state.map.getBounds();
  var box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(5); });
  var params = new URLSearchParams({bbox: box.join(','),
    capas: visibleCollections().map(function (c) { return c.id; }).join(','),
    titulo: options.title || 'Región de Los Ríos', subtitulo: options.subtitle || '', papel: options.paper,
    orientacion: options.orientation === 'vertical' ? 'portrait' : 'landscape', f: format});
  return base + '/api/map/sheet?' + params.toString();
}

/** The dialog that asks for the sheet, opened from the panel's "Imprimir" button. */
export function setUpPrint() {
  var dialog = document.getElementById('sit-print-dialog');
  var form = document.getElementById('sit-print-form');
  document.getElementById('sit-print-open').addEventListener('click', function () {
    var title = document.getElementById('sit-print-titulo');
    if (!title.value) {
      title.value = 'Región de Los Ríos';
    }
    dialog.showModal();
    title.focus();
  });
  document.getElementById('sit-print-cancel').addEventListener('click', function () { dialog.close(); });
  function options() {
    return {title: form.titulo.value.trim(), subtitle: form.subtitulo.value.trim(), paper: form.papel.value,
      orientation: form.orientacion.value};
  }
  ['png', 'pdf'].forEach(function (format) {
    document.getElementById('sit-print-' + format).addEventListener('click', function () {
      var link = el('a');
      link.href = sheetUrl(options(), format);
      link.download = '';
      document.body.appendChild(link);
      link.click();
      link.remove();
      dialog.close();
    });
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    dialog.close();
    show(options());
  });
  window.sitMap.print = {show: show, close: close, sheetUrl: sheetUrl};
}
