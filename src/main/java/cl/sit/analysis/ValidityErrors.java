package cl.sit.analysis;

import org.locationtech.jts.operation.valid.TopologyValidationError;

/** JTS's validity errors in Spanish, for messages to users (JTS's own message is English library text). */
public final class ValidityErrors {

    private ValidityErrors() {}

    /** What is wrong, in a few Spanish words (no coordinates: the caller adds where). */
    public static String spanish(TopologyValidationError e) {
        return switch (e.getErrorType()) {
            case TopologyValidationError.REPEATED_POINT -> "punto repetido";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> "un agujero queda fuera del polígono";
            case TopologyValidationError.NESTED_HOLES -> "agujeros anidados";
            case TopologyValidationError.DISCONNECTED_INTERIOR -> "el interior del polígono queda desconectado";
            case TopologyValidationError.SELF_INTERSECTION -> "el borde se corta a sí mismo (autointersección)";
            case TopologyValidationError.RING_SELF_INTERSECTION -> "un anillo se corta a sí mismo";
            case TopologyValidationError.NESTED_SHELLS -> "un polígono queda dentro de otro del mismo multipolígono";
            case TopologyValidationError.DUPLICATE_RINGS -> "anillos duplicados";
            case TopologyValidationError.TOO_FEW_POINTS -> "tiene muy pocos puntos distintos";
            case TopologyValidationError.INVALID_COORDINATE -> "coordenada no válida";
            case TopologyValidationError.RING_NOT_CLOSED -> "un anillo no está cerrado";
            default -> "geometría no válida";
        };
    }
}
