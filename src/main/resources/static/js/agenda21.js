/*
 * Agenda 21 dashboard: the status buttons of the matrix. A click opens a dialog for an optional note (required to
 * send an empty layer to review or to publish it), then POSTs {layer, cut, status, nota, desde} to
 * /api/agenda21/estado with the CSRF token (cookie XSRF-TOKEN, header X-XSRF-TOKEN) and redraws the matrix from
 * the page itself, so cells and totals come from the server only. Text from the server goes in with textContent.
 * body[data-sit-ready="true"] once the buttons work.
 */
import {csrfToken} from './csrf.js';

(function () {
  'use strict';

  var body = document.body;
  var base = body.getAttribute('data-base') || '';
  var container = document.getElementById('sit-a21');
  var dialog = document.getElementById('sit-a21-dialog');
  var form = document.getElementById('sit-a21-form');
  var text = document.getElementById('sit-a21-dialog-text');
  var note = document.getElementById('sit-a21-note');
  var hint = document.getElementById('sit-a21-note-hint');
  var error = document.getElementById('sit-a21-dialog-error');
  var confirmButton = document.getElementById('sit-a21-confirm');
  var status = document.getElementById('sit-a21-status');
  var LABELS = {borrador: 'borrador', revision: 'revisión', publicado: 'publicado'};
  var pending = null;

  function say(message) {
    status.textContent = message;
    status.hidden = false;
  }

  function cellOf(change) {
    return document.querySelector('td[data-capa="' + CSS.escape(change.layer) + '"][data-cut="'
        + CSS.escape(change.cut) + '"]');
  }

  /** Reloads the page's matrix and swaps it in; marks the changed cell. */
  function refresh(change) {
    return fetch(window.location.pathname + window.location.search, {headers: {Accept: 'text/html'}})
      .then(function (r) {
        if (!r.ok) {
          throw new Error('HTTP ' + r.status);
        }
        return r.text();
      })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('sit-a21-matrix');
        var old = document.getElementById('sit-a21-matrix');
        old.parentNode.replaceChild(document.importNode(fresh, true), old);
        var cell = change && cellOf(change);
        if (cell) {
          cell.classList.add('sit-a21-flash');
        }
      });
  }

  function open(button) {
    var cell = button.closest('td[data-capa]');
    var from = cell.getAttribute('data-estado');
    var to = button.getAttribute('data-estado');
    var empty = cell.getAttribute('data-elementos') === '0';
    var needsNote = empty && (to === 'publicado' || (from === 'borrador' && to === 'revision'));
    pending = {layer: cell.getAttribute('data-capa'), cut: cell.getAttribute('data-cut'), status: to, desde: from,
      title: cell.getAttribute('data-titulo'), commune: cell.getAttribute('data-comuna')};
    text.textContent = button.textContent + ': «' + pending.title + '» en ' + pending.commune + ' ('
        + LABELS[from] + ' → ' + LABELS[to] + ').';
    note.value = '';
    note.required = needsNote;
    hint.textContent = needsNote ? '(obligatoria: la capa no tiene elementos; explique por qué)' : '(opcional)';
    error.hidden = true;
    confirmButton.disabled = false;
    dialog.showModal();
    note.focus();
  }

  function send() {
    var change = pending;
    var headers = {'Content-Type': 'application/json', Accept: 'application/json'};
    var token = csrfToken();
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
    confirmButton.disabled = true;
    fetch(base + '/api/agenda21/estado', {method: 'POST', headers: headers, body: JSON.stringify({
      capa: change.layer, cut: change.cut, estado: change.status, nota: note.value, desde: change.desde})})
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (answer) {
          if (r.ok) {
            dialog.close();
            return refresh(change).then(function () {
              say('«' + change.title + '» en ' + change.commune + ' quedó en ' + LABELS[answer.estado] + '.');
            });
          }
          error.textContent = answer.description || ('No se pudo cambiar el estado (HTTP ' + r.status + ').');
          error.hidden = false;
          confirmButton.disabled = false;
          return r.status === 409 ? refresh(null) : null;
        });
      })
      .catch(function () {
        error.textContent = 'Error de red: no se pudo cambiar el estado.';
        error.hidden = false;
        confirmButton.disabled = false;
      });
  }

  if (container && dialog) {
    container.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-estado]');
      if (button) {
        open(button);
      }
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      send();
    });
    document.getElementById('sit-a21-cancel').addEventListener('click', function () {
      dialog.close();
    });
  }
  body.setAttribute('data-sit-ready', 'true');
}());
