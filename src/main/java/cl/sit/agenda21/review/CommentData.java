package cl.sit.agenda21.review;

import java.util.List;
import java.util.Optional;

/** What {@link ReviewCommentController} needs of the review comments ({@link ReviewComments} in the application). */
interface CommentData {

    /** The comments on a feature, oldest first. */
    List<ReviewComment> of(String layer, long feature);

    Optional<ReviewComment> find(String layer, long feature, long id);

    int count(String layer, long feature);

    void add(String layer, long feature, String cut, String author, String text);

    /** Marks a comment resolved by {@code user}, or open again with {@code user} null. */
    void resolve(long id, String user);
}
