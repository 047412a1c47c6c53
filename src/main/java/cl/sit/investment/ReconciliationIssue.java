package cl.sit.investment;

import java.util.List;

/**
 * A project whose location and records disagree, for data cleaning.
 *
 * @param id project id
 * @param codigoBip BIP code
 * @param nombre project name
 * @param problema {@code fuera_de_comunas} (wholly outside every commune; linked to the nearest one, or to
 *     none), {@code parcialmente_fuera} (more than 5 % outside every commune; that share of its cost is
 *     reported as outside every commune, not given to the communes), or {@code comuna_distinta}
 *     (the declared commune is not among those the geometry touches)
 * @param comunaDeclarada commune CUT the source declares
 * @param comunasLocalizadas communes the geometry was linked to
 * @param detalle explanation in Spanish
 */
public record ReconciliationIssue(int id, String codigoBip, String nombre, String problema, String comunaDeclarada,
        List<String> comunasLocalizadas, String detalle) {

    /** The problems, most serious first: the order of the list. */
    public static final List<String> PROBLEMS = List.of("fuera_de_comunas", "parcialmente_fuera", "comuna_distinta");
}
