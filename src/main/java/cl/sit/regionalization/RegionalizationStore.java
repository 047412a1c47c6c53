package cl.sit.regionalization;

import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Keeps regionalization results (the latest {@value #KEPT}) and, once made, their region geometries. */
@Component
class RegionalizationStore implements RegionalizationData.Stored {

    static final int KEPT = 500;

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final ObjectMapper json;

    RegionalizationStore(JdbcTemplate jdbc, SqlFiles sql, ObjectMapper json) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.json = json;
    }

    @Transactional
    void save(RegionalizationDocument doc, String request, String user) {
        jdbc.update(
                sql.get(RegionalizationStore.class, "insert-regionalization"),
                doc.id(),
                user,
                doc.unidades().tipo(),
                doc.metodo(),
                doc.regionesObtenidas(),
                request,
                json.writeValueAsString(doc));
        jdbc.update(sql.get(RegionalizationStore.class, "delete-old-regionalizations"), KEPT);
    }

    /**
     * Keeps the dissolved geometry of each region of run {@code id}, in region order, in a transaction of its own:
     * when another request kept them first (or the run was just dropped as old), this one fails alone.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void saveGeometries(String id, List<? extends Geometry> shapes) {
        List<Object[]> rows = new ArrayList<>();
        for (int r = 0; r < shapes.size(); r++) {
            rows.add(new Object[] {id, r + 1, Wkb.write(shapes.get(r))});
        }
        jdbc.batchUpdate(sql.get(RegionalizationStore.class, "insert-region"), rows);
    }

    @Override
    public Optional<RegionalizationDocument> find(String id) {
        return jdbc
                .queryForList(sql.get(RegionalizationStore.class, "select-regionalization"), String.class, id)
                .stream()
                .findFirst()
                .map(text -> json.readValue(text, RegionalizationDocument.class));
    }

    /** The dissolved geometry of each region, in region order, or nothing when not kept yet. */
    List<Geometry> geometries(String id) {
        return jdbc.query(
                sql.get(RegionalizationStore.class, "select-region-geometries"),
                (rs, i) -> Wkb.read(rs.getBytes(2)),
                id);
    }
}
