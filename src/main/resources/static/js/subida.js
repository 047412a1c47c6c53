/*
 * File uploads with progress: the file goes as form field "archivo" with XMLHttpRequest (fetch cannot report
 * upload progress), with the session's CSRF token (cookie XSRF-TOKEN sent back as header X-XSRF-TOKEN). The answer
 * comes back as {status, body} with the JSON body parsed (null when it is not JSON).
 */
import {csrfToken} from './csrf.js';

/**
 * Uploads {@code file} to {@code url}. {@code onProgress(percent)} follows the upload; {@code onDone({status, body})}
 * receives the answer, {@code onNetworkError()} a failed connection.
 */
export function upload(url, file, onProgress, onDone, onNetworkError) {
  var data = new FormData();
  data.append('archivo', file);
  var xhr = open('POST', url, onDone, onNetworkError);
  xhr.upload.onprogress = function (e) {
    if (e.lengthComputable) {
      onProgress(Math.round(e.loaded / e.total * 100));
    }
  };
  xhr.send(data);
}

/** Sends a request with no body (e.g. DELETE) with the CSRF token; the answer as in {@code upload}. */
export function send(method, url, onDone, onNetworkError) {
  open(method, url, onDone, onNetworkError).send();
}

function open(method, url, onDone, onNetworkError) {
  var xhr = new XMLHttpRequest();
  xhr.open(method, url);
  xhr.setRequestHeader('Accept', 'application/json');
  var token = csrfToken();
  if (token) {
    xhr.setRequestHeader('X-XSRF-TOKEN', token);
  }
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
  return xhr;
}
