/**
 * Cross-cutting pieces: configuration properties, the one error shape ({@code {code, description}}) and its
 * mapping to HTTP status codes.
 */
package cl.sit.system;
