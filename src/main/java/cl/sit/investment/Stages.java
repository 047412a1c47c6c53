package cl.sit.investment;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The stages of a project in the SNI (Sistema Nacional de Inversiones) cycle, in cycle order, and the statuses a
 * project can be in, which are not stages ({@code terminado} is a status). Both are read ignoring case and accents
 * ({@code EJECUCION}, {@code DISEÑO}) and stored in their canonical Spanish form.
 */
public final class Stages {

    /** The SNI stages, in the order of the project cycle. */
    public static final List<String> STAGES =
            List.of("idea", "perfil", "prefactibilidad", "factibilidad", "diseño", "ejecución");

    /** The statuses of a project. */
    public static final List<String> STATUSES =
            List.of("postulado", "aprobado", "en ejecución", "paralizado", "terminado", "cancelado");

    /** Stages in cycle order; anything else after them, alphabetically. */
    public static final Comparator<String> CYCLE =
            Comparator.comparingInt(Stages::rank).thenComparing(Comparator.naturalOrder());

    private Stages() {}

    /** The canonical stage {@code text} names, ignoring case and accents. */
    static Optional<String> stage(String text) {
        return find(STAGES, text);
    }

    /** The canonical status {@code text} names, ignoring case and accents. */
    static Optional<String> status(String text) {
        return find(STATUSES, text);
    }

    static boolean isStatus(String text) {
        return status(text).isPresent();
    }

    /** The position of {@code stage} in the cycle, or past the last one when it is not a stage. */
    public static int rank(String stage) {
        int i = STAGES.indexOf(stage);
        return i < 0 ? STAGES.size() : i;
    }

    private static Optional<String> find(List<String> words, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = plain(text);
        return words.stream().filter(w -> plain(w).equals(key)).findFirst();
    }

    /** Lower case, without accents (ñ becomes n), single spaces. */
    private static String plain(String text) {
        return Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ");
    }
}
