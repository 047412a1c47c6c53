/*
 * The administration page: the users table (state and roles, changed on the spot), a new-user form, a password
 * reset dialog, and the grants of one editor as a commune × layer matrix. Everything goes through /api/users with
 * the session's CSRF token (editor-api.js); the server's Spanish message is shown when it refuses. Names from the
 * server go into the page as text only.
 *
 * For tests: body[data-sit-ready="true"] once the users are listed; body[data-sit-busy] while a change is sent.
 */
import {el} from './mapa-util.js';
import {request} from './editor-api.js';

var ROLES = [{id: 'admin', label: 'administración'}, {id: 'inversion', label: 'inversión'},
  {id: 'editor', label: 'edición'}];
var ALL = '*';

var body = document.body;
var statusBox = document.getElementById('sit-admin-status');
var usersBody = document.querySelector('#sit-users tbody');
var grantsSection = document.getElementById('sit-grants-section');
var grantsTable = document.getElementById('sit-grants');
var passwordDialog = document.getElementById('sit-password-dialog');

var me = (document.querySelector('.sit-header-name') || {}).textContent;
var users = [];
var matrix = null;
var grantsFor = null;
var resetFor = null;

function say(message, failed) {
  statusBox.textContent = message;
  statusBox.classList.toggle('sit-error-notice', !!failed);
  statusBox.hidden = false;
}

function problem(answer, fallback) {
  return (answer.body && answer.body.description) || fallback + ' (HTTP ' + answer.status + ')';
}

/** Sends one change; on success reloads the users, on refusal shows the server's reason. */
function change(method, path, payload, done, fallback) {
  body.setAttribute('data-sit-busy', 'true');
  return request(method, path, payload).then(function (answer) {
    if (!answer.ok) {
      say(problem(answer, fallback), true);
      return load();
    }
    return load().then(function () { say(done, false); });
  }, function () {
    say('Error de red: no se guardó el cambio.', true);
  }).finally(function () {
    body.setAttribute('data-sit-busy', 'false');
  });
}

function userPath(name) {
  return '/api/users/' + encodeURIComponent(name);
}

function roleBox(user, role) {
  var box = el('input');
  box.type = 'checkbox';
  box.checked = user.roles.indexOf(role.id) >= 0;
  box.setAttribute('aria-label', role.label + ' para ' + user.usuario);
  if (role.id === 'admin' && user.usuario === me) {
    // Taking one's own admin role would close this page mid-change; another admin must do it.
    box.disabled = true;
    box.title = 'Otra persona administradora debe quitarle este rol';
  }
  box.addEventListener('change', function () {
    var path = userPath(user.usuario) + '/roles/' + role.id;
    change(box.checked ? 'PUT' : 'DELETE', path, null, (box.checked ? 'Se dio' : 'Se quitó') + ' el rol '
        + role.label + ' a ' + user.usuario + '.', 'No se pudo cambiar el rol');
  });
  return box;
}

function button(text, action, className) {
  var b = el('button', className || 'sit-small', text);
  b.type = 'button';
  b.addEventListener('click', action);
  return b;
}

function grantCount(user) {
  var communes = {};
  user.permisos.forEach(function (g) { communes[g.cut] = true; });
  var n = Object.keys(communes).length;
  return n === 1 ? '1 comuna' : n + ' comunas';
}

function renderUsers() {
  usersBody.textContent = '';
  users.forEach(function (user) {
    var row = el('tr');
    row.setAttribute('data-user', user.usuario);
    var name = el('th', null, user.usuario);
    name.scope = 'row';
    row.appendChild(name);
    row.appendChild(el('td', user.habilitado ? 'sit-user-on' : 'sit-user-off',
        user.habilitado ? 'habilitado' : 'deshabilitado'));
    ROLES.forEach(function (role) {
      var cell = el('td', 'sit-role-cell');
      cell.appendChild(roleBox(user, role));
      row.appendChild(cell);
    });
    var actions = el('td', 'sit-user-actions');
    var toggle = button(user.habilitado ? 'Deshabilitar' : 'Habilitar', function () {
      change('PUT', userPath(user.usuario) + '/enabled', {habilitado: !user.habilitado},
          user.usuario + (user.habilitado ? ' ya no puede ingresar.' : ' puede ingresar de nuevo.'),
          'No se pudo cambiar el estado');
    });
    toggle.disabled = user.usuario === me;
    actions.appendChild(toggle);
    actions.appendChild(button('Nueva contraseña', function () { openReset(user.usuario); }));
    if (user.roles.indexOf('editor') >= 0) {
      actions.appendChild(button('Permisos (' + grantCount(user) + ')', function () {
        showGrants(user.usuario);
      }));
    }
    row.appendChild(actions);
    usersBody.appendChild(row);
  });
}

function load() {
  return request('GET', '/api/users').then(function (answer) {
    if (!answer.ok) {
      throw new Error(problem(answer, 'No se pudo leer la lista de usuarios'));
    }
    users = answer.body.usuarios;
    renderUsers();
    if (grantsFor) {
      var still = users.filter(function (u) { return u.usuario === grantsFor && u.roles.indexOf('editor') >= 0; });
      if (still.length) {
        renderGrants(still[0]);
      } else {
        grantsFor = null;
        grantsSection.hidden = true;
      }
    }
  });
}

/* ---------------------------------------------------------------- grants */

