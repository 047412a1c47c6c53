/*
 * The attribute form of the editor, built from the layer's schema (/api/editing/me): a list for attributes with a
 * domain, number inputs with their range, a checkbox for booleans, a date input for dates, a text box (or text
 * area for long texts) otherwise; required fields are marked. validate() mirrors the server's checks
 * (cl.sit.editing.FeatureValidator) with the same Spanish messages, and showErrors() puts the server's 422 errors
 * next to their fields.
 */
import {el} from './mapa-util.js';

var LONG_TEXT = 200;

function given(value) {
  return value !== undefined && value !== null;
}

function fieldId(name) {
  return 'sit-attr-' + name;
}

function input(attribute) {
  var node;
  if (attribute.dominio && attribute.dominio.length) {
    node = el('select');
    node.appendChild(new Option(attribute.obligatorio ? '— elija una opción —' : '— sin valor —', ''));
    attribute.dominio.forEach(function (value) { node.appendChild(new Option(value, value)); });
  } else if (attribute.tipo === 'boolean') {
    node = el('input');
    node.type = 'checkbox';
  } else if (attribute.tipo === 'integer' || attribute.tipo === 'number') {
    node = el('input');
    node.type = 'number';
    node.step = attribute.tipo === 'integer' ? '1' : 'any';
    node.inputMode = attribute.tipo === 'integer' ? 'numeric' : 'decimal';
    if (given(attribute.minimo)) {
      node.min = String(attribute.minimo);
    }
    if (given(attribute.maximo)) {
      node.max = String(attribute.maximo);
    }
  } else if (attribute.tipo === 'date') {
    node = el('input');
    node.type = 'date';
  } else {
    var max = attribute.largo_maximo || 254;
    node = el(max >= LONG_TEXT ? 'textarea' : 'input');
    if (node.tagName === 'INPUT') {
      node.type = 'text';
    } else {
      node.rows = 2;
    }
    node.maxLength = max;
  }
  node.id = fieldId(attribute.nombre);
  node.name = attribute.nombre;
  node.autocomplete = 'off';
  if (attribute.obligatorio && attribute.tipo !== 'boolean') {
    node.setAttribute('aria-required', 'true');
  }
  return node;
}

function label(attribute, forId) {
  var node = el('label', attribute.tipo === 'boolean' ? 'sit-check' : null);
  node.htmlFor = forId;
  node.appendChild(document.createTextNode(attribute.titulo));
  if (attribute.obligatorio) {
    var mark = el('abbr', 'sit-required', ' *');
    mark.title = 'obligatorio';
    node.appendChild(mark);
  }
  return node;
}

/** Checks one value as the server does; returns the Spanish problem or null. */
function problem(attribute, raw, node) {
  var title = '«' + attribute.titulo + '»';
  if (raw === null) {
    if (node && node.validity && node.validity.badInput) {
      return title + ' debe ser ' + (attribute.tipo === 'integer' ? 'un número entero' : 'un número');
    }
    return attribute.obligatorio ? 'Falta el atributo obligatorio ' + title : null;
  }
  if (attribute.tipo === 'string') {
    if (attribute.obligatorio && !raw.trim()) {
      return 'Falta el atributo obligatorio ' + title;
    }
    if (attribute.dominio && attribute.dominio.length && attribute.dominio.indexOf(raw) < 0) {
      return title + ' debe ser uno de [' + attribute.dominio.join(', ') + ']; se recibió «' + raw + '»';
    }
    var max = attribute.largo_maximo || 254;
    if (raw.length > max) {
      return title + ' admite hasta ' + max + ' caracteres; tiene ' + raw.length;
    }
  }
  if (attribute.tipo === 'integer' && !Number.isInteger(raw)) {
    return title + ' debe ser un número entero; se recibió ' + raw;
  }
  var min = given(attribute.minimo) ? attribute.minimo : null;
  var max = given(attribute.maximo) ? attribute.maximo : null;
  if (typeof raw === 'number' && ((min !== null && raw < min) || (max !== null && raw > max))) {
    return title + ' debe estar entre ' + (min === null ? '-∞' : String(min)) + ' y '
        + (max === null ? '∞' : String(max)) + '; se recibió ' + raw;
  }
  if (attribute.tipo === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(raw)) {
    return title + ' debe ser una fecha AAAA-MM-DD';
  }
  return null;
}

