package cl.sit.territory;

import cl.sit.analysis.GeodesicMeasure;
import cl.sit.analysis.Polygons;
import cl.sit.seed.SeedDataset;
import cl.sit.seed.SeedFiles;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The units of the Región de Los Lagos as they were before Los Ríos (Ley 20.174, 2007-10-02), the start date of
 * the units that replaced them, and the crosswalk of old to new codes; see data/chile/PROVENANCE.md. A former
 * commune has the polygon of the commune that replaced it (the 12 communes kept their territory); a former province
 * or region is the union of its members as listed, among the units loaded: the Región X of before is Los Ríos plus
 * today's Los Lagos with the national set ({@code sit.seed.national}, loaded first), Los Ríos alone otherwise.
 */
@Component
class FormerUnitSeed implements SeedDataset {

    private static final String UNITS = "chile/unidades_territoriales_historicas.csv";
    private static final String CROSSWALK = "chile/equivalencias_cut_2007.csv";
    private static final List<String> LEVELS = List.of(Territory.COMMUNE, Territory.PROVINCE, Territory.REGION);

    private final SqlFiles sql;

    FormerUnitSeed(SqlFiles sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "unidades-historicas";
    }

    @Override
    public String source() {
        return "INE Censo 2002 (códigos de la Región X), Ley 20.174; ver data/chile/PROVENANCE.md";
    }

    @Override
    public int order() {
        return 17;
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        List<FormerUnit> units =
                SeedFiles.csv(UNITS).stream().map(FormerUnitSeed::unit).toList();
        List<CSVRecord> crosswalk = SeedFiles.csv(CROSSWALK);
        Map<String, String> successor = new HashMap<>();
        crosswalk.stream()
                .filter(r -> r.get("nivel").equals(Territory.COMMUNE))
                .forEach(r -> successor.put(r.get("id_anterior"), r.get("codigo_nuevo")));
        Map<String, MultiPolygon> built = new HashMap<>();
        List<Object[]> rows = new ArrayList<>();
        for (String level : LEVELS) {
            for (FormerUnit u : units) {
                if (!u.former() || !u.level().equals(level)) {
                    continue;
                }
                List<MultiPolygon> parts = new ArrayList<>();
                if (level.equals(Territory.COMMUNE)) {
                    current(jdbc, successor.get(u.id())).ifPresent(parts::add);
                } else {
                    // Its members: units listed under it, and units in force then and now listed under its code
                    // (Llanquihue, 101, belonged to Los Lagos before 2007 as it does today).
                    units.stream()
                            .filter(m -> u.id().equals(m.parentId())
                                    || (!m.former()
                                            && u.code().equals(m.parentId())
                                            && (m.validFrom() == null
                                                    || u.validTo() == null
                                                    || m.validFrom().isBefore(u.validTo()))))
                            .forEach(m -> Optional.ofNullable(built.get(m.id()))
                                    .or(() -> m.former() ? Optional.empty() : current(jdbc, m.id()))
                                    .ifPresent(parts::add));
                }
                if (parts.isEmpty()) {
                    continue;
                }
                MultiPolygon geometry = Polygons.union(parts);
                built.put(u.id(), geometry);
                rows.add(new Object[] {
                    u.id(),
                    u.code(),
                    u.name(),
                    u.level(),
                    u.parentId(),
                    u.validFrom(),
                    u.validTo(),
                    GeodesicMeasure.areaKm2(geometry),
                    u.source(),
                    Wkb.write(geometry)
                });
            }
        }
        jdbc.batchUpdate(sql.get(FormerUnitSeed.class, "insert-former-territory"), rows);
        units.stream()
                .filter(u -> !u.former() && u.validFrom() != null)
                .forEach(u -> jdbc.update(sql.get(FormerUnitSeed.class, "update-valid-from"), u.validFrom(), u.id()));
        jdbc.batchUpdate(
                sql.get(FormerUnitSeed.class, "insert-crosswalk"),
                crosswalk.stream()
                        .map(r -> new Object[] {
                            r.get("codigo_anterior"),
                            r.get("id_anterior"),
                            r.get("codigo_nuevo"),
                            r.get("nombre"),
                            r.get("nivel"),
                            r.get("tipo"),
                            LocalDate.parse(r.get("fecha_cambio")),
                            r.get("fuente")
                        })
                        .toList());
        return rows.size() + crosswalk.size();
    }

    private Optional<MultiPolygon> current(JdbcTemplate jdbc, String cut) {
        return jdbc.queryForList(sql.get(FormerUnitSeed.class, "select-unit-geometry"), byte[].class, cut).stream()
                .findFirst()
                .map(wkb -> Polygons.asMultiPolygon(Wkb.read(wkb)));
    }

    private static FormerUnit unit(CSVRecord r) {
        FormerUnit u = new FormerUnit(
                r.get("id"),
                r.get("codigo"),
                r.get("nombre"),
                r.get("nivel"),
                blank(r.get("padre")),
                date(r.get("vigente_desde")),
                date(r.get("vigente_hasta")),
                r.get("fuente"));
        String expected = u.former() ? FormerUnit.formerId(u.code(), u.validTo()) : u.code();
        if (!u.id().equals(expected)) {
            throw new IllegalStateException(UNITS + ": the identifier of " + u.name() + " must be " + expected);
        }
        return u;
    }

    private static String blank(String text) {
        return text.isBlank() ? null : text;
    }

    private static LocalDate date(String text) {
        return text.isBlank() ? null : LocalDate.parse(text);
    }
}
