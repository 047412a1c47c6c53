package cl.sit.territory;

import cl.sit.storage.SqlFiles;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The crosswalk of old to new CUT codes ({@code territory_crosswalk}, seeded from
 * {@code data/chile/equivalencias_cut_2007.csv}), read by every import that takes commune codes.
 */
@Component
public class CodeCrosswalk implements CrosswalkEntries {

    /**
     * One old code and one of the codes that replaced it.
     *
     * @param codigoAnterior the code as published before the change
     * @param idAnterior the identifier of the former unit ({@link FormerUnit#formerId})
     * @param codigoNuevo the code of a unit in force that replaced it (or a part of it)
     * @param nombre name of the new unit
     * @param nivel {@code region}, {@code provincia} or {@code comuna}
     * @param tipo {@code recodificacion} (same territory, new code) or {@code division} (split in several)
     * @param fechaCambio first day of the new code
     * @param fuente where the correspondence comes from
     */
    public record Entry(
            @JsonProperty("codigo_anterior") String codigoAnterior,
            @JsonProperty("id_anterior") String idAnterior,
            @JsonProperty("codigo_nuevo") String codigoNuevo,
            String nombre,
            String nivel,
            String tipo,
            @JsonProperty("fecha_cambio") LocalDate fechaCambio,
            String fuente) {}

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    CodeCrosswalk(JdbcTemplate jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public List<Entry> entries() {
        return jdbc.query(
                sql.get(CodeCrosswalk.class, "select-crosswalk"),
                (rs, i) -> new Entry(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8)));
    }

    /**
     * Today's commune an old commune code became, when it became exactly one (10502 → 14102); empty for a code in
     * force, a divided commune or an unknown code.
     */
    public Optional<String> communeSuccessor(String oldCode) {
        return onlySuccessor(entries(), oldCode).map(Entry::codigoNuevo);
    }

    /** The crosswalk entry of an old commune code when it became exactly one commune. */
    private static Optional<Entry> onlySuccessor(List<Entry> entries, String oldCode) {
        List<Entry> found = entries.stream()
                .filter(e -> e.nivel().equals(Territory.COMMUNE)
                        && e.codigoAnterior().equals(oldCode))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** The commune codes of an import: the codes in force, and the old codes each mapped to one of them. */
    public CommuneCodes communeCodes(Collection<String> inForce) {
        return new CommuneCodes(new HashSet<>(inForce), entries());
    }

    /**
     * Resolves a commune code given in an import. A code in force is itself (a code reused today keeps today's
     * meaning: 10101 is Puerto Montt); an old code with exactly one successor commune, in force, maps to it (a
     * commune split in several cannot); anything else is unknown.
     */
    public static final class CommuneCodes {

        private final Set<String> inForce;
        private final List<Entry> entries;

        CommuneCodes(Set<String> inForce, List<Entry> entries) {
            this.inForce = Set.copyOf(inForce);
            this.entries = List.copyOf(entries);
        }

        public boolean inForce(String code) {
            return inForce.contains(code);
        }

        /** The entry mapping an old commune code to a commune in force, when there is exactly one. */
        public Optional<Entry> mapped(String code) {
            if (code == null || inForce(code)) {
                return Optional.empty();
            }
            return onlySuccessor(entries, code).filter(e -> inForce(e.codigoNuevo()));
        }
    }
}
