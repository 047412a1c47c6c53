package cl.sit.investment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * In-memory projects and history for the history slice: project {@link #EDITED} with {@link #ENTRIES} entries
 * (newest first), project {@link #UNTOUCHED} with none, and project {@link #REMOVED}, gone but with its history.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryHistory {

    static final int EDITED = 7;
    static final int UNTOUCHED = 8;
    static final int REMOVED = 9;
    static final int ENTRIES = 5;

    @Bean
    HistoryPages historyPages() {
        return new HistoryPages() {
            @Override
            public List<ProjectHistory.Entry> page(int id, int limit, int offset) {
                List<ProjectHistory.Entry> all = new ArrayList<>();
                for (int i = count(id); i >= 1; i--) {
                    all.add(new ProjectHistory.Entry(
                            100L * id + i,
                            id,
                            "3000000" + id + "-0",
                            i == 1 ? "crear" : "editar",
                            "ana",
                            OffsetDateTime.of(2026, 1, i, 12, 0, 0, 0, ZoneOffset.UTC),
                            "api",
                            null,
                            JsonNodeFactory.instance.objectNode().put("version", i)));
                }
                return all.subList(Math.min(offset, all.size()), Math.min(offset + limit, all.size()));
            }

            @Override
            public int count(int id) {
                return id == EDITED ? ENTRIES : id == REMOVED ? 2 : 0;
            }
        };
    }

    @Bean
    ProjectVersions projectVersions() {
        return id -> id == EDITED ? Integer.valueOf(ENTRIES) : id == UNTOUCHED ? Integer.valueOf(1) : null;
    }
}
