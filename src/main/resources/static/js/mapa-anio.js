/*
 * The year of the territorial division on the map: a <select> with "Actual" (today's units) and the years since
 * 2003. A year shows the communes, provinces and regions in force on 31 December of it (the dated layers, fetched
 * with the OGC API datetime=<year>-12-31); in 2005, for instance, the Región de Los Lagos with its Provincia de
 * Valdivia instead of Los Ríos. The choice is kept in the address (#anio=2005, next to #territorio=…).
 */
import {setDatetime, state} from './mapa-capas.js';
import {el, setAddressPart} from './mapa-util.js';

var FIRST_YEAR = 2003;   // the founding document's programmes start in 2003
var ADDRESS_YEAR = /(?:^#|&)anio=(\d{4})(?:&|$)/;

var select = null;
var note = null;

function lastYear() {
  return Math.max(FIRST_YEAR, new Date().getFullYear());
}

/** The year named in the address, if it is one the control offers; '' otherwise (today's units). */
function yearInAddress() {
  var match = ADDRESS_YEAR.exec(window.location.hash);
  var year = match ? Number(match[1]) : 0;
  return year >= FIRST_YEAR && year <= lastYear() ? String(year) : '';
}

function datetimeOf(year) {
  return year ? year + '-12-31' : '';
}

function describe(year) {
  note.textContent = year
      ? 'Comunas, provincias y regiones vigentes al 31-12-' + year + '.'
      : 'Comunas, provincias y regiones vigentes hoy.';
  document.body.dataset.sitAnio = year || 'actual';
}

/** Keeps the year in the address (see setAddressPart). */
function remember(year) {
  setAddressPart('anio', year);
}

function show(year) {
  describe(year);
  return setDatetime(datetimeOf(year)).catch(function () { /* reported by load() */ });
}

/**
 * Fills the control and takes the year from the address; call before the layers visible at start are loaded, so
 * they load that year's units at once.
 */
export function setUpYear() {
  select = document.getElementById('sit-anio');
  note = document.getElementById('sit-anio-nota');
  if (!select || !note) {
    return;
  }
  for (var year = lastYear(); year >= FIRST_YEAR; year--) {
    var option = el('option', null, String(year));
    option.value = String(year);
    select.appendChild(option);
  }
  var initial = yearInAddress();
  select.value = initial;
  state.datetime = datetimeOf(initial);
  describe(initial);
  select.addEventListener('change', function () {
    remember(select.value);
    show(select.value);
  });
}

/** Follows a year typed into the address; resolves once the dated layers on the map are drawn. */
export function followAddressYear() {
  var year = yearInAddress();
  if (!select || year === select.value) {
    return Promise.resolve();
  }
  select.value = year;
  return show(year);
}