function loadMatrix() {
  if (matrix) {
    return Promise.resolve(matrix);
  }
  return request('GET', '/api/agenda21/estado').then(function (answer) {
    if (!answer.ok) {
      throw new Error(problem(answer, 'No se pudieron leer las comunas y capas'));
    }
    matrix = answer.body;
    return matrix;
  });
}

function showGrants(username) {
  grantsFor = username;
  loadMatrix().then(function () {
    var user = users.filter(function (u) { return u.usuario === username; })[0];
    renderGrants(user);
    grantsSection.hidden = false;
    grantsSection.querySelector('h2').scrollIntoView({block: 'start'});
  }).catch(function (e) { say(e.message, true); });
}

function has(user, cut, layer) {
  return user.permisos.some(function (g) { return g.cut === cut && g.capa === layer; });
}

function grantBox(user, commune, layer, label) {
  var box = el('input');
  box.type = 'checkbox';
  box.checked = has(user, commune.cut, layer.id);
  box.setAttribute('aria-label', label + ' en ' + commune.nombre);
  box.setAttribute('data-cut', commune.cut);
  box.setAttribute('data-layer', layer.id);
  var all = layer.id !== ALL && has(user, commune.cut, ALL);
  box.checked = box.checked || all;
  box.disabled = all;
  if (all) {
    box.title = 'Incluida en «Todas»';
  }
  box.addEventListener('change', function () {
    var path = userPath(user.usuario) + '/grants';
    var done = user.usuario + (box.checked ? ' puede editar ' : ' ya no puede editar ') + label + ' en '
        + commune.nombre + '.';
    if (box.checked) {
      change('POST', path, {cut: commune.cut, capa: layer.id}, done, 'No se pudo dar el permiso');
    } else {
      change('DELETE', path + '?cut=' + encodeURIComponent(commune.cut) + '&capa=' + encodeURIComponent(layer.id),
          null, done, 'No se pudo quitar el permiso');
    }
  });
  return box;
}

function renderGrants(user) {
  document.getElementById('sit-grants-user').textContent = user.usuario;
  var layers = [{id: ALL, titulo: 'Todas'}].concat(matrix.capas);
  var head = el('tr');
  var corner = el('th', null, 'Comuna');
  corner.scope = 'col';
  head.appendChild(corner);
  layers.forEach(function (layer) {
    var th = el('th', null, layer.titulo);
    th.scope = 'col';
    head.appendChild(th);
  });
  grantsTable.tHead.textContent = '';
  grantsTable.tHead.appendChild(head);
  var rows = grantsTable.tBodies[0];
  rows.textContent = '';
  matrix.comunas.forEach(function (commune) {
    var row = el('tr');
    var th = el('th', null, commune.nombre);
    th.scope = 'row';
    row.appendChild(th);
    layers.forEach(function (layer) {
      var cell = el('td', 'sit-grant-cell');
      cell.appendChild(grantBox(user, commune, layer, layer.id === ALL ? 'todas las capas' : '«' + layer.titulo + '»'));
      row.appendChild(cell);
    });
    rows.appendChild(row);
  });
}

/* ---------------------------------------------------------------- new user and password */

document.getElementById('sit-new-user').addEventListener('submit', function (event) {
  event.preventDefault();
  var form = event.target;
  var error = document.getElementById('sit-new-error');
  var roles = Array.from(form.querySelectorAll('input[name="roles"]:checked')).map(function (b) { return b.value; });
  var name = form.username.value.trim();
  error.hidden = true;
  body.setAttribute('data-sit-busy', 'true');
  request('POST', '/api/users', {usuario: name, contrasena: form.password.value, roles: roles})
    .then(function (answer) {
      if (!answer.ok) {
        error.textContent = problem(answer, 'No se pudo crear el usuario');
        error.hidden = false;
        return null;
      }
      form.reset();
      return load().then(function () { say('Se creó el usuario ' + name + '.', false); });
    }, function () {
      error.textContent = 'Error de red: no se creó el usuario.';
      error.hidden = false;
    })
    .finally(function () { body.setAttribute('data-sit-busy', 'false'); });
});

function openReset(username) {
  resetFor = username;
  document.getElementById('sit-password-user').textContent = username;
  document.getElementById('sit-reset-password').value = '';
  document.getElementById('sit-password-error').hidden = true;
  passwordDialog.showModal();
  document.getElementById('sit-reset-password').focus();
}

document.getElementById('sit-password-cancel').addEventListener('click', function () { passwordDialog.close(); });
document.getElementById('sit-password-form').addEventListener('submit', function (event) {
  event.preventDefault();
  var error = document.getElementById('sit-password-error');
  var username = resetFor;
  body.setAttribute('data-sit-busy', 'true');
  request('PUT', userPath(username) + '/password', {contrasena: document.getElementById('sit-reset-password').value})
    .then(function (answer) {
      if (!answer.ok) {
        error.textContent = problem(answer, 'No se pudo cambiar la contraseña');
        error.hidden = false;
        return;
      }
      passwordDialog.close();
      say('Se cambió la contraseña de ' + username + '. Comuníquesela por un canal seguro.', false);
    }, function () {
      error.textContent = 'Error de red: la contraseña no cambió.';
      error.hidden = false;
    })
    .finally(function () { body.setAttribute('data-sit-busy', 'false'); });
});

body.setAttribute('data-sit-busy', 'false');
load().then(function () {
  body.setAttribute('data-sit-ready', 'true');
}, function (e) {
  say(e.message, true);
  body.setAttribute('data-sit-ready', 'false');
});
