package cl.sit.territory;

import cl.sit.storage.SqlFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The unit set of a day: the units in force then, each with the communes of today it is made of
 * ({@link UnitMembers}), so that figures stored per commune of today (investment, population) can be given to the
 * units of any year. Former units come from {@code former_territory}, their communes through the crosswalk.
 */
@Component
public class UnitsInForce {

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final CodeCrosswalk crosswalk;

    UnitsInForce(JdbcTemplate jdbc, SqlFiles sql, CodeCrosswalk crosswalk) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.crosswalk = crosswalk;
    }

    /** The units of {@code level} ({@code region}, {@code provincia} or {@code comuna}) in force on {@code day}. */
    public List<UnitAt> at(LocalDate day, String level) {
        return at(day).stream().filter(u -> u.level().equals(level)).toList();
    }

    /** The units of every level in force on {@code day}. */
    public List<UnitAt> at(LocalDate day) {
        List<Row> rows = jdbc.query(
                sql.get(UnitsInForce.class, "select-units-at"),
                (rs, i) -> new Row(
                        new UnitMembers.Dated(rs.getString(1), rs.getString(2), rs.getString(4)),
                        rs.getString(3),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getDouble(7),
                        (Double) rs.getObject(8),
                        rs.getString(9)),
                day,
                day,
                day,
                day);
        List<UnitMembers.Dated> dated = rows.stream().map(Row::unit).toList();
        List<CodeCrosswalk.Entry> entries = crosswalk.entries();
        Map<String, String> successor = new HashMap<>();
        entries.stream()
                .filter(e -> e.nivel().equals(Territory.COMMUNE))
                .forEach(e -> successor.put(e.idAnterior(), e.codigoNuevo()));
        Set<String> loaded = new HashSet<>(jdbc.queryForList(sql.get(UnitsInForce.class, "select-cuts"), String.class));
        Map<String, Double> official = new HashMap<>();
        jdbc.query(sql.get(UnitsInForce.class, "select-commune-official-areas"), rs -> {
            official.put(rs.getString(1), (Double) rs.getObject(2));
        });
        List<UnitAt> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> communes = UnitMembers.of(r.unit(), dated, successor);
            boolean former = !r.unit().id().equals(r.unit().code());
            List<String> missing = former
                    ? entries.stream()
                            .filter(e -> e.idAnterior().equals(r.unit().id()) && !loaded.contains(e.codigoNuevo()))
                            .map(CodeCrosswalk.Entry::codigoNuevo)
                            .toList()
                    : List.of();
            Double officialKm2 = former ? sum(communes, official) : r.officialKm2();
            out.add(new UnitAt(
                    r.unit().id(),
                    r.unit().code(),
                    r.name(),
                    r.unit().level(),
                    r.validFrom(),
                    r.validTo(),
                    r.areaKm2(),
                    officialKm2,
                    former ? "Unión de las comunas que la formaban (cobertura operacional)" : r.geometry(),
                    communes,
                    missing));
        }
        return out;
    }

    /**
     * A former unit by its identifier ({@code 105@..2007-10-02}), as it was on its last day in force; empty when
     * there is none.
     */
    public Optional<UnitAt> former(String id) {
        int at = id.indexOf(FormerUnit.SEPARATOR);
        if (at < 0) {
            return Optional.empty();
        }
        LocalDate validTo;
        try {
            validTo = LocalDate.parse(id.substring(at + FormerUnit.SEPARATOR.length()));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
        LocalDate lastDay = validTo.minusDays(1);
        return at(lastDay).stream().filter(u -> u.id().equals(id)).findFirst();
    }

    /** The sum of the communes' official surfaces, or null when one is unknown. */
    private static Double sum(List<String> communes, Map<String, Double> official) {
        double total = 0;
        for (String c : communes) {
            Double km2 = official.get(c);
            if (km2 == null || km2 <= 0) {
                return null;
            }
            total += km2;
        }
        return communes.isEmpty() ? null : total;
    }

    private record Row(
            UnitMembers.Dated unit,
            String name,
            LocalDate validFrom,
            LocalDate validTo,
            double areaKm2,
            Double officialKm2,
            String geometry) {}
}
