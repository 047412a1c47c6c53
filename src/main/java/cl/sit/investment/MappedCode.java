package cl.sit.investment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;

/**
 * An old commune code of an import row, read through the crosswalk as the commune in force that replaced it.
 *
 * @param fila row number as the user sees it (as in {@link ImportError})
 * @param columna the column that held the code
 * @param codigoAnterior the code as given (e.g. 10501, Valdivia before 2007-10-02)
 * @param codigoNuevo the code stored (e.g. 14101)
 * @param nombre the commune
 * @param fechaCambio the day the old code stopped being in force
 */
public record MappedCode(
        int fila,
        String columna,
        @JsonProperty("codigo_anterior") String codigoAnterior,
        @JsonProperty("codigo_nuevo") String codigoNuevo,
        String nombre,
        @JsonProperty("fecha_cambio") LocalDate fechaCambio) {}
