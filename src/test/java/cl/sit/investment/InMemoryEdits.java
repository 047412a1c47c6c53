package cl.sit.investment;

import cl.sit.system.ErrorCode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.geojson.Feature;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Projects at a version for the edit slice: {@link #VALDIVIA} at version 1, {@link #CORRAL} at version 3 (the
 * versions {@link #reset} brings back). An edit or removal at another version is the application's 412
 * ({@link ProjectEdit#conflict}), a feature without geometry its 422; a removed project is gone. The split of every
 * project is one commune; what an edit really stores and links is tested on both databases by the ITs.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryEdits {

    static final int VALDIVIA = 11;
    static final int CORRAL = 12;

    /** The stored projects: id to version, and the last user who wrote. */
    static class Store implements ProjectEdits, LinkReads {

        final Map<Integer, Integer> versions = new ConcurrentHashMap<>();
        volatile String lastUser;

        void reset() {
            versions.clear();
            versions.put(VALDIVIA, 1);
            versions.put(CORRAL, 3);
            lastUser = null;
        }

        @Override
        public Integer version(int id) {
            return versions.get(id);
        }

        private int current(int id, int expectedVersion) {
            Integer current = versions.get(id);
            if (current == null) {
                throw ErrorCode.PROJECT_NOT_FOUND.exception("No existe el proyecto de inversión " + id);
            }
            if (current != expectedVersion) {
                throw ProjectEdit.conflict(current);
            }
            return current;
        }

        @Override
        public int replace(int id, int expectedVersion, Feature feature, String username) {
            int current = current(id, expectedVersion);
            if (feature.getGeometry() == null) {
                throw new ImportRejected(List.of(new ImportError(1, "geometry", "Falta la geometría")));
            }
            versions.put(id, current + 1);
            lastUser = username;
            return current + 1;
        }

        @Override
        public void remove(int id, int expectedVersion, String username) {
            current(id, expectedVersion);
            versions.remove(id);
            lastUser = username;
        }

        @Override
        public boolean exists(int id) {
            return versions.containsKey(id);
        }

        @Override
        public boolean illustrative(int id) {
            return id == CORRAL;
        }

        @Override
        public List<TerritoryShare> territories(int id) {
            return id == VALDIVIA
                    ? List.of(new TerritoryShare("14101", "Valdivia", 1.0, "punto"))
                    : List.of(new TerritoryShare("14102", "Corral", 0.75, "longitud"), TerritoryShare.outside(0.25));
        }

        @Override
        public List<UnitShare> units(int id) {
            return List.of(new UnitShare("14", "Los Ríos", "region", 1.0));
        }

        @Override
        public List<ReconciliationIssue> reconciliation(String unit, List<String> communes) {
            return List.of();
        }
    }

    @Bean
    Store inMemoryEdits() {
        Store store = new Store();
        store.reset();
        return store;
    }
}
