/**
 * Cross-cutting pieces: configuration properties ({@code SIT_*}), security (sign-in, CSRF, sessions,
 * Content-Security-Policy), the one error shape ({@code {code, description}}) with its codes and its mapping to
 * HTTP status codes, input limits, CSV downloads and Chilean number formats, and {@link cl.sit.system.Owns}.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.system;
