/*
 * The investment projects layer, drawn from vector tiles (/tiles/proyectos-inversion/{z}/{x}/{y}.mvt?compacto=true,
 * decoded by mvt.js) on canvas tiles: points as small circles (the server keeps one per pixel with its count n, so
 * a tile of the whole country stays small), lines as lines, polygons as polygons. The filter form (programme,
 * sector, stage, years: a project passes when its years [anio_inicio, anio_fin] meet the range) goes to the
 * server with every tile, count and click; nothing downloads the collection. A click asks the server for the
 * projects near it (/api/investments/at) and opens the nearest one's popup. The filters only change what is
 * drawn; indicators and choropleths always count every project.
 *
 * For tests: each canvas tile has data-sit-points, data-sit-lines, data-sit-polygons (features drawn) and
 * data-sit-projects (projects drawn, counting each point's n); body[data-sit-investment-tiles] counts the tiles
 * drawn, body[data-sit-investment-loading] is "false" once the visible tiles are drawn and
 * body[data-sit-investment-shown] holds the projects the filter shows.
 */
import {baseStyle, popupContent, state} from './mapa-capas.js';
import {base, el, fetchJson, showError} from './mapa-util.js';
import {integer} from './formato.js';
import {decode} from './mvt.js';

export var INVESTMENT = 'proyectos-inversion';
var FIELDS = ['programa', 'sector', 'etapa'];
var CLICK_TOLERANCE_PX = 6;

/** The filter {programa, sector, etapa, desde, hasta} as the query the server reads ('' when empty, else '&…'). */
export function filterQuery(filter) {
  var params = new URLSearchParams();
  FIELDS.forEach(function (field) {
    if (filter[field]) {
      params.set(field, filter[field]);
    }
  });
  if (filter.desde !== null && filter.desde !== undefined) {
    params.set('desde', String(filter.desde));
  }
  if (filter.hasta !== null && filter.hasta !== undefined) {
    params.set('hasta', String(filter.hasta));
  }
  var query = params.toString();
  return query ? '&' + query : '';
}

/** Where a popup of a GeoJSON feature opens: a point, or the middle vertex of its first line or ring. */
function anchor(geometry) {
  var c = geometry.coordinates;
  while (Array.isArray(c[0]) && Array.isArray(c[0][0])) {
    c = c[0];
  }
  var p = Array.isArray(c[0]) ? c[Math.floor(c.length / 2)] : c;
  return L.latLng(p[1], p[0]);
}

function drawTile(canvas, tile, style, ratio) {
  var ctx = canvas.getContext('2d');
  var counts = {Point: 0, LineString: 0, Polygon: 0, projects: 0};
  var layer = tile[INVESTMENT];
  if (!layer) {
    return counts;
  }
  var scale = 256 * ratio / layer.extent;
  var stroke = style.color || '#b71c1c';
  var fill = style.fillColor || '#ef5350';
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  // Polygons first, then lines, then points on top.
  ['Polygon', 'LineString', 'Point'].forEach(function (type) {
    layer.features.forEach(function (f) {
      if (f.type !== type) {
        return;
      }
      counts[type]++;
      counts.projects += type === 'Point' ? f.properties.n || 1 : 1;
      ctx.beginPath();
      if (type === 'Point') {
        var r = (2.5 + Math.min(2.5, Math.log10(f.properties.n || 1))) * ratio;
        f.geometry.forEach(function (part) {
          ctx.moveTo(part[0][0] * scale + r, part[0][1] * scale);
          ctx.arc(part[0][0] * scale, part[0][1] * scale, r, 0, 2 * Math.PI);
        });
        ctx.fillStyle = fill;
        ctx.fill();
        ctx.lineWidth = 0.8 * ratio;
        ctx.strokeStyle = stroke;
        ctx.stroke();
        return;
      }
      f.geometry.forEach(function (part) {
        part.forEach(function (p, i) {
          if (i === 0) {
            ctx.moveTo(p[0] * scale, p[1] * scale);
          } else {
            ctx.lineTo(p[0] * scale, p[1] * scale);
          }
        });
      });
      if (type === 'Polygon') {
        ctx.globalAlpha = 0.2;
        ctx.fillStyle = fill;
        ctx.fill('evenodd');
        ctx.globalAlpha = 1;
      }
      ctx.lineWidth = (type === 'Polygon' ? 1 : 1.6) * ratio;
      ctx.strokeStyle = stroke;
      ctx.stroke();
    });
  });
  return counts;
}

