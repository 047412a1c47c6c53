/*
 * Spanish (Chile) number formats shared by the map and the territory profile: thousands with a dot, decimals
 * with a comma; amounts in millions of pesos written "MM$", as Chilean budget documents do.
 */
export var LOCALE = 'es-CL';

export function integer(n) {
  return n === null || n === undefined ? '—' : Math.round(n).toLocaleString(LOCALE);
}

export function decimal(n, digits) {
  return n === null || n === undefined ? '—'
      : n.toLocaleString(LOCALE, {minimumFractionDigits: digits, maximumFractionDigits: digits});
}

/** "MM$ 55.834"; one decimal under 100 million, two under 1 million. */
export function millions(clp) {
  if (clp === null || clp === undefined) {
    return '—';
  }
  var m = clp / 1e6;
  var a = Math.abs(m);
  return 'MM$ ' + decimal(m, a === 0 || a >= 100 ? 0 : a >= 1 ? 1 : 2);
}

/** "$ 315.151". */
export function pesos(clp) {
  return clp === null || clp === undefined ? '—' : '$ ' + integer(clp);
}

/**
 * The indicators of /api/indicators a choropleth can show: the row field, a Spanish label, the unit and how to
 * write a value.
 */
export var INDICATORS = {
  total_clp: {label: 'Inversión total', unit: 'millones de pesos (MM$)', format: millions},
  per_capita_clp: {label: 'Inversión per cápita', unit: 'pesos por habitante', format: pesos},
  por_km2_clp: {label: 'Inversión por km²', unit: 'millones de pesos por km²',
    format: function (v) { return millions(v) + '/km²'; }},
  proyectos: {label: 'Número de proyectos', unit: 'proyectos', format: integer}
};

export var LEVELS = {
  commune: {label: 'Comuna', plural: 'Comunas', collection: 'comunas'},
  province: {label: 'Provincia', plural: 'Provincias', collection: 'provincias'},
  region: {label: 'Región', plural: 'Regiones', collection: 'regiones'}
};
