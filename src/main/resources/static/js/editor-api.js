/*
 * The editor's requests to the SIT API: JSON in and out, the session's CSRF token (cookie XSRF-TOKEN sent back as
 * header X-XSRF-TOKEN), versions as strong ETags ("3") for If-Match, and the optional reason ("motivo") as a query
 * parameter. Every answer resolves to {status, ok, body, version}; only a network failure rejects.
 */
import {csrfToken} from './csrf.js';
import {base} from './mapa-util.js';

/** The version an ETag names ("3" or W/"3"), or null. */
function versionOf(etag) {
  var match = /"(\d+)"/.exec(etag || '');
  return match ? Number(match[1]) : null;
}

export function collectionPath(layerId) {
  return '/collections/' + encodeURIComponent(layerId);
}

export function itemPath(layerId, featureId) {
  return collectionPath(layerId) + '/items/' + encodeURIComponent(String(featureId));
}

/**
 * Sends a request. {@code options}: version (sent as If-Match), motivo (reason kept in the history),
 * contentType (default application/json when there is a body).
 */
export function request(method, path, body, options) {
  options = options || {};
  var url = base + path;
  if (options.motivo) {
    url += (url.indexOf('?') < 0 ? '?' : '&') + 'motivo=' + encodeURIComponent(options.motivo);
  }
  var headers = {Accept: 'application/json, application/geo+json'};
  if (body !== undefined && body !== null) {
    headers['Content-Type'] = options.contentType || 'application/json';
  }
  if (method !== 'GET') {
    var token = csrfToken();
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
  }
  if (options.version !== undefined && options.version !== null) {
    headers['If-Match'] = '"' + options.version + '"';
  }
  return fetch(url, {
    method: method,
    headers: headers,
    credentials: 'same-origin',
    body: body === undefined || body === null ? undefined : JSON.stringify(body)
  }).then(function (response) {
    return response.text().then(function (text) {
      var parsed = null;
      if (text) {
        try {
          parsed = JSON.parse(text);
        } catch (ignored) {
          parsed = null;
        }
      }
      return {status: response.status, ok: response.ok, body: parsed,
        version: versionOf(response.headers.get('ETag'))};
    });
  });
}

/** GET that must succeed: resolves to the body, rejects with a Spanish message otherwise. */
export function getJson(path) {
  return request('GET', path).then(function (answer) {
    if (!answer.ok) {
      throw new Error(describe(answer));
    }
    return answer.body;
  });
}

/** A Spanish sentence for a failed answer. */
export function describe(answer) {
  if (answer.status === 401) {
    return 'Su sesión terminó: vuelva a ingresar.';
  }
  if (answer.status === 403) {
    return (answer.body && answer.body.description) || 'Su usuario no tiene permiso para esta operación.';
  }
  var detail = answer.body && answer.body.description ? answer.body.description : '';
  return 'El servidor respondió ' + answer.status + (detail ? ': ' + detail : '.');
}
