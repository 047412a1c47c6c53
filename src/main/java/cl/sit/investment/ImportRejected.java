package cl.sit.investment;

import cl.sit.system.ChileanNumbers;
import cl.sit.system.ErrorCode;
import cl.sit.system.InputRejected;
import java.util.List;

/** Thrown when an import or an edit has errors: nothing was written; every error found is listed (422). */
class ImportRejected extends InputRejected {

    ImportRejected(List<ImportError> errors) {
        super(
                ErrorCode.IMPORT_REJECTED,
                "Los datos tienen " + ChileanNumbers.count(errors.size(), "error", "errores") + "; no se guardó nada",
                errors);
    }
}
