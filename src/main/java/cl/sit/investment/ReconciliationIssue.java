package cl.sit.investment;

import com.fasterxml.jackson.annotation.JsonProperty;
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
public record ReconciliationIssue(
        int id,
        @JsonProperty("codigo_bip") String codigoBip,
        String nombre,
        String problema,
        @JsonProperty("comuna_declarada") String comunaDeclarada,
        @JsonProperty("comunas_localizadas") List<String> comunasLocalizadas,
        String detalle) {

    /** The problems, most serious first: the order of the list. */
    public static final List<String> PROBLEMS = List.of("fuera_de_comunas", "parcialmente_fuera", "comuna_distinta");

    /** Above this fraction outside every commune a project is listed as partly outside. */
    static final double PARTLY_OUTSIDE = 0.05;

    /**
     * Whether a project's link has one of the {@link #PROBLEMS}: kept with the link ({@code investment_link.revisar})
     * when the project is linked, so the reconciliation reads only the projects to review.
     *
     * @param outside fraction of the geometry outside every commune
     * @param nearestM distance to the commune it was sent to, when it lies wholly outside every commune
     * @param located the communes it lies in
     * @param declared the commune it declares, or null
     */
    static boolean needsReview(double outside, Double nearestM, java.util.Collection<String> located, String declared) {
        return outside > PARTLY_OUTSIDE
                || nearestM != null
                || located.isEmpty()
                || declared != null && !located.contains(declared);
    }
}
