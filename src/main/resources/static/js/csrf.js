/*
 * The session's CSRF token, for every write a page sends: read from the cookie XSRF-TOKEN, sent back as the header
 * X-XSRF-TOKEN (see SecurityConfig). Null when the session has none (signed out).
 */
export function csrfToken() {
  var name = 'XSRF-TOKEN';
  var match = document.cookie.split('; ').filter(function (c) { return c.indexOf(name + '=') === 0; })[0];
  return match ? decodeURIComponent(match.substring(name.length + 1)) : null;
}
