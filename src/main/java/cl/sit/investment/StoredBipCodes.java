package cl.sit.investment;

import java.util.List;
import java.util.Set;

/**
 * Which of some BIP codes are stored already: an import (not in update mode) and a form edit refuse a code another
 * project has. Asked once for the codes read, so a write never reads every stored code.
 */
@FunctionalInterface
interface StoredBipCodes {

    /** No code is taken (update mode: a stored code names the project to replace). */
    StoredBipCodes NONE = codes -> Set.of();

    /** The codes among {@code codes} that a stored project has. */
    Set<String> among(List<String> codes);
}
