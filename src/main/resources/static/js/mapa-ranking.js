/*
 * The ranking table of territories for the indicator of the choropleth: sortable by name or value (buttons in
 * the column headers, aria-sort says the order), each name linking to its profile; a click elsewhere on a row
 * shows the territory on the map.
 */
import {el, link, profileUrl} from './mapa-util.js';

var COLUMNS = [
  {key: 'rank', label: '#', numeric: true},
  {key: 'name', label: 'Territorio', numeric: false},
  {key: 'value', label: 'Valor', numeric: true}
];

/**
 * Renders rows [{code, name, value, colour}] into `table`; `format` writes a value; `onSelect(code)` is called
 * when a row is chosen. The rank is by value, highest first, and stays with its row whatever the sort.
 */
export function renderRanking(table, rows, format, onSelect) {
  var ranked = rows.slice().sort(byValueDesc);
  ranked.forEach(function (row, i) { row.rank = row.value === null ? null : i + 1; });
  var sort = {key: 'rank', ascending: true};

  function draw() {
    table.textContent = '';
    var head = table.appendChild(el('thead')).appendChild(el('tr'));
    COLUMNS.forEach(function (column) {
      var th = head.appendChild(el('th'));
      th.scope = 'col';
      if (column.numeric) {
        th.className = 'sit-num';
      }
      var active = sort.key === column.key;
      th.setAttribute('aria-sort', active ? (sort.ascending ? 'ascending' : 'descending') : 'none');
      var button = th.appendChild(el('button', 'sit-sort', column.label));
      button.type = 'button';
      button.dataset.sort = column.key;
      button.appendChild(el('span', 'sit-sort-mark', active ? (sort.ascending ? ' ▲' : ' ▼') : ''));
      button.addEventListener('click', function () {
        sort = {key: column.key, ascending: active ? !sort.ascending : column.key !== 'value'};
        draw();
      });
    });
    var body = table.appendChild(el('tbody'));
    sorted().forEach(function (row) {
      var tr = body.appendChild(el('tr'));
      tr.dataset.code = row.code;
      tr.appendChild(el('td', 'sit-num', row.rank === null ? '—' : String(row.rank)));
      var name = tr.appendChild(el('td', 'sit-rank-name'));
      var chip = name.appendChild(el('span', 'sit-chip'));
      chip.style.backgroundColor = row.colour;
      name.appendChild(link(row.name, profileUrl(row.code)));
      tr.appendChild(el('td', 'sit-num', row.value === null ? 'sin dato' : format(row.value)));
      tr.addEventListener('click', function (event) {
        if (event.target.tagName !== 'A') {
          onSelect(row.code);
        }
      });
    });
  }

  function sorted() {
    var out = ranked.slice();
    var key = sort.key;
    out.sort(function (a, b) {
      var r;
      if (key === 'name') {
        r = a.name.localeCompare(b.name, 'es');
      } else {
        var x = key === 'rank' ? a.rank : a.value, y = key === 'rank' ? b.rank : b.value;
        if (x === null || y === null) {
          return x === y ? 0 : x === null ? 1 : -1;   // missing values last in either order
        }
        r = x - y;
      }
      return sort.ascending ? r : -r;
    });
    return out;
  }

  draw();
}

function byValueDesc(a, b) {
  if (a.value === null || b.value === null) {
    return a.value === b.value ? a.name.localeCompare(b.name, 'es') : a.value === null ? 1 : -1;
  }
  return b.value - a.value || a.name.localeCompare(b.name, 'es');
}
