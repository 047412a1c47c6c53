package cl.sit.investment;

import cl.sit.system.ChileanNumbers;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Rejected imports and edits: 422 with the usual {@code code} and {@code description} plus every error found, and
 * nothing written.
 */
@RestControllerAdvice(basePackageClasses = RejectedInputHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RejectedInputHandler {

    /** The error shape with the per-row list. */
    record Rejected(String code, String description, @JsonProperty("errores") List<ImportError> errors) {}

    @ExceptionHandler(ImportRejected.class)
    ResponseEntity<Rejected> rejected(ImportRejected e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_JSON)
                .body(new Rejected("ImportRejected", "Los datos tienen "
                        + ChileanNumbers.count(e.errors().size(), "error", "errores") + "; no se guardó nada", e.errors()));
    }
}
