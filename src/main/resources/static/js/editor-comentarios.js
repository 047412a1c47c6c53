/*
 * Review comments on the feature being edited (GET/POST .../items/{id}/comments, PUT .../comments/{cid}): who wrote
 * what and when, open or resolved; a new comment and "Marcar resuelto" / "Reabrir" for those who may edit the
 * feature's commune (the server refuses the others with a message, shown here). Text goes in as text only.
 */
import {el} from './mapa-util.js';
import {itemPath, request} from './editor-api.js';
import {$, state} from './editor-estado.js';

var WHEN = new Intl.DateTimeFormat('es-CL', {dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23',
  timeZone: 'America/Santiago'});
var shownFor = null;

function path(id) {
  return itemPath(state.layer.id, id) + '/comments';
}

function problem(answer, fallback) {
  var box = $('sit-comment-error');
  box.textContent = (answer && answer.body && answer.body.description) || fallback;
  box.hidden = false;
}

function render(id, list) {
  var items = $('sit-comments-list');
  items.textContent = '';
  list.forEach(function (c) {
    var item = el('li', 'sit-comment' + (c.resuelto ? ' is-resolved' : ''));
    item.dataset.comment = String(c.id);
    var meta = el('p', 'sit-comment-meta', c.autor + ' · ' + WHEN.format(new Date(c.fecha))
        + (c.resuelto ? ' · resuelto por ' + c.resueltoPor : ' · abierto'));
    item.appendChild(meta);
    item.appendChild(el('p', 'sit-comment-text', c.texto));
    var toggle = el('button', 'sit-button-link', c.resuelto ? 'Reabrir' : 'Marcar resuelto');
    toggle.type = 'button';
    toggle.addEventListener('click', function () {
      request('PUT', path(id) + '/' + c.id, {resuelto: !c.resuelto}).then(function (answer) {
        if (!answer.ok) {
          problem(answer, 'No se pudo cambiar el comentario.');
          return null;
        }
        return load(id);
      });
    });
    item.appendChild(toggle);
    items.appendChild(item);
  });
  var open = list.filter(function (c) { return !c.resuelto; }).length;
  $('sit-comments-empty').hidden = list.length > 0;
  $('sit-comments-heading').textContent = 'Comentarios de revisión' + (list.length
      ? ' (' + (open === 1 ? '1 abierto' : open + ' abiertos') + ')' : '');
}

function load(id) {
  return request('GET', path(id)).then(function (answer) {
    if (shownFor !== id) {
      return;
    }
    if (!answer.ok) {
      problem(answer, 'No se pudieron leer los comentarios.');
      return;
    }
    $('sit-comment-error').hidden = true;
    render(id, answer.body);
  });
}

/** Shows the comments of a stored feature, or hides the section (a new feature, or none). */
export function showComments(id) {
  shownFor = id;
  $('sit-comments-section').hidden = id === null || id === undefined;
  $('sit-comment-error').hidden = true;
  if (id !== null && id !== undefined) {
    $('sit-comments-list').textContent = '';
    load(id);
  }
}

export function setUpComments() {
  $('sit-comment-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var id = shownFor;
    var text = $('sit-comment-text').value.trim();
    if (id === null || !text) {
      return;
    }
    request('POST', path(id), {texto: text}).then(function (answer) {
      if (!answer.ok) {
        problem(answer, 'No se pudo guardar el comentario.');
        return;
      }
      $('sit-comment-text').value = '';
      $('sit-comment-error').hidden = true;
      render(id, answer.body);
    });
  });
}
