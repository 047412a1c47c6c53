package cl.sit.agenda21.review;

import cl.sit.editing.PublishedCommunes;
import cl.sit.layer.LayerGenerations;
import cl.sit.storage.SqlFiles;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Review status of an editable layer in each commune: {@code borrador} (the default, with no row), then
 * {@code revision} when the commune's editor sends it for review, then {@code publicado} when an admin approves
 * it. Only published (layer, commune) pairs are visible to anonymous users.
 */
@Component
public class ReviewStatus implements PublishedCommunes {

    public static final String DRAFT = "borrador";
    public static final String REVIEW = "revision";
    public static final String PUBLISHED = "publicado";
    public static final List<String> ALL = List.of(DRAFT, REVIEW, PUBLISHED);

    /** The status of one (layer, commune) pair. */
    public record Entry(
            String layerId, String cut, String status, String changedBy, OffsetDateTime changedAt, String note) {}

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final LayerGenerations generations;

    ReviewStatus(JdbcTemplate jdbc, SqlFiles sql, LayerGenerations generations) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.generations = generations;
    }

    /** Communes where layer {@code layerId} is published. */
    @Override
    public Set<String> published(String layerId) {
        return new HashSet<>(jdbc.queryForList(sql.get(ReviewStatus.class, "select-published"), String.class, layerId));
    }

    /** Every recorded status (pairs with no row are drafts). */
    public List<Entry> all() {
        return jdbc.query(
                sql.get(ReviewStatus.class, "select-status"),
                (rs, i) -> new Entry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getString(6)));
    }

    public String of(String layerId, String cut) {
        List<String> s =
                jdbc.queryForList(sql.get(ReviewStatus.class, "select-one-status"), String.class, layerId, cut);
        return s.isEmpty() ? DRAFT : s.get(0);
    }

    /**
     * Moves the pair from {@code from} to {@code to} only if it is still in {@code from}; false when another change
     * came first (then nothing is written). A draft may have no row yet: concurrent first changes all try to insert
     * it and the primary key lets one through.
     */
    public boolean change(String layerId, String cut, String from, String to, String by, String note) {
        int updated = jdbc.update(
                sql.get(ReviewStatus.class, "update-status-from"),
                to,
                by,
                OffsetDateTime.now(),
                note,
                layerId,
                cut,
                from);
        if (updated == 0 && DRAFT.equals(from)) {
            try {
                updated = jdbc.update(
                        sql.get(ReviewStatus.class, "insert-status"), layerId, cut, to, by, OffsetDateTime.now(), note);
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        if (updated == 0) {
            return false;
        }
        generations.bump(layerId);
        return true;
    }

    /** Records a new status; it changes what anonymous users see, so the layer's generation moves too. */
    public void set(String layerId, String cut, String status, String by, String note) {
        generations.bump(layerId);
        int updated = jdbc.update(
                sql.get(ReviewStatus.class, "update-status"), status, by, OffsetDateTime.now(), note, layerId, cut);
        if (updated == 0) {
            jdbc.update(
                    sql.get(ReviewStatus.class, "insert-status"), layerId, cut, status, by, OffsetDateTime.now(), note);
        }
    }
}
