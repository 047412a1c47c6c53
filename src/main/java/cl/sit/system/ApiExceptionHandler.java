package cl.sit.system;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.DisconnectedClientHelper;
import tools.jackson.core.JacksonException;

/**
 * Maps every failure to the one error shape, never stored by caches ({@link ErrorsNotStored}); never leaks a stack
 * trace. A browser opening an address that fails gets the same error as a Spanish page ({@link ErrorPage}).
 */
@RestControllerAdvice
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ErrorPage pages;

    ApiExceptionHandler(ErrorPage pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<?> api(ApiException e) {
        return body(e.status(), e.code(), e.getMessage());
    }

    /** Input with every problem listed ({@link InputRejected}): 422 with {@code errores}, nothing written. */
    @ExceptionHandler(InputRejected.class)
    ResponseEntity<InputRejected.Body> rejected(InputRejected e) {
        return ResponseEntity.status(e.code().status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(e.body());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<?> noResource(NoResourceFoundException e) {
        return body(ErrorCode.NOT_FOUND, "No existe el recurso /" + e.getResourcePath());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<?> typeMismatch(MethodArgumentTypeMismatchException e) {
        return body(ErrorCode.INVALID_PARAMETER_VALUE, "Valor no válido para el parámetro '" + e.getName() + "'");
    }

    /** A body that is not JSON of the expected shape; a string with NUL says so ({@link NulCharacters}). */
    @ExceptionHandler({HttpMessageNotReadableException.class, JacksonException.class})
    ResponseEntity<?> unreadable(Exception e) {
        BodySizeLimit.BodyTooLarge tooLarge = cause(e, BodySizeLimit.BodyTooLarge.class);
        if (tooLarge != null) {
            return tooLarge(tooLarge);
        }
        ApiException cause = cause(e, ApiException.class);
        if (cause != null) {
            return api(cause);
        }
        return body(ErrorCode.INVALID_BODY, "El cuerpo de la petición no es JSON válido o no tiene la forma esperada");
    }

    /** A body that went past {@code sit.limits.max-body-mb} while it was read. */
    @ExceptionHandler(BodySizeLimit.BodyTooLarge.class)
    ResponseEntity<?> tooLarge(BodySizeLimit.BodyTooLarge e) {
        return body(ErrorCode.BODY_TOO_LARGE, e.getMessage());
    }

    /** Parameters Tomcat or the security firewall cannot accept (a form body with a broken escape, a name with a space). */
    @ExceptionHandler({InvalidParameterException.class, RequestRejectedException.class})
    ResponseEntity<?> invalidParameter(RuntimeException e) {
        return body(
                ErrorCode.INVALID_PARAMETER,
                "Los parámetros de la petición no son válidos: "
                        + "escapes mal formados, texto que no es UTF-8 o nombres no admitidos");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<?> missingPart(MissingServletRequestPartException e) {
        return body(
                ErrorCode.MISSING_PARAMETER,
                "Falta la parte '" + e.getRequestPartName() + "' del formulario (el archivo)");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<?> uploadTooLarge(MaxUploadSizeExceededException e) {
        return body(ErrorCode.PAYLOAD_TOO_LARGE, "El archivo supera el tamaño máximo admitido");
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<?> multipart(MultipartException e) {
        return body(ErrorCode.INVALID_MULTIPART, "El formulario (multipart/form-data) está mal formado");
    }

    /** The database refused a value (too long for its column, a broken rule): nothing was written. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<?> integrity(DataIntegrityViolationException e) {
        log.warn("Refused by the database: {}", e.getMostSpecificCause().toString());
        return body(
                ErrorCode.INVALID_VALUE,
                "Un valor no cabe en su campo o no cumple una regla de los datos; no se guardó nada");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<?> unsupported(HttpMediaTypeNotSupportedException e) {
        return body(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Tipo de contenido no admitido: " + e.getContentType());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<?> missing(MissingServletRequestParameterException e) {
        return body(ErrorCode.MISSING_PARAMETER, "Falta el parámetro '" + e.getParameterName() + "'");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<?> method(HttpRequestMethodNotSupportedException e) {
        return body(ErrorCode.METHOD_NOT_ALLOWED, "Método " + e.getMethod() + " no permitido en este recurso");
    }

    /** An unknown {@code f} value is a bad parameter (400); an Accept header we cannot meet is a 406. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<?> notAcceptable(HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
        if (request.getParameter("f") != null) {
            return body(ErrorCode.INVALID_PARAMETER_VALUE, "Parámetro 'f': formato no disponible; use f=json o f=html");
        }
        return body(
                ErrorCode.NOT_ACCEPTABLE,
                "Formato no disponible; pida application/json, application/geo+json o text/html");
    }

    /**
     * Anything else is a 500, logged with its stack trace; except a client that went away while its response was
     * being written (a map panning on, a benchmark stopping): that is logged in one line at debug level, and no
     * answer is attempted; and except a database that is away or too slow: 503 (see {@link DatabaseUnavailable}).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<?> unexpected(Exception e) {
        if (DatabaseUnavailable.is(e)) {
            // First: a connection reset by the database is no client that went away.
            return DatabaseUnavailable.response(e);
        }
        if (DisconnectedClientHelper.isClientDisconnectedException(e)) {
            log.debug("Client went away: {}", e.toString());
            return null;
        }
        if (cause(e, StackOverflowError.class) != null) {
            // Recursive parsing of input nested beyond reason; bounded where it is known, refused here otherwise.
            log.warn("Input nested too deeply: {}", e.toString());
            return body(ErrorCode.TOO_DEEP, "La entrada está anidada a demasiada profundidad");
        }
        log.error("Unexpected error", e);
        return body(
                ErrorCode.INTERNAL_ERROR, "Error interno del servidor; el detalle quedó en el registro del servidor");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private ResponseEntity<?> body(ErrorCode code, String description) {
        return body(code.status(), code.code(), description);
    }

    /** The error as JSON, or as a Spanish page to a browser that opened the address ({@link ErrorPage}). */
    private ResponseEntity<?> body(HttpStatus status, String code, String description) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && ErrorPage.wanted(attributes.getRequest())) {
            return pages.render(status, code, description);
        }
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(code, description));
    }
}
