package cl.sit.editing;

import cl.sit.system.ErrorCode;

/** Reads the version a client edited from {@code If-Match}: required (428), strong, one version. */
public final class Preconditions {

    private Preconditions() {}

    public static int expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw ErrorCode.PRECONDITION_REQUIRED.exception(
                    "Indique en el encabezado If-Match el ETag de la versión que editó (lo entrega GET del "
                            + "elemento); así nadie sobrescribe sin saberlo el cambio de otra persona");
        }
        String tag = ifMatch.strip();
        if (tag.equals("*") || tag.startsWith("W/") || tag.contains(",")) {
            throw ErrorCode.PRECONDITION_REQUIRED.exception(
                    "If-Match debe ser el ETag fuerte de una versión, por ejemplo \"3\"; se recibió " + tag);
        }
        try {
            return Integer.parseInt(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ErrorCode.VERSION_CONFLICT.exception("If-Match no corresponde a ninguna versión: " + tag);
        }
    }
}
