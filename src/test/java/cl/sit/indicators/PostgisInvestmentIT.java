package cl.sit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Investment ↔ territory on PostGIS, plus the cross-check: per-commune totals from SIT (JTS split, stored at
 * write time) equal an independent PostGIS computation on geography within 0.01 %.
 */
@RequiresPostgis
class PostgisInvestmentIT extends AbstractInvestmentContractIT {

    /**
     * Independent split in SQL: points by ST_Covers (lowest CUT), lines by geodesic length, polygons by area, as
     * fractions of the whole project (what lies outside every commune is given to none).
     */
    static final String POSTGIS_TOTALS = """
            WITH pieces AS (
              SELECT p.id, c.cut,
                     CASE ST_Dimension(p.geom)
                       WHEN 0 THEN CASE WHEN c.cut = (SELECT MIN(c2.cut) FROM territory c2
                                                      WHERE c2.nivel = 'comuna' AND ST_Covers(c2.geom, p.geom))
                                        THEN 1.0 ELSE 0 END
                       WHEN 1 THEN ST_Length(ST_CollectionExtract(ST_Intersection(p.geom, c.geom), 2)::geography)
                       ELSE ST_Area(ST_CollectionExtract(ST_Intersection(p.geom, c.geom), 3)::geography)
                     END AS measure,
                     CASE ST_Dimension(p.geom)
                       WHEN 0 THEN NULL
                       WHEN 1 THEN ST_Length(p.geom::geography)
                       ELSE ST_Area(p.geom::geography)
                     END AS whole
              FROM investment_project p
              JOIN territory c ON c.nivel = 'comuna' AND ST_Intersects(p.geom, c.geom)),
            shares AS (
              SELECT id, cut, measure / COALESCE(whole, SUM(measure) OVER (PARTITION BY id)) AS share
              FROM pieces WHERE measure > 0)
            SELECT s.cut, SUM(a.programado_clp * s.share) AS total
            FROM shares s JOIN investment_amount a ON a.project_id = s.id
            WHERE a.anio BETWEEN 2003 AND 2026
            GROUP BY s.cut
            """;

    @Test
    void screeningAgreesWithPostgisGeography() {
        java.util.Set<Integer> inside = new java.util.TreeSet<>(jdbc.queryForList("""
                SELECT DISTINCT p.id FROM investment_project p
                WHERE EXISTS (SELECT 1 FROM protected_area a WHERE ST_Intersects(a.geom, p.geom))
                   OR EXISTS (SELECT 1 FROM priority_site s WHERE ST_Intersects(s.geom, p.geom))""", Integer.class));
        // PostGIS geography distance to the nearest area; SIT agrees within 0.1 %, so only projects within
        // 0.5 % of the buffer could fall on either side and are left out of the comparison.
        Map<Integer, Double> distance = new HashMap<>();
        jdbc.query("""
                SELECT p.id, LEAST((SELECT MIN(ST_Distance(a.geom::geography, p.geom::geography)) FROM protected_area a),
                                   (SELECT MIN(ST_Distance(s.geom::geography, p.geom::geography)) FROM priority_site s))
                FROM investment_project p""", rs -> {
            distance.put(rs.getInt(1), rs.getDouble(2));
        });
        java.util.Set<Integer> withinBuffer = new java.util.TreeSet<>();
        java.util.Set<Integer> borderline = new java.util.TreeSet<>();
        distance.forEach((id, m) -> {
            if (Math.abs(m - 1000) <= 5) {
                borderline.add(id);
            } else if (m <= 1000) {
                withinBuffer.add(id);
            }
        });
        java.util.Set<Integer> sitInside = new java.util.TreeSet<>();
        java.util.Set<Integer> sitFlagged = new java.util.TreeSet<>();
        http.json("/api/screening?margen_m=1000").get("filas").forEach(r -> {
            sitFlagged.add(r.get("id").asInt());
            if (r.get("estado").asString().equals("dentro")) {
                sitInside.add(r.get("id").asInt());
            }
        });
        assertThat(sitInside).isEqualTo(inside);
        sitFlagged.removeAll(borderline);
        assertThat(sitFlagged).isEqualTo(withinBuffer);
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }

    @Test
    void perCommuneTotalsEqualAnIndependentPostgisComputation() {
        Map<String, Double> postgis = new HashMap<>();
        jdbc.query(POSTGIS_TOTALS, rs -> {
            postgis.put(rs.getString(1), rs.getDouble(2));
        });
        JsonNode sit = http.json("/api/indicators?level=commune&from=2003&to=2026");
        int compared = 0;
        for (JsonNode r : sit.get("filas")) {
            double expected = postgis.getOrDefault(r.get("codigo").asString(), 0.0);
            assertThat(r.get("total_clp").asDouble())
                    .as(r.get("codigo").asString())
                    .isCloseTo(expected, withPercentage(0.01));
            compared++;
        }
        assertThat(compared).isEqualTo(12);
    }
}
