package cl.sit.system;

import org.springframework.http.HttpStatus;

/**
 * The one error type of SIT: an HTTP status, a stable machine code and a human description. Made from the catalogue:
 * {@code ErrorCode.INVALID_BODY.exception("…")} ({@link ErrorCode}).
 */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ApiException(HttpStatus status, String code, String description) {
        super(description);
        this.status = status;
        this.code = code;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
