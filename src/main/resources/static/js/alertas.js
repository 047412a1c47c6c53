/*
 * The alert boxes of the territory profile and the project page (conservation screening, overlaps): a status line
 * whose state (ok, alert, unavailable) the CSS colours, and a list under it. Text only, never markup.
 */
import {el} from './mapa-util.js';

/** The alert box with this element id. */
export function alertBox(id) {
  var root = document.getElementById(id);
  var status = root.querySelector('.sit-alert-status');
  return {
    root: root,
    say: function (state, text) {
      root.dataset.state = state;
      status.textContent = text;
    },
    list: function () {
      return root.appendChild(el('ul', 'sit-alert-list'));
    }
  };
}

/** A label with its first letter in lower case, to follow a "·" in a sentence. */
export function lowerFirst(label) {
  return label ? label.charAt(0).toLowerCase() + label.slice(1) : '';
}
