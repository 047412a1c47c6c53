package cl.sit.regionalization;

import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Keeps regionalization results (the latest {@value #KEPT}) and their region geometries. */
@Component
class RegionalizationStore {

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
    void save(RegionalizationDocument doc, String request, List<RegionShapes.Shape> shapes,
            String user) {
        jdbc.update(sql.get(RegionalizationStore.class, "insert-regionalization"), doc.id(), user,
                doc.unidades().tipo(), doc.metodo(), doc.regionesObtenidas(), request,
                json.writeValueAsString(doc));
        List<Object[]> rows = new ArrayList<>();
        for (int r = 0; r < shapes.size(); r++) {
            rows.add(new Object[] {doc.id(), r + 1, Wkb.write(shapes.get(r).geometry())});
        }
        jdbc.batchUpdate(sql.get(RegionalizationStore.class, "insert-region"), rows);
        jdbc.update(sql.get(RegionalizationStore.class, "delete-old-regionalizations"), KEPT);
    }

    Optional<RegionalizationDocument> find(String id) {
        return jdbc.queryForList(sql.get(RegionalizationStore.class, "select-regionalization"), String.class, id)
                .stream().findFirst().map(text -> json.readValue(text, RegionalizationDocument.class));
    }

    /** The dissolved geometry of each region, in region order. */
    List<Geometry> geometries(String id) {
        return jdbc.query(sql.get(RegionalizationStore.class, "select-region-geometries"),
                (rs, i) -> Wkb.read(rs.getBytes(2)), id);
    }
}
