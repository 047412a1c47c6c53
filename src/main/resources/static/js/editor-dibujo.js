/*
 * The drawing tool of the editor: one Leaflet.draw handler of the layer's kind (point, line or polygon) behind a
 * map button laid out as Leaflet.draw's own toolbar (its CSS and icons), with its actions "Terminar",
 * "Borrar último punto" and "Cancelar". The editor keeps the handler, so its panel can undo the last vertex and
 * cancel too. New vertices snap to existing ones (editor-ajuste.js).
 */
import {drawHandler, kindName} from './editor-geometria.js';

function link(parent, className, text, title, onClick) {
  var a = L.DomUtil.create('a', className, parent);
  a.href = '#';
  a.setAttribute('role', 'button');
  a.title = title;
  if (className) {
    L.DomUtil.create('span', 'sr-only', a).textContent = title;
  } else {
    a.textContent = text;
  }
  L.DomEvent.on(a, 'click', L.DomEvent.stop).on(a, 'click', onClick);
  return a;
}

/**
 * Adds the tool to the map. {@code options}: kind, style, snapper, canStart() (false keeps the tool off, e.g. to
 * keep unsaved changes), onCreated(layer). Returns {start, undo, cancel, active, remove}.
 */
export function createDrawTool(map, options) {
  var handler = null;
  var stopSnapping = null;
  var actions;
  var button;
  var texts = L.drawLocal.draw.toolbar;
  var type = {polygon: 'polygon', line: 'polyline', point: 'marker'}[options.kind];

  var Control = L.Control.extend({
    options: {position: 'topleft'},
    onAdd: function () {
      var container = L.DomUtil.create('div', 'leaflet-draw leaflet-control');
      var section = L.DomUtil.create('div', 'leaflet-draw-section', container);
      var bar = L.DomUtil.create('div', 'leaflet-draw-toolbar leaflet-bar leaflet-draw-toolbar-top', section);
      button = link(bar, 'leaflet-draw-draw-' + type, null, texts.buttons[type], start);
      button.id = 'sit-draw-button';
      actions = L.DomUtil.create('ul', 'leaflet-draw-actions leaflet-draw-actions-top', section);
      actions.style.display = 'none';
      if (options.kind !== 'point') {
        link(L.DomUtil.create('li', '', actions), '', texts.finish.text, texts.finish.title, finish);
        link(L.DomUtil.create('li', '', actions), '', texts.undo.text, texts.undo.title, undo);
      }
      link(L.DomUtil.create('li', '', actions), '', texts.actions.text, texts.actions.title, cancel);
      L.DomEvent.disableClickPropagation(container);
      return container;
    }
  });
  var control = new Control().addTo(map);

  function stopped() {
    if (stopSnapping) {
      stopSnapping();
      stopSnapping = null;
    }
    handler = null;
    actions.style.display = 'none';
    L.DomUtil.removeClass(button, 'leaflet-draw-toolbar-button-enabled');
  }

  function created(e) {
    var layer = e.layer;
    if (layer instanceof L.Marker) {
      layer.setLatLng(options.snapper.snap(layer.getLatLng()));
    }
    options.onCreated(layer);
  }

  map.on(L.Draw.Event.CREATED, created);

  /** Starts drawing a new feature (again from scratch when already drawing). */
  function start() {
    if (handler) {
      handler.disable();
    }
    if (!options.canStart()) {
      return false;
    }
    handler = drawHandler(map, options.kind, options.style);
    handler.once('disabled', stopped);
    stopSnapping = options.snapper.watchDrawing(handler);
    handler.enable();
    actions.style.display = 'block';
    L.DomUtil.addClass(button, 'leaflet-draw-toolbar-button-enabled');
    return true;
  }

  function finish() {
    if (handler && handler.completeShape) {
      handler.completeShape();
    }
  }

  /** Removes the last vertex drawn; false when there is nothing to remove. */
  function undo() {
    if (handler && handler.deleteLastVertex) {
      handler.deleteLastVertex();
      return true;
    }
    return false;
  }

  function cancel() {
    if (handler) {
      handler.disable();
    }
  }

  return {
    start: start,
    undo: undo,
    cancel: cancel,
    finish: finish,
    active: function () { return handler !== null; },
    label: 'Dibujar ' + kindName(options.kind),
    remove: function () {
      cancel();
      map.off(L.Draw.Event.CREATED, created);
      control.remove();
    }
  };
}
