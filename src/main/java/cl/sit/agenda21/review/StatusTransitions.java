package cl.sit.agenda21.review;

import static cl.sit.agenda21.review.ReviewStatus.DRAFT;
import static cl.sit.agenda21.review.ReviewStatus.PUBLISHED;
import static cl.sit.agenda21.review.ReviewStatus.REVIEW;

import java.util.List;

/**
 * The review workflow of a (layer, commune): {@code borrador → revision → publicado}. An editor with a grant on the
 * pair sends a draft to review and may withdraw it ({@code revision → borrador}); only an admin publishes (the
 * review step) and unpublishes ({@code publicado → borrador | revision}); admins may make any change. Staying in
 * the same status is not a transition.
 */
public final class StatusTransitions {

    /** What a requested change is: allowed, no change at all, or allowed to admins only. */
    enum Verdict {
        ALLOWED,
        SAME_STATUS,
        ADMIN_ONLY
    }

    private StatusTransitions() {}

    static Verdict check(String from, String to, boolean admin) {
        if (from.equals(to)) {
            return Verdict.SAME_STATUS;
        }
        return admin || editorMay(from, to) ? Verdict.ALLOWED : Verdict.ADMIN_ONLY;
    }

    /** The statuses the user may move the pair to, in workflow order; none without a grant on the pair. */
    public static List<String> targets(String from, boolean admin, boolean granted) {
        if (!granted) {
            return List.of();
        }
        return ReviewStatus.ALL.stream()
                .filter(to -> check(from, to, admin) == Verdict.ALLOWED)
                .toList();
    }

    /** The status as users read it: borrador, revisión, publicado. */
    static String label(String status) {
        return REVIEW.equals(status) ? "revisión" : status;
    }

    private static boolean editorMay(String from, String to) {
        return (DRAFT.equals(from) && REVIEW.equals(to)) || (REVIEW.equals(from) && DRAFT.equals(to));
    }

    /**
     * Whether the change claims the layer is complete: publishing, or sending a draft to review (so an empty layer
     * needs a note saying why). Stepping back from published to review claims nothing new.
     */
    static boolean claimsComplete(String from, String to) {
        return PUBLISHED.equals(to) || (DRAFT.equals(from) && REVIEW.equals(to));
    }
}
