package cl.sit.conservation;

import cl.sit.analysis.ConservationScreen;
import cl.sit.investment.ProjectCatalog;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Conservation screening of investment projects against protected areas and priority sites (reference layers
 * that only change when seeded, so their index is built once).
 */
@Component
class Screening {

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final ProjectCatalog projects;
    private volatile ConservationScreen screen;

    Screening(JdbcTemplate jdbc, SqlFiles sql, ProjectCatalog projects) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.projects = projects;
    }

    ScreeningReport report(double bufferM, String commune) {
        ConservationScreen s = screen();
        Map<String, String> names = projects.communeNames();
        List<ScreeningReport.Row> rows = new ArrayList<>();
        Map<String, int[]> perCommune = new TreeMap<>();
        for (ProjectCatalog.Project p : projects.all()) {
            if (commune != null && !p.communes().contains(commune)) {
                continue;
            }
            ConservationScreen.Result r = s.screen(p.geometry(), bufferM);
            if (r.status().equals("lejos")) {
                continue;
            }
            rows.add(ScreeningReport.Row.of(p, r));
            for (String c : p.communes()) {
                perCommune.computeIfAbsent(c, k -> new int[2])[r.status().equals("dentro") ? 0 : 1]++;
            }
        }
        List<ScreeningReport.Territory> territories = new ArrayList<>();
        perCommune.forEach((code, n) -> {
            if (commune == null || commune.equals(code)) {
                territories.add(new ScreeningReport.Territory(code, names.get(code), n[0], n[1]));
            }
        });
        return new ScreeningReport(bufferM, rows, territories, projects.communeGeometry(),
                projects.anyIllustrative());
    }

    private ConservationScreen screen() {
        if (screen == null) {
            screen = new ConservationScreen(jdbc.query(sql.get(Screening.class, "select-areas"),
                    (rs, i) -> new ConservationScreen.Area(rs.getString(1), rs.getString(2), rs.getString(3),
                            Wkb.read(rs.getBytes(4)))));
        }
        return screen;
    }
}