/**
 * Builds the form into {@code container}. {@code onChange} is called whenever the user changes a value.
 * Returns {setValues, values, validate, showErrors, clearErrors, setDisabled}.
 */
export function buildForm(container, attributes, onChange) {
  var fields = {};
  var original = {};
  container.textContent = '';
  attributes.forEach(function (attribute) {
    var node = input(attribute);
    var error = el('p', 'sit-field-error');
    error.id = fieldId(attribute.nombre) + '-error';
    error.hidden = true;
    node.setAttribute('aria-describedby', error.id);
    var wrapper = el('div', 'sit-attr-field');
    wrapper.dataset.attribute = attribute.nombre;
    if (attribute.tipo === 'boolean') {
      var check = label(attribute, node.id);
      check.insertBefore(node, check.firstChild);
      wrapper.appendChild(check);
    } else {
      wrapper.appendChild(label(attribute, node.id));
      wrapper.appendChild(node);
    }
    wrapper.appendChild(error);
    container.appendChild(wrapper);
    fields[attribute.nombre] = {attribute: attribute, node: node, error: error};
    node.addEventListener(node.tagName === 'SELECT' || node.type === 'checkbox' ? 'change' : 'input', function () {
      node.dataset.touched = 'true';
      showError(attribute.nombre, null);
      onChange();
    });
  });

  function read(field) {
    var a = field.attribute;
    var node = field.node;
    if (a.tipo === 'boolean') {
      // An untouched checkbox keeps a missing value missing, so saving does not turn null into false.
      return node.dataset.touched !== 'true' && original[a.nombre] === null ? null : node.checked;
    }
    var text = node.value;
    if (text === '') {
      return null;
    }
    if (a.tipo === 'integer' || a.tipo === 'number') {
      return Number(text);
    }
    return text;
  }

  function showError(name, message) {
    var field = fields[name];
    if (!field) {
      return false;
    }
    field.error.textContent = message || '';
    field.error.hidden = !message;
    if (message) {
      field.node.setAttribute('aria-invalid', 'true');
    } else {
      field.node.removeAttribute('aria-invalid');
    }
    return true;
  }

  return {
    /** Fills the form from a feature's properties (null for a new feature). */
    setValues: function (properties) {
      properties = properties || {};
      Object.keys(fields).forEach(function (name) {
        var field = fields[name];
        var value = properties[name] === undefined ? null : properties[name];
        original[name] = value;
        delete field.node.dataset.touched;
        if (field.attribute.tipo === 'boolean') {
          field.node.checked = value === true;
        } else {
          field.node.value = value === null ? '' : String(value);
        }
        showError(name, null);
      });
    },
    /** The values as the API expects them (typed; empty fields are null). */
    values: function () {
      var out = {};
      Object.keys(fields).forEach(function (name) { out[name] = read(fields[name]); });
      return out;
    },
    /** Client-side checks; shows every problem next to its field and returns them ([{campo, mensaje}]). */
    validate: function () {
      var problems = [];
      Object.keys(fields).forEach(function (name) {
        var field = fields[name];
        var message = problem(field.attribute, read(field), field.node);
        showError(name, message);
        if (message) {
          problems.push({campo: name, mensaje: message});
        }
      });
      return problems;
    },
    /** Shows server errors next to their fields; returns those that belong to no field. */
    showErrors: function (errors) {
      return errors.filter(function (e) { return !(e.campo && showError(e.campo, e.mensaje)); });
    },
    clearErrors: function () {
      Object.keys(fields).forEach(function (name) { showError(name, null); });
    },
    setDisabled: function (disabled) {
      Object.keys(fields).forEach(function (name) { fields[name].node.disabled = disabled; });
    },
    focusFirstError: function () {
      var first = Object.keys(fields).map(function (n) { return fields[n]; })
          .filter(function (f) { return !f.error.hidden; })[0];
      if (first) {
        first.node.focus();
      }
    }
  };
}
