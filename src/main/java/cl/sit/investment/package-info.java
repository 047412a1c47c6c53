/**
 * Public investment projects: the model, their storage, their import (with a preview that keeps nothing) and the
 * history of every write to them, and the deterministic generator of illustrative projects (no real Los Ríos
 * investment data set is within reach; every generated record says so).
 */
package cl.sit.investment;
