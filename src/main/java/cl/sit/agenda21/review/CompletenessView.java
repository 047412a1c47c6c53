package cl.sit.agenda21.review;

import cl.sit.agenda21.CompletenessMatrix.Share;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Spanish wording for the Agenda 21 dashboard, so the template holds no logic: statuses, button labels, shares and
 * the time of the latest edit, relative ("hoy", "ayer", "hace 3 días") for a month and then as a date. Days are
 * counted in Chile's time zone.
 */
public final class CompletenessView {

    static final ZoneId CHILE = ZoneId.of("America/Santiago");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final int RELATIVE_DAYS = 30;

    private final ZonedDateTime now;
    private final boolean admin;

    /** Wording as of {@code now}, for an admin or for anyone else. */
    public CompletenessView(ZonedDateTime now, boolean admin) {
        this.now = now.withZoneSameInstant(CHILE);
        this.admin = admin;
    }

    /** A layer title without the package suffix: "Uso de suelo (Agenda 21)" → "Uso de suelo". */
    public String shortTitle(String title) {
        return title.replaceFirst("\\s*\\(Agenda 21\\)$", "");
    }

    public String status(String status) {
        return switch (status) {
            case ReviewStatus.REVIEW -> "revisión";
            default -> status;
        };
    }

    /** The label of the button that moves a pair from {@code from} to {@code to}. */
    public String action(String to, String from) {
        return switch (to) {
            case ReviewStatus.PUBLISHED -> "Publicar";
            case ReviewStatus.REVIEW -> ReviewStatus.PUBLISHED.equals(from) ? "Volver a revisión" : "Enviar a revisión";
            default -> "Devolver a borrador";
        };
    }

    /** The actions shown as buttons: the usual steps of the workflow. */
    public List<String> primary(List<String> actions, String from) {
        return actions.stream().filter(to -> !secondary(to, from)).toList();
    }

    /**
     * The actions shown after the usual steps, as quieter buttons: those that skip or undo the review (publishing
     * a draft directly, an admin sending a draft to review, taking a published layer back to review). They were
     * once hidden behind "⋯"; found as a new user, an admin could not see them in any of the 84 cells.
     */
    public List<String> secondary(List<String> actions, String from) {
        return actions.stream().filter(to -> secondary(to, from)).toList();
    }

    private boolean secondary(String to, String from) {
        return switch (from) {
            case ReviewStatus.DRAFT -> ReviewStatus.PUBLISHED.equals(to) || admin;
            case ReviewStatus.PUBLISHED -> ReviewStatus.REVIEW.equals(to);
            default -> false;
        };
    }

    /** "hoy", "ayer", "hace 12 días", or the date after a month; "" for no time. */
    public String ago(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        LocalDate day = time.atZoneSameInstant(CHILE).toLocalDate();
        long days = ChronoUnit.DAYS.between(day, now.toLocalDate());
        if (days <= 0) {
            return "hoy";
        }
        if (days == 1) {
            return "ayer";
        }
        return days <= RELATIVE_DAYS ? "hace " + days + " días" : DATE.format(day);
    }

    /** Date and time in Chile: "05-03-2026 14:07". */
    public String exact(OffsetDateTime time) {
        return time == null ? "" : DATE_TIME.format(time.atZoneSameInstant(CHILE));
    }

    public String iso(OffsetDateTime time) {
        return time == null ? "" : time.toString();
    }

    /** "5/7". */
    public String withData(Share s) {
        return s.conDatos() + "/" + s.total();
    }

    public String published(Share s) {
        return s.publicadas() + "/" + s.total();
    }

    /** A share as a whole percentage for a bar's width. */
    public long percent(int part, int total) {
        return total == 0 ? 0 : Math.round(100.0 * part / total);
    }
}
