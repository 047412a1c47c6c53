/*
 * Class breaks for choropleths: quantiles and natural breaks (Jenks, computed exactly with Fisher's dynamic
 * programme). Pure functions, no DOM and no Leaflet, shared by the map and tested on their own
 * (ClassBreaksBrowserIT runs them in Chromium against a brute-force optimum).
 *
 * Why in the browser: the values are already there (from /api/indicators), and changing the method or the number
 * of classes redraws at once without another request; the function is small enough to be tested exhaustively.
 *
 * Breaks are k + 1 ascending numbers [min, b1, ..., max] taken from the data. Class i holds the values v with
 * breaks[i] < v <= breaks[i + 1]; the first class also holds breaks[0]. Equal values always fall in the same
 * class, so there may be fewer classes than asked for (never more than the distinct values).
 */

/** The finite numbers of a list, ascending. */
function sortedNumbers(values) {
  return values.filter(function (v) { return typeof v === 'number' && isFinite(v); })
      .sort(function (a, b) { return a - b; });
}

/** Distinct values of a sorted list with how often each occurs. */
function distinct(sorted) {
  var values = [], counts = [];
  sorted.forEach(function (v) {
    if (values.length && values[values.length - 1] === v) {
      counts[counts.length - 1]++;
    } else {
      values.push(v);
      counts.push(1);
    }
  });
  return {values: values, counts: counts};
}

function unique(sorted) {
  return sorted.filter(function (b, i) { return i === 0 || b !== sorted[i - 1]; });
}

/**
 * Quantile breaks by nearest rank: the upper bound of class i is the value of rank ceil(n * (i + 1) / k), so each
 * class holds about n / k values. Equal upper bounds (ties) merge their classes.
 */
export function quantileBreaks(values, k) {
  var v = sortedNumbers(values);
  if (!v.length) {
    return [];
  }
  var upper = [];
  for (var i = 1; i < k; i++) {
    upper.push(v[Math.max(0, Math.ceil(v.length * i / k) - 1)]);
  }
  upper.push(v[v.length - 1]);
  // The minimum stays even when it is also the first upper bound: then the lowest class holds only the minimum.
  return [v[0]].concat(unique(upper));
}

/**
 * Natural breaks (Jenks): the partition of the sorted values into k contiguous classes with the least total
 * squared deviation from the class means, found exactly (Fisher 1958) in O(k·m²) over the m distinct values,
 * each weighted by how often it occurs.
 */
export function jenksBreaks(values, k) {
  var d = distinct(sortedNumbers(values));
  var m = d.values.length;
  if (!m) {
    return [];
  }
  k = Math.max(1, Math.min(k, m));
  // Prefix sums of weight, weighted value and weighted square: ssd(i, j) of distinct values i..j in O(1).
  var w = [0], s1 = [0], s2 = [0];
  for (var i = 0; i < m; i++) {
    w.push(w[i] + d.counts[i]);
    s1.push(s1[i] + d.counts[i] * d.values[i]);
    s2.push(s2[i] + d.counts[i] * d.values[i] * d.values[i]);
  }
  function ssd(from, to) {
    var n = w[to + 1] - w[from], s = s1[to + 1] - s1[from];
    return Math.max(0, s2[to + 1] - s2[from] - s * s / n);
  }
  // cost[c][j]: least deviation of distinct values 0..j in c + 1 classes; start[c][j]: where the last one starts.
  var cost = [[]], start = [[]];
  for (var j = 0; j < m; j++) {
    cost[0].push(ssd(0, j));
    start[0].push(0);
  }
  for (var c = 1; c < k; c++) {
    cost.push([]);
    start.push([]);
    for (j = 0; j < m; j++) {
      var best = Infinity, bestStart = j;
      for (var s = Math.max(c, 1); s <= j; s++) {
        var total = cost[c - 1][s - 1] + ssd(s, j);
        if (total < best) {
          best = total;
          bestStart = s;
        }
      }
      cost[c].push(best);
      start[c].push(bestStart);
    }
  }
  var breaks = [d.values[m - 1]];
  for (c = k - 1, j = m - 1; c > 0; c--) {
    j = start[c][j] - 1;
    breaks.unshift(d.values[j]);
  }
  breaks.unshift(d.values[0]);
  return breaks;
}

/** Breaks by method name: "jenks" or "cuantiles". */
export function classBreaks(method, values, k) {
  return method === 'jenks' ? jenksBreaks(values, k) : quantileBreaks(values, k);
}

/** The class index of a value (0 for the lowest), or -1 for a missing value or no breaks. */
export function classOf(value, breaks) {
  if (typeof value !== 'number' || !isFinite(value) || breaks.length < 2) {
    return -1;
  }
  for (var i = 1; i < breaks.length - 1; i++) {
    if (value <= breaks[i]) {
      return i - 1;
    }
  }
  return breaks.length - 2;
}

/**
 * ColorBrewer Blues (Cynthia Brewer, Apache-2.0 licence), light to dark, for 1 to 7 classes: sequential, readable
 * in grey print and by colour-blind readers, and apart from the layers drawn over it (protected areas in green,
 * priority sites in orange, projects in red). YlGnBu was used before: its greens read as protected areas.
 */
var BLUES = {
  3: ['#deebf7', '#9ecae1', '#3182bd'],
  4: ['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
  5: ['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
  6: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
  7: ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594']
};

/** The colours of n classes (n from 1 to 7). */
export function palette(n) {
  if (n <= 1) {
    return ['#6baed6'];
  }
  if (n === 2) {
    return ['#9ecae1', '#3182bd'];
  }
  return BLUES[Math.min(n, 7)].slice();
}

export var NO_DATA_COLOUR = '#d9d9d9';
