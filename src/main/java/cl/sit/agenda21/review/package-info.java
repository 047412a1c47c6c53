/**
 * The review of editable layers, in one place: the status of a layer in a commune (borrador → revisión → publicado,
 * {@link cl.sit.agenda21.review.ReviewStatus}, table {@code layer_status}), the allowed transitions and who may
 * make them ({@link cl.sit.agenda21.review.StatusTransitions}), the workflow behind
 * {@code POST /api/agenda21/estado} ({@link cl.sit.agenda21.review.ReviewWorkflow}), comments on a feature while it
 * is reviewed ({@link cl.sit.agenda21.review.ReviewComments}, table {@code review_comment},
 * {@code /api/review/...}) and how the dashboard and the profile show a status ({@link
 * cl.sit.agenda21.review.CompletenessView}).
 *
 * <p>Editing learns which communes are published through {@link cl.sit.editing.PublishedCommunes}, which
 * {@code ReviewStatus} implements, so editing does not depend on this package.
 *
 * <p>Owns {@code layer_status}, {@code review_comment}.
 */
@Owns(tables = {"layer_status", "review_comment"})
package cl.sit.agenda21.review;

import cl.sit.system.Owns;
