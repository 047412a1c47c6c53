package cl.sit.indicators;

import java.util.Arrays;

/** What an indicator can be broken down by; each maps to one whitelisted SQL expression. */
enum Breakdown {
    NONE("", "'total'"),
    PROGRAMME("programa", "p.programa"),
    SECTOR("sector", "p.sector"),
    STAGE("etapa", "p.etapa"),
    YEAR("anio", "CAST(a.anio AS varchar(4))");

    final String name;
    final String sql;

    Breakdown(String name, String sql) {
        this.name = name;
        this.sql = sql;
    }

    static Breakdown parse(String text) {
        return Arrays.stream(values())
                .filter(b -> b != NONE && b.name.equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(text));
    }
}
