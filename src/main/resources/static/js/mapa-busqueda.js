/*
 * Search of investment projects by name or BIP code (/api/investments/search): results as buttons (text only),
 * reachable with the keyboard (Enter searches, ↓ goes to the results, ↑/↓ move between them, Escape goes back to
 * the box); choosing one zooms to the project and opens its popup; the link beside it opens the project's page.
 */
import {state} from './mapa-capas.js';
import {base, el, fetchJson, link, projectPageUrl} from './mapa-util.js';
import {INVESTMENT} from './mapa-inversion.js';

var MAX_LENGTH = 100;

function show(project) {
  var layer = state.layers[INVESTMENT];
  var b = project.bbox;
  if (!state.map.hasLayer(layer)) {
    layer.addTo(state.map);
  }
  state.map.fitBounds([[b[1], b[0]], [b[3], b[2]]], {maxZoom: 15, animate: false, padding: [20, 20]});
  layer.openFeature(project.id);
}

export function setUpProjectSearch() {
  var form = document.getElementById('sit-project-search');
  if (!form) {
    return;
  }
  var input = form.elements.q;
  var list = document.getElementById('sit-project-results');
  var status = document.getElementById('sit-project-search-status');
  var asked = 0;
  var timer = null;

  function buttons() {
    return Array.prototype.slice.call(list.querySelectorAll('button'));
  }

  function search() {
    var q = input.value.trim();
    var mine = ++asked;
    if (!q) {
      list.textContent = '';
      status.textContent = '';
      return Promise.resolve();
    }
    if (q.length > MAX_LENGTH) {
      status.textContent = 'Escriba a lo más ' + MAX_LENGTH + ' caracteres.';
      return Promise.resolve();
    }
    status.textContent = 'Buscando…';
    return fetchJson(base + '/api/investments/search?limit=10&q=' + encodeURIComponent(q)).then(function (found) {
      if (mine !== asked) {
        return;
      }
      list.textContent = '';
      found.proyectos.forEach(function (project) {
        var button = el('button', 'sit-project-result');
        button.type = 'button';
        button.appendChild(el('span', 'sit-project-result-name', project.nombre));
        var code = project.codigo_bip ? 'BIP ' + project.codigo_bip + ' · ' : '';
        button.appendChild(el('span', 'sit-project-result-meta', code + project.programa));
        button.addEventListener('click', function () { show(project); });
        var item = list.appendChild(el('li'));
        item.appendChild(button);
        var page = item.appendChild(link('Ficha', projectPageUrl(project.id), 'sit-project-result-page'));
        page.setAttribute('aria-label', 'Ficha del proyecto ' + project.nombre);
      });
      status.textContent = found.proyectos.length === 0 ? 'Ningún proyecto coincide.'
          : found.proyectos.length === 1 ? '1 proyecto encontrado.'
          : found.proyectos.length + ' proyectos encontrados.';
    }).catch(function (error) {
      if (mine === asked) {
        status.textContent = 'No se pudo buscar (' + error.message + ').';
      }
    });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    search();
  });
  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(search, 300);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && buttons().length) {
      event.preventDefault();
      buttons()[0].focus();
    }
  });
  list.addEventListener('keydown', function (event) {
    var all = buttons();
    var i = all.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && i < all.length - 1) {
      event.preventDefault();
      all[i + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (i > 0 ? all[i - 1] : input).focus();
    } else if (event.key === 'Escape') {
      input.focus();
    }
  });
}
