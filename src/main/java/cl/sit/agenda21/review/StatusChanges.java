package cl.sit.agenda21.review;

/** Changing a layer's review status in a commune ({@link ReviewWorkflow}, with its rules). */
public interface StatusChanges {

    /** Applies the change the request asks for, when the rules and the user's grants allow it. */
    ReviewWorkflow.Outcome change(ReviewWorkflow.Request r);
}