/** The layer factory registered for the investment collection (see mapa-capas.js). */
export function createInvestmentLayer(collection, options) {
  var style = baseStyle(collection);
  var filter = {};
  var query = '';
  var tilesDrawn = 0;
  var counting = null;

  var Layer = L.GridLayer.extend({
    createTile: function (coords, done) {
      var canvas = L.DomUtil.create('canvas', 'sit-investment-tile');
      var ratio = window.devicePixelRatio || 1;
      var size = this.getTileSize();
      canvas.width = size.x * ratio;
      canvas.height = size.y * ratio;
      canvas.style.width = size.x + 'px';
      canvas.style.height = size.y + 'px';
      var url = base + '/tiles/' + INVESTMENT + '/' + coords.z + '/' + coords.x + '/' + coords.y + '.mvt?compacto=true'
          + query;
      fetch(url).then(function (response) {
        if (response.status === 204) {
          return null;
        }
        if (!response.ok) {
          throw new Error('HTTP ' + response.status + ' en ' + url);
        }
        return response.arrayBuffer();
      }).then(function (buffer) {
        var counts = drawTile(canvas, buffer ? decode(buffer) : {}, style, ratio);
        canvas.setAttribute('data-sit-points', String(counts.Point));
        canvas.setAttribute('data-sit-lines', String(counts.LineString));
        canvas.setAttribute('data-sit-polygons', String(counts.Polygon));
        canvas.setAttribute('data-sit-projects', String(counts.projects));
        tilesDrawn++;
        document.body.setAttribute('data-sit-investment-tiles', String(tilesDrawn));
        done(null, canvas);
      }).catch(function (error) {
        done(error, canvas);
      });
      return canvas;
    }
  });
  var layer = new Layer({pane: options.pane, className: options.className, updateWhenZooming: false,
    keepBuffer: 1});

  /** Counts what the filter shows (a cheap server query) and tells the form. Resolves with the count. */
  function count() {
    var mine = counting = fetchJson(base + '/api/investments/map/count?' + query.slice(1)).then(function (c) {
      if (mine === counting) {
        document.body.setAttribute('data-sit-investment-shown', String(c.mostrados));
        layer.fire('sit:filtered', {shown: c.mostrados, total: c.total, points: c.puntos, others: c.otros});
      }
      return c;
    });
    return mine;
  }

  /** Called by mapa-capas.js load() instead of downloading the collection: resolves with the number of projects. */
  layer.loadOwn = function () {
    return count().then(function (c) { return c.total; });
  };
  layer.setFilter = function (next) {
    filter = Object.assign({}, next);
    query = filterQuery(filter);
    count().catch(function (error) { showError('No se pudo contar los proyectos (' + error.message + ').'); });
    layer.redraw();
  };
  /** Opens a popup with the feature's own DOM content (values as text). */
  layer.showPopup = function (feature, latlng, others) {
    var content = popupContent(collection, feature);
    if (others && others.length) {
      content.appendChild(el('p', 'sit-popup-more', 'Otros proyectos en este lugar:'));
      var list = content.appendChild(el('ul', 'sit-popup-others'));
      others.forEach(function (other) {
        var button = el('button', 'sit-popup-other', other.nombre);
        button.type = 'button';
        button.addEventListener('click', function () { layer.openFeature(other.id, latlng); });
        list.appendChild(el('li')).appendChild(button);
      });
    }
    L.popup(options.popupOptions).setLatLng(latlng || anchor(feature.geometry)).setContent(content)
        .openOn(state.map);
  };
  /** Fetches a project and opens its popup (at latlng, or on its geometry); true at once, the popup follows. */
  layer.openFeature = function (id, latlng, others) {
    fetchJson(base + '/collections/' + INVESTMENT + '/items/' + encodeURIComponent(String(id)) + '?f=json')
        .then(function (feature) { layer.showPopup(feature, latlng, others); })
        .catch(function (error) { showError('No se pudo abrir el proyecto (' + error.message + ').'); });
    return true;
  };

  function onClick(event) {
    if (state.measuring) {
      return;   // a click of the measuring tool (mapa-herramientas.js), not a question about projects
    }
    var map = state.map;
    var url = base + '/api/investments/at?lon=' + event.latlng.lng.toFixed(6) + '&lat=' + event.latlng.lat.toFixed(6)
        + '&zoom=' + map.getZoom() + '&tolerancia_px=' + CLICK_TOLERANCE_PX + query;
    fetchJson(url).then(function (found) {
      if (found.proyectos.length) {
        layer.openFeature(found.proyectos[0].id, event.latlng, found.proyectos.slice(1));
      }
    }).catch(function (error) { showError('No se pudo consultar el mapa (' + error.message + ').'); });
  }
  layer.on('loading', function () { document.body.setAttribute('data-sit-investment-loading', 'true'); });
  layer.on('load', function () { document.body.setAttribute('data-sit-investment-loading', 'false'); });
  layer.on('add', function () { state.map.on('click', onClick); });
  layer.on('remove', function () { state.map.off('click', onClick); });
  return layer;
}

