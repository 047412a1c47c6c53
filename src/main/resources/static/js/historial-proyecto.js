/*
 * A project's page: the section "Historial de cambios" reads /api/investments/{id}/history (signed-in users) a
 * page at a time, newest first. Text from the server goes in with textContent only.
 */
import {integer, pesos} from './formato.js';

var FIELDS = {
  codigo_bip: 'Código BIP', nombre: 'Nombre', programa: 'Programa', fuente_financiamiento: 'Fuente de '
      + 'financiamiento', sector: 'Sector', etapa: 'Etapa', estado: 'Estado', institucion: 'Institución',
  eje_estrategico: 'Eje estratégico', costo_total_clp: 'Costo total', anio_inicio: 'Año de inicio',
  anio_fin: 'Año de término', comuna_declarada: 'Comuna declarada'
};
var ACTIONS = {creado: 'Creado', actualizado: 'Actualizado', eliminado: 'Eliminado'};
var SOURCES = {formulario: 'edición en SIT', importacion: 'importación',
  retiro_ilustrativos: 'retiro de los proyectos ilustrativos'};
var PAGE = 20;

function el(tag, className, text) {
  var e = document.createElement(tag);
  if (className) {
    e.className = className;
  }
  if (text !== undefined) {
    e.textContent = text;
  }
  return e;
}

function value(field, v) {
  if (v === null || v === undefined) {
    return '—';
  }
  return field === 'costo_total_clp' ? pesos(v) : String(v);
}

/** One line per field, yearly amount and the geometry. */
function details(changes, created) {
  var list = el('ul', 'sit-history-changes');
  (changes.campos || []).forEach(function (c) {
    list.appendChild(el('li', null, (FIELDS[c.campo] || c.campo) + ': ' + value(c.campo, c.anterior) + ' → '
        + value(c.campo, c.nuevo)));
  });
  (changes.montos || []).forEach(function (m) {
    list.appendChild(el('li', null, 'Montos ' + m.anio + ': programado ' + pesos(m.programadoAnterior) + ' → '
        + pesos(m.programadoNuevo) + '; ejecutado ' + pesos(m.ejecutadoAnterior) + ' → '
        + pesos(m.ejecutadoNuevo)));
  });
  if (changes.geometriaCambiada) {
    list.appendChild(el('li', null, 'Ubicación (geometría) ' + (created ? 'registrada' : 'modificada')));
  }
  if (changes.motivo) {
    list.appendChild(el('li', null, changes.motivo));
  }
  return list;
}

function entry(e) {
  var li = el('li', 'sit-history-entry');
  var when = new Date(e.fecha).toLocaleString('es-CL');
  var source = SOURCES[e.origen] || e.origen;
  li.appendChild(el('p', 'sit-history-head', (ACTIONS[e.accion] || e.accion) + ' el ' + when + ' por ' + e.usuario
      + ' (' + source + (e.archivo ? ': ' + e.archivo : '') + ')'));
  li.appendChild(details(e.cambios || {}, e.accion === 'creado'));
  return li;
}

function start() {
  var section = document.getElementById('sit-project-history');
  if (!section) {
    return;
  }
  var status = document.getElementById('sit-project-history-status');
  var list = document.getElementById('sit-project-history-list');
  var more = document.getElementById('sit-project-history-more');
  var offset = 0;

  function load() {
    more.disabled = true;
    fetch(section.getAttribute('data-url') + '?limit=' + PAGE + '&offset=' + offset,
        {headers: {Accept: 'application/json'}}).then(function (response) {
      if (response.status === 401) {
        status.textContent = 'Ingrese con su usuario para ver el historial de cambios.';
        return null;
      }
      if (!response.ok) {
        throw new Error(String(response.status));
      }
      return response.json();
    }).then(function (page) {
      if (!page) {
        return;
      }
      page.cambios.forEach(function (e) {
        list.appendChild(entry(e));
      });
      offset += page.cambios.length;
      status.textContent = page.total === 0 ? 'Sin cambios registrados.'
          : 'Mostrando ' + integer(offset) + ' de ' + integer(page.total) + ' cambios, el más reciente primero.';
      more.hidden = offset >= page.total;
      more.disabled = false;
    }).catch(function (error) {
      status.textContent = 'No se pudo leer el historial (' + error.message + ').';
    });
  }

  more.addEventListener('click', load);
  load();
}

start();
