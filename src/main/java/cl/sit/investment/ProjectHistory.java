package cl.sit.investment;

import cl.sit.investment.InvestmentProject.YearAmount;
import cl.sit.storage.Batches;
import cl.sit.storage.SqlFiles;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The history of the investment projects (table {@code investment_history}): one entry per project written, in
 * the writer's transaction, saying who, when, from where (the form, an import and its file, the removal of the
 * illustrative projects) and what changed ({@link ProjectState.Changes} as JSON).
 */
@Component
class ProjectHistory implements HistoryPages, ProjectAmounts {

    static final String CREATED = "creado";
    static final String UPDATED = "actualizado";
    static final String DELETED = "eliminado";
    static final String FORM = "formulario";
    static final String IMPORT = "importacion";

    /** Longest file name kept (the column's size). */
    private static final int MAX_FILE_NAME = 255;

    /**
     * Who wrote and from where.
     *
     * @param username the signed-in user
     * @param source {@value #FORM} or {@value #IMPORT}
     * @param fileName the imported file's name, or null
     */
    record Origin(String username, String source, String fileName) {}

    /** An entry to record: the project, its BIP code after the write, the action and what changed. */
    record Pending(int projectId, String bipCode, String action, ProjectState.Changes changes) {}

    /** An entry as served: {@code cambios} is the JSON object recorded. */
    record Entry(
            long id,
            int proyecto,
            @JsonProperty("codigo_bip") String codigoBip,
            String accion,
            String usuario,
            OffsetDateTime fecha,
            String origen,
            String archivo,
            JsonNode cambios) {}

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final ObjectMapper json;

    ProjectHistory(JdbcTemplate jdbc, SqlFiles sql, ObjectMapper json) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.json = json;
    }

    /** Records the entries, all with the same origin and time, in the caller's transaction. */
    void record(Origin origin, List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        String file = origin.fileName() == null || origin.fileName().length() <= MAX_FILE_NAME
                ? origin.fileName()
                : origin.fileName().substring(0, MAX_FILE_NAME);
        // Each row made as its batch goes: the JSON of 100,000 entries at once filled the heap of a national import.
        Batches.update(jdbc, sql.get(ProjectHistory.class, "insert-history"), entries.size(), i -> {
            Pending e = entries.get(i);
            return new Object[] {
                e.projectId(),
                e.bipCode(),
                e.action(),
                origin.username(),
                now,
                origin.source(),
                file,
                json.writeValueAsString(e.changes())
            };
        });
    }

    /** Records the removal of every illustrative project still stored, before they are deleted. */
    void recordIllustrativeRemoval(String username) {
        jdbc.update(sql.get(ProjectHistory.class, "record-illustrative-history"), username, now());
    }

    /** A page of the history of project {@code id}, newest first. */
    @Override
    public List<Entry> page(int id, int limit, int offset) {
        return jdbc.query(
                sql.get(ProjectHistory.class, "select-history"),
                (rs, i) -> new Entry(
                        rs.getLong("id"),
                        rs.getInt("project_id"),
                        rs.getString("codigo_bip"),
                        rs.getString("accion"),
                        rs.getString("usuario"),
                        rs.getObject("fecha", OffsetDateTime.class),
                        rs.getString("origen"),
                        rs.getString("archivo"),
                        json.readTree(rs.getString("cambios"))),
                id,
                limit,
                offset);
    }

    /** How many entries project {@code id} has. */
    @Override
    public int count(int id) {
        Integer n = jdbc.queryForObject(sql.get(ProjectHistory.class, "count-history"), Integer.class, id);
        return n == null ? 0 : n;
    }

    /** The stored state of project {@code id} with its version, or null when there is none. */
    Versioned stored(int id) {
        List<YearAmount> amounts = amounts(id);
        List<Versioned> found = jdbc.query(
                sql.get(ProjectHistory.class, "select-project-state"),
                (rs, i) -> new Versioned(rs.getInt("version"), ProjectState.read(rs, amounts)),
                id);
        return found.isEmpty() ? null : found.get(0);
    }

    /** A stored state and the version it is. */
    record Versioned(int version, ProjectState state) {}

    /** The stored yearly amounts of project {@code id}. */
    @Override
    public List<YearAmount> amounts(int id) {
        return jdbc.query(
                sql.get(ProjectHistory.class, "select-project-amounts"),
                (rs, i) -> new YearAmount(rs.getInt(1), rs.getLong(2), rs.getLong(3)),
                id);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
