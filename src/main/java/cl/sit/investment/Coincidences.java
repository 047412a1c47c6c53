package cl.sit.investment;

import cl.sit.storage.SqlFiles;
import cl.sit.territory.UnitShares;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Communes, sectors and years in which two or more programmes run projects at once ({@code coincidences.sql}): the
 * overlap "same commune, same sector, overlapping years" counted once per commune, sector and year instead of once
 * per pair of projects, so it grows with the projects, not with their square. Pairs ({@link OverlapPages}) keep the
 * reasons that need the projects near each other.
 */
@Component
class Coincidences implements CoincidencePages {

    /** One programme of a cell and how many of its projects run there that year. */
    record Programme(String programa, long proyectos) {}

    /** A commune, sector and year with projects of two or more programmes. */
    record Cell(String comuna, String nombre, String sector, int anio, long proyectos, List<Programme> programas) {}

    /** One page of cells, most programmes first, then most projects. */
    record Page(
            int desde,
            int hasta,
            String territorio,
            List<Cell> coincidencias,
            long numberMatched,
            int numberReturned,
            int limit,
            int offset,
            boolean ilustrativo,
            @JsonProperty("definicion") String definition) {}

    static final String DEFINITION = "Comuna, sector y año en que corren proyectos de dos o más programas (un "
            + "proyecto corre en un año cuando tiene monto ese año; sus comunas son las de su reparto territorial)";

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final ProjectCatalog catalog;
    private final UnitShares unitShares;

    Coincidences(JdbcTemplate jdbc, SqlFiles sql, ProjectCatalog catalog, UnitShares unitShares) {
        this.unitShares = unitShares;
        this.jdbc = jdbc;
        this.sql = sql;
        this.catalog = catalog;
    }

    @Override
    public Page page(int from, int to, ProjectsInTerritory territory, int limit, int offset) {
        Map<String, String> names = catalog.communeNames();
        List<String> communes = territory.filtered() ? territory.communes() : List.copyOf(names.keySet());
        String kept = unitShares.investmentCurrent(jdbc, communes) ? "-kept" : "";
        String cells = sql.get(Coincidences.class, "coincidences" + kept);
        Object[] filter = {
            from,
            to,
            territory.communes().size(),
            new SqlArrayValue("varchar", territory.communes().toArray())
        };
        // One page of the cells in a stable order, each row with how many cells there are; past the last page,
        // the cells counted on their own.
        long[] matched = {-1};
        List<Cell> page = jdbc.query(
                "SELECT c.*, COUNT(*) OVER () FROM (" + cells + ") c ORDER BY programas DESC, "
                        + "proyectos DESC, comuna, sector, anio LIMIT ? OFFSET ?",
                (rs, i) -> {
                    matched[0] = rs.getLong(6);
                    return new Cell(
                            rs.getString(1),
                            names.get(rs.getString(1)),
                            rs.getString(2),
                            rs.getInt(3),
                            rs.getLong(5),
                            List.of());
                },
                from,
                to,
                filter[2],
                filter[3],
                limit,
                offset);
        if (matched[0] < 0) {
            Long counted = jdbc.queryForObject("SELECT COUNT(*) FROM (" + cells + ") c", Long.class, filter);
            matched[0] = counted == null ? 0 : counted;
        }
        List<Cell> out = page.stream()
                .map(c -> new Cell(
                        c.comuna(),
                        c.nombre(),
                        c.sector(),
                        c.anio(),
                        c.proyectos(),
                        jdbc.query(
                                sql.get(Coincidences.class, "coincidence-programmes" + kept),
                                (rs, i) -> new Programme(rs.getString(1), rs.getLong(2)),
                                c.comuna(),
                                c.sector(),
                                c.anio())))
                .toList();
        return new Page(
                from,
                to,
                territory.unit(),
                out,
                matched[0],
                out.size(),
                limit,
                offset,
                catalog.anyIllustrative(),
                DEFINITION);
    }
}