// ---------------------------------------------------------------- the filter form

var STAGES = ['idea', 'perfil', 'prefactibilidad', 'factibilidad', 'diseño', 'ejecución'];

/** The position of a stage in the project cycle; anything else after the stages. */
function stageRank(stage) {
  var i = STAGES.indexOf(stage);
  return i < 0 ? STAGES.length : i;
}

function fillSelect(select, values, field) {
  values.slice().sort(function (a, b) {
    // Stages in the order of the project cycle (SNI), not alphabetically.
    var ra = field === 'etapa' ? stageRank(a.valor) : 0;
    var rb = field === 'etapa' ? stageRank(b.valor) : 0;
    return ra !== rb ? ra - rb : a.valor.localeCompare(b.valor, 'es');
  }).forEach(function (v) {
    var option = el('option', null, v.valor + ' (' + integer(v.cantidad) + ')');
    option.value = v.valor;
    select.appendChild(option);
  });
}

function readYear(input) {
  var v = input.value.trim();
  return v === '' || isNaN(Number(v)) ? null : Number(v);
}

/** Fills the filter form from the server's values and applies it on every change. */
export function setUpFilters() {
  var form = document.getElementById('sit-investment-form');
  var layer = state.layers[INVESTMENT];
  if (!form || !layer || !layer.setFilter) {
    return Promise.resolve();
  }
  var count = document.getElementById('sit-investment-count');
  var problem = document.getElementById('sit-investment-years-error');
  layer.on('sit:filtered', function (e) {
    count.textContent = 'Se muestran ' + integer(e.shown) + ' de ' + integer(e.total) + ' proyectos ('
        + integer(e.points) + ' puntos, ' + integer(e.others) + ' líneas y polígonos).';
  });
  function apply(event) {
    var filter = {desde: readYear(form.elements.desde), hasta: readYear(form.elements.hasta)};
    FIELDS.forEach(function (field) { filter[field] = form.elements[field].value; });
    var backwards = filter.desde !== null && filter.hasta !== null && filter.desde > filter.hasta;
    problem.hidden = !backwards;
    form.elements.desde.setAttribute('aria-invalid', String(backwards));
    if (event && !state.map.hasLayer(layer)) {
      layer.addTo(state.map);   // filtering a hidden layer would show nothing: show it
    }
    layer.setFilter(filter);
  }
  form.addEventListener('change', apply);
  form.addEventListener('input', apply);
  form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  return fetchJson(base + '/api/investments/map/form').then(function (values) {
    FIELDS.forEach(function (field) { fillSelect(form.elements[field], values.valores[field] || [], field); });
    ['desde', 'hasta'].forEach(function (name) {
      form.elements[name].min = String(values.primer_anio);
      form.elements[name].max = String(values.ultimo_anio);
    });
    form.elements.desde.placeholder = String(values.primer_anio);
    form.elements.hasta.placeholder = String(values.ultimo_anio);
  });
}
