/*
 * Side-by-side comparison of 2 to 4 territories (communes, provinces, the region, custom territories) for the
 * dashboard's years and amount, from /api/indicators: total, per capita, per km², projects and the top programmes
 * (por=programa). On a phone the columns stack (CSS grid).
 */
import {base, el, fetchJson, link, profileUrl} from './mapa-util.js';
import {integer, millions, pesos} from './formato.js';

var LEVELS = [{level: 'region', label: 'Región'}, {level: 'province', label: 'Provincias'},
  {level: 'commune', label: 'Comunas'}, {level: 'custom', label: 'Territorios personalizados'}];
var SINGULAR = {region: 'Región', province: 'Provincia', commune: 'Comuna', custom: 'Territorio personalizado'};
var TOP = 3;
var MAX = 4;

var documents = {};

function indicators(level, s, by) {
  var url = base + '/api/indicators?nivel=' + level + '&desde=' + s.from + '&hasta=' + s.to + '&monto=' + s.amount
      + (by ? '&por=' + by : '');
  if (!documents[url]) {
    documents[url] = fetchJson(url).catch(function (error) {
      delete documents[url];
      throw error;
    });
  }
  return documents[url];
}

/** The territories of every level for the selects: [{level, label, rows}]. */
function catalogue(s) {
  return Promise.all(LEVELS.map(function (l) { return indicators(l.level, s); })).then(function (docs) {
    return LEVELS.map(function (l, i) { return {level: l.level, label: l.label, rows: docs[i].filas}; });
  });
}

/** Fills the four selects (keeping what they show, else {@code chosen}). */
export function fillSelects(form, s, chosen) {
  return catalogue(s).then(function (levels) {
    ['t1', 't2', 't3', 't4'].forEach(function (name, i) {
      var select = form.elements[name];
      var keep = select.value || chosen[i] || '';
      select.replaceChildren(new Option('—', ''));
      levels.forEach(function (l) {
        if (!l.rows.length) {
          return;
        }
        var group = document.createElement('optgroup');
        group.label = l.label;
        l.rows.forEach(function (r) {
          var option = new Option(r.nombre + ' (' + r.codigo + ')', r.codigo);
          option.dataset.level = l.level;
          group.appendChild(option);
        });
        select.appendChild(group);
      });
      select.value = keep;
      if (select.value !== keep) {
        select.value = '';
      }
    });
  });
}

/** The codes chosen in the form, without repeats, with their level. */
export function chosenIn(form) {
  var out = [];
  ['t1', 't2', 't3', 't4'].forEach(function (name) {
    var select = form.elements[name];
    var option = select.options[select.selectedIndex];
    if (select.value && !out.some(function (c) { return c.code === select.value; })) {
      out.push({code: select.value, level: option.dataset.level});
    }
  });
  return out.slice(0, MAX);
}

/** Draws the columns of the chosen territories into {@code grid}; resolves to the number drawn. */
export function compare(grid, message, chosen, s) {
  grid.replaceChildren();
  if (chosen.length < 2) {
    message.textContent = 'Elija al menos 2 territorios para compararlos.';
    return Promise.resolve(0);
  }
  message.textContent = 'Comparando…';
  return Promise.all(chosen.map(function (c) {
    return Promise.all([indicators(c.level, s), indicators(c.level, s, 'programa')]).then(function (docs) {
      return column(c, docs[0], docs[1], s);
    });
  })).then(function (columns) {
    columns.forEach(function (node) { grid.appendChild(node); });
    message.textContent = 'Comparación de ' + columns.length + ' territorios, ' + s.from + '–' + s.to + ', monto '
        + s.amount + '.';
    return columns.length;
  });
}

function column(c, doc, byProgramme, s) {
  var row = doc.filas.filter(function (r) { return r.codigo === c.code; })[0];
  var card = el('article', 'sit-cmp-col');
  card.dataset.code = c.code;
  var title = el('h3');
  title.appendChild(link(row ? row.nombre : c.code, profileUrl(c.code)));
  card.appendChild(title);
  card.appendChild(el('p', 'sit-dash-hint', SINGULAR[c.level] + ' · ' + c.code));
  if (!row) {
    card.appendChild(el('p', null, 'Sin datos.'));
    return card;
  }
  var list = el('dl', 'sit-cmp-figures');
  figure(list, 'Inversión total', millions(row.total_clp), 'total');
  figure(list, 'Per cápita', row.per_capita_clp === null ? 'sin población' : pesos(row.per_capita_clp), 'per-capita');
  figure(list, 'Por km²', millions(row.por_km2_clp) + '/km²', 'per-km2');
  figure(list, 'Proyectos', integer(row.proyectos), 'projects');
  card.appendChild(list);
  card.appendChild(el('h4', null, 'Programas principales'));
  var top = byProgramme.filas.filter(function (r) { return r.codigo === c.code && r.total_clp > 0; })
      .sort(function (a, b) { return b.total_clp - a.total_clp; }).slice(0, TOP);
  var ol = el('ol', 'sit-cmp-top');
  top.forEach(function (r) {
    ol.appendChild(el('li', null, r.grupo + ': ' + millions(r.total_clp)));
  });
  if (!top.length) {
    ol.appendChild(el('li', null, 'Sin inversión en ' + s.from + '–' + s.to));
  }
  card.appendChild(ol);
  return card;
}

function figure(list, label, value, key) {
  list.appendChild(el('dt', null, label));
  var dd = el('dd', null, value);
  dd.dataset.figure = key;
  list.appendChild(dd);
}
