package cl.sit.agenda21.review;

import static cl.sit.agenda21.review.StatusTransitions.Verdict.ADMIN_ONLY;
import static cl.sit.agenda21.review.StatusTransitions.Verdict.ALLOWED;
import static cl.sit.agenda21.review.StatusTransitions.Verdict.SAME_STATUS;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatusTransitionsTest {

    @Test
    void editorsSendToReviewAndWithdrawOnly() {
        assertThat(StatusTransitions.check("borrador", "revision", false)).isEqualTo(ALLOWED);
        assertThat(StatusTransitions.check("revision", "borrador", false)).isEqualTo(ALLOWED);
        assertThat(StatusTransitions.check("revision", "publicado", false)).isEqualTo(ADMIN_ONLY);
        assertThat(StatusTransitions.check("borrador", "publicado", false)).isEqualTo(ADMIN_ONLY);
        assertThat(StatusTransitions.check("publicado", "borrador", false)).isEqualTo(ADMIN_ONLY);
        assertThat(StatusTransitions.check("publicado", "revision", false)).isEqualTo(ADMIN_ONLY);
    }

    @Test
    void adminsMakeAnyChangeButNoneToTheSameStatus() {
        for (String from : cl.sit.agenda21.review.ReviewStatus.ALL) {
            for (String to : cl.sit.agenda21.review.ReviewStatus.ALL) {
                assertThat(StatusTransitions.check(from, to, true)).isEqualTo(from.equals(to) ? SAME_STATUS : ALLOWED);
            }
            assertThat(StatusTransitions.check(from, from, false)).isEqualTo(SAME_STATUS);
        }
    }

    @Test
    void targetsAreTheAllowedStatusesInWorkflowOrder() {
        assertThat(StatusTransitions.targets("borrador", false, true)).containsExactly("revision");
        assertThat(StatusTransitions.targets("revision", false, true)).containsExactly("borrador");
        assertThat(StatusTransitions.targets("publicado", false, true)).isEmpty();
        assertThat(StatusTransitions.targets("revision", true, true)).containsExactly("borrador", "publicado");
        assertThat(StatusTransitions.targets("borrador", false, false)).isEmpty();
    }

    @Test
    void publishingAndSendingADraftToReviewClaimCompleteness() {
        assertThat(StatusTransitions.claimsComplete("borrador", "revision")).isTrue();
        assertThat(StatusTransitions.claimsComplete("revision", "publicado")).isTrue();
        assertThat(StatusTransitions.claimsComplete("publicado", "revision")).isFalse();
        assertThat(StatusTransitions.claimsComplete("revision", "borrador")).isFalse();
    }
}
