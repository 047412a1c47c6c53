/*
 * File uploads with progress: the file goes as form field "archivo" with XMLHttpRequest (fetch cannot report
 * upload progress), with the session's CSRF token (cookie XSRF-TOKEN sent back as header X-XSRF-TOKEN). The answer
 * comes back as {status, body} with the JSON body parsed (null when it is not JSON).
 */

function cookie(name) {
  var match = document.cookie.split('; ').filter(function (c) { return c.indexOf(name + '=') === 0; })[0];
  return match ? decodeURIComponent(match.substring(name.length + 1)) : null;
}

/**
 * Uploads {@code file} to {@code url}. {@code onProgress(percent)} follows the upload; {@code onDone({status, body})}
 * receives the answer, {@code onNetworkError()} a failed connection.
 */
export function upload(url, file, onProgress, onDone, onNetworkError) {
  var data = new FormData();
  data.append('archivo', file);
  var xhr = new XMLHttpRequest();
  xhr.open('POST', url);
  xhr.setRequestHeader('Accept', 'application/json');
  var token = cookie('XSRF-TOKEN');
  if (token) {
    xhr.setRequestHeader('X-XSRF-TOKEN', token);
  }
  xhr.upload.onprogress = function (e) {
    if (e.lengthComputable) {
      onProgress(Math.round(e.loaded / e.total * 100));
    }
  };
  xhr.onload = function () {
    var body = null;
    try {
      body = JSON.parse(xhr.responseText);
    } catch (ignored) {
      body = null;
    }
    onDone({status: xhr.status, body: body});
  };
  xhr.onerror = onNetworkError;
  xhr.send(data);
}
