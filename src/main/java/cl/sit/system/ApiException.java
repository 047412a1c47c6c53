package cl.sit.system;

import org.springframework.http.HttpStatus;

/** The one error type of SIT: an HTTP status, a stable machine code and a human description. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public ApiException(HttpStatus status, String code, String description) {
        super(description);
        this.status = status;
        this.code = code;
    }

    public static ApiException badRequest(String code, String description) {
        return new ApiException(HttpStatus.BAD_REQUEST, code, description);
    }

    public static ApiException notFound(String code, String description) {
        return new ApiException(HttpStatus.NOT_FOUND, code, description);
    }

    /** Well-formed input that breaks a rule (invalid geometry, unknown commune): 422, nothing changed. */
    public static ApiException unprocessable(String code, String description) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, code, description);
    }

    public static ApiException conflict(String code, String description) {
        return new ApiException(HttpStatus.CONFLICT, code, description);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
