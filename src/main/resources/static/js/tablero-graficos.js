/*
 * The bar charts of the investment dashboard, drawn with DOM nodes (no chart library): each bar is a button with
 * aria-pressed, its label and its value as text (Chilean formats, formato.js); the bar's length is set through
 * element.style (the CSP allows no style attributes in markup). Years are columns, one button per year.
 */
import {el} from './mapa-util.js';
import {integer, millions} from './formato.js';

/** "MM$ 1.234 · 5 proyectos". */
export function amountText(bar) {
  return millions(bar.total_clp) + ' · ' + integer(bar.proyectos) + (bar.proyectos === 1 ? ' proyecto' : ' proyectos');
}

function largest(bars) {
  return bars.reduce(function (m, b) { return Math.max(m, b.total_clp); }, 0);
}

/**
 * Horizontal bars into {@code box}: one button per group, pressed when its value is filtered; a click calls
 * {@code onToggle(value)}. {@code label(bar)} gives the text shown (default: the value).
 */
export function drawBars(box, bars, selected, onToggle, label) {
  var max = largest(bars);
  var filtered = selected.length > 0;
  box.replaceChildren();
  if (!bars.length) {
    box.appendChild(el('p', 'sit-dash-empty', 'Sin inversión con estos filtros.'));
    return;
  }
  bars.forEach(function (bar) {
    var pressed = selected.indexOf(bar.valor) >= 0;
    var button = el('button', 'sit-bar' + (filtered && !pressed ? ' sit-bar-dim' : ''));
    button.type = 'button';
    button.dataset.value = bar.valor;
    button.setAttribute('aria-pressed', String(pressed));
    button.appendChild(el('span', 'sit-bar-label', label ? label(bar) : bar.valor));
    var track = el('span', 'sit-bar-track');
    var fill = el('span', 'sit-bar-fill');
    fill.style.width = (max > 0 ? Math.max(bar.total_clp > 0 ? 0.5 : 0, 100 * bar.total_clp / max) : 0) + '%';
    track.appendChild(fill);
    button.appendChild(track);
    button.appendChild(el('span', 'sit-bar-value', amountText(bar)));
    button.addEventListener('click', function () { onToggle(bar.valor); });
    box.appendChild(button);
  });
}

/**
 * Year columns into {@code box}: every year of the axis, those inside [from, to] marked as chosen when the range
 * is a filter ({@code ranged}); a click calls {@code onYear(year)}.
 */
export function drawYears(box, bars, from, to, ranged, onYear) {
  var max = largest(bars);
  box.replaceChildren();
  bars.forEach(function (bar) {
    var year = Number(bar.valor);
    var inside = year >= from && year <= to;
    var button = el('button', 'sit-col' + (inside ? '' : ' sit-bar-dim'));
    button.type = 'button';
    button.dataset.value = bar.valor;
    button.setAttribute('aria-pressed', String(ranged && inside));
    button.title = bar.valor + ': ' + amountText(bar);
    var track = el('span', 'sit-col-track');
    var fill = el('span', 'sit-col-fill');
    fill.style.height = (max > 0 ? 100 * bar.total_clp / max : 0) + '%';
    track.appendChild(fill);
    button.appendChild(track);
    button.appendChild(el('span', 'sit-col-label', bar.valor));
    button.appendChild(el('span', 'sit-visually-hidden', ': ' + amountText(bar)));
    button.addEventListener('click', function () { onYear(year); });
    box.appendChild(button);
  });
}
