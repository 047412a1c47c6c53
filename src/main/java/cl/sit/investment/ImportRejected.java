package cl.sit.investment;

import java.util.List;

/** Thrown when an import has errors: nothing was written; every error found is listed. */
class ImportRejected extends RuntimeException {

    private final List<ImportError> errors;

    ImportRejected(List<ImportError> errors) {
        super(errors.size() + " errores");
        this.errors = List.copyOf(errors);
    }

    List<ImportError> errors() {
        return errors;
    }
}
