package cl.sit.editing;

import cl.sit.system.ApiError;
import cl.sit.system.ChileanNumbers;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of editing: 422 with every problem found, and 412 when a concurrent edit won the race inside the
 * database (two writers of the same version; the loser's transaction was rolled back).
 */
@RestControllerAdvice(basePackageClasses = EditingErrorHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class EditingErrorHandler {

    /** The error shape with the list of problems. */
    record Rejected(String code, String description, @JsonProperty("errores") List<FeatureProblem> problems) {}

    @ExceptionHandler(FeatureRejected.class)
    ResponseEntity<Rejected> rejected(FeatureRejected e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_JSON)
                .body(new Rejected("InvalidFeature", "Hay "
                        + ChileanNumbers.count(e.problems().size(), "problema", "problemas")
                        + " en los datos enviados; no se guardó nada", e.problems()));
    }

    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ApiError> concurrent(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("VersionConflict", "Otra persona guardó un cambio del mismo elemento al mismo "
                        + "tiempo; no se guardó nada. Vuelva a leerlo y aplique su cambio sobre la versión nueva"));
    }
}
