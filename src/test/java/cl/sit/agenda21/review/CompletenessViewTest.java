package cl.sit.agenda21.review;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.agenda21.CompletenessMatrix.Share;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessViewTest {

    /** 10:00 on 20 March 2026 in Santiago (UTC-3). */
    private final CompletenessView view =
            new CompletenessView(ZonedDateTime.parse("2026-03-20T10:00:00-03:00[America/Santiago]"), false);

    @Test
    void lastEditIsRelativeForAMonthThenADate() {
        assertThat(view.ago(OffsetDateTime.parse("2026-03-20T04:00:00Z"))).isEqualTo("hoy");
        // 01:00 UTC on the 20th is still the 19th in Santiago.
        assertThat(view.ago(OffsetDateTime.parse("2026-03-20T01:00:00Z"))).isEqualTo("ayer");
        assertThat(view.ago(OffsetDateTime.parse("2026-03-17T15:00:00Z"))).isEqualTo("hace 3 días");
        assertThat(view.ago(OffsetDateTime.parse("2026-02-18T15:00:00Z"))).isEqualTo("hace 30 días");
        assertThat(view.ago(OffsetDateTime.parse("2026-02-10T15:00:00Z"))).isEqualTo("10-02-2026");
        assertThat(view.ago(null)).isEmpty();
        assertThat(view.exact(OffsetDateTime.parse("2026-03-17T15:07:00Z"))).isEqualTo("17-03-2026 12:07");
    }

    @Test
    void wordingOfStatusesButtonsAndShares() {
        assertThat(view.status("revision")).isEqualTo("revisión");
        assertThat(view.status("publicado")).isEqualTo("publicado");
        assertThat(view.action("revision", "borrador")).isEqualTo("Enviar a revisión");
        assertThat(view.action("revision", "publicado")).isEqualTo("Volver a revisión");
        assertThat(view.action("publicado", "revision")).isEqualTo("Publicar");
        assertThat(view.action("borrador", "revision")).isEqualTo("Devolver a borrador");
        assertThat(view.shortTitle("Uso de suelo (Agenda 21)")).isEqualTo("Uso de suelo");
        Share s = new Share(7, 5, 2);
        assertThat(view.withData(s)).isEqualTo("5/7");
        assertThat(view.published(s)).isEqualTo("2/7");
        assertThat(view.percent(2, 7)).isEqualTo(29);
        assertThat(view.percent(0, 0)).isZero();
    }

    @Test
    void movesThatSkipOrUndoTheReviewAreKeptBehindMore() {
        CompletenessView admin = new CompletenessView(ZonedDateTime.now(), true);
        List<String> fromDraft = List.of("revision", "publicado");
        assertThat(admin.primary(fromDraft, "borrador")).isEmpty();
        assertThat(admin.secondary(fromDraft, "borrador")).containsExactly("revision", "publicado");
        assertThat(admin.primary(List.of("borrador", "publicado"), "revision"))
                .containsExactly("borrador", "publicado");
        assertThat(admin.primary(List.of("borrador", "revision"), "publicado")).containsExactly("borrador");
        assertThat(admin.secondary(List.of("borrador", "revision"), "publicado"))
                .containsExactly("revision");
        assertThat(view.primary(List.of("revision"), "borrador")).containsExactly("revision");
        assertThat(view.primary(List.of("borrador"), "revision")).containsExactly("borrador");
    }
}
