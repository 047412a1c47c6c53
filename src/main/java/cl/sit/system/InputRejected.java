package cl.sit.system;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Input with problems, every one found listed, and nothing written: answered by {@link ApiExceptionHandler} as the
 * usual {@code code} and {@code description} plus {@code errores}. Editing's {@code FeatureRejected} (problems by
 * field) and investment's {@code ImportRejected} (errors by row) are the two kinds.
 */
public abstract class InputRejected extends RuntimeException {

    private final ErrorCode code;
    private final List<?> errors;

    protected InputRejected(ErrorCode code, String description, List<?> errors) {
        super(description);
        this.code = code;
        this.errors = List.copyOf(errors);
    }

    public ErrorCode code() {
        return code;
    }

    public List<?> errors() {
        return errors;
    }

    /** The error shape with the list. */
    record Body(
            String code,
            String description,
            @JsonProperty("errores") List<?> errors) {}

    Body body() {
        return new Body(code.code(), getMessage(), errors);
    }
}
