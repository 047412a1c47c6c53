package cl.sit.agenda21.review;

import cl.sit.storage.SqlFiles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The review comments, in table {@code review_comment}. */
@Component
public class ReviewComments implements CommentData, OpenComments {

    /** Comments a feature may hold: a bound on what one feature's thread can grow to. */
    static final int MAX_PER_FEATURE = 500;

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    ReviewComments(JdbcTemplate jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public List<ReviewComment> of(String layer, long feature) {
        return jdbc.query(sql.get(ReviewComments.class, "select-comments"), ReviewComments::comment, layer, feature);
    }

    @Override
    public Optional<ReviewComment> find(String layer, long feature, long id) {
        return jdbc
                .query(sql.get(ReviewComments.class, "select-comment"), ReviewComments::comment, id, layer, feature)
                .stream()
                .findFirst();
    }

    @Override
    public int count(String layer, long feature) {
        Integer n = jdbc.queryForObject(sql.get(ReviewComments.class, "count-feature"), Integer.class, layer, feature);
        return n == null ? 0 : n;
    }

    @Override
    public void add(String layer, long feature, String cut, String author, String text) {
        jdbc.update(sql.get(ReviewComments.class, "insert-comment"), layer, feature, cut, author, now(), text);
    }

    @Override
    public void resolve(long id, String user) {
        jdbc.update(sql.get(ReviewComments.class, "update-resolved"), user, user == null ? null : now(), id);
    }

    @Override
    public Map<String, Integer> openByCell() {
        Map<String, Integer> out = new HashMap<>();
        jdbc.query(sql.get(ReviewComments.class, "count-open"), rs -> {
            out.put(rs.getString(1) + "|" + rs.getString(2), rs.getInt(3));
        });
        return out;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    private static ReviewComment comment(ResultSet rs, int row) throws SQLException {
        return new ReviewComment(
                rs.getLong(1),
                rs.getString(2),
                rs.getLong(3),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, OffsetDateTime.class),
                rs.getString(7),
                rs.getString(8),
                rs.getObject(9, OffsetDateTime.class));
    }
}
