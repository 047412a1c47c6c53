package cl.sit.editing;

import cl.sit.system.ApiError;
import cl.sit.system.ErrorCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * 412 when a concurrent edit won the race inside the database (two writers of the same version; the loser's
 * transaction was rolled back). Only for editing: elsewhere a duplicate key is the usual 422 {@code InvalidValue}.
 * Rejected features (422 with every problem) are {@link FeatureRejected}, answered with every other error.
 */
// Also the OGC API Part 4 writes, which live with the OGC API (named, not imported: ogcapi.edit imports editing).
@RestControllerAdvice(basePackages = {"cl.sit.editing", "cl.sit.ogcapi.edit"})
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class EditingErrorHandler {

    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ApiError> concurrent(RuntimeException e) {
        return ResponseEntity.status(ErrorCode.VERSION_CONFLICT.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(ErrorCode.VERSION_CONFLICT.error("Otra persona guardó un cambio del mismo elemento al mismo "
                        + "tiempo; no se guardó nada. Vuelva a leerlo y aplique su cambio sobre la versión nueva"));
    }
}
