package cl.sit.investment;

import cl.sit.territory.InMemoryUnitCodes;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The links of {@link InMemoryProjects} for the investment slice: each project's communes in equal shares (project
 * 4, the illustrative one, also 10 % outside every commune), project 1's amounts of two years, one reconciliation
 * issue per project (by problem, then id; kept when the declared or a located commune is the unit's), and the removal
 * of the illustrative project. The SQL of each is tested on both databases by the ITs.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryLinks {

    static final int ILLUSTRATIVE = 4;

    static final List<ReconciliationIssue> ISSUES = List.of(
            issue(1, "fuera_de_comunas", InMemoryUnitCodes.VALDIVIA, List.of()),
            issue(2, "parcialmente_fuera", InMemoryUnitCodes.VALDIVIA, List.of(InMemoryUnitCodes.VALDIVIA)),
            issue(3, "comuna_distinta", InMemoryUnitCodes.VALDIVIA, List.of(InMemoryUnitCodes.CORRAL)),
            issue(4, "comuna_distinta", null, List.of(InMemoryUnitCodes.VALDIVIA, InMemoryUnitCodes.CORRAL)));

    static ReconciliationIssue issue(int id, String problem, String declared, List<String> located) {
        ProjectCatalog.Project p = InMemoryProjects.get(id);
        return new ReconciliationIssue(id, p.bipCode(), p.name(), problem, declared, located, "Revise " + problem);
    }

    /** Project ids still stored, and who removed the illustrative ones. */
    static class Store implements LinkReads, ProjectAmounts, IllustrativeRemover {

        final Set<Integer> ids = ConcurrentHashMap.newKeySet();
        final AtomicReference<String> removedBy = new AtomicReference<>();

        void reset() {
            ids.clear();
            InMemoryProjects.PROJECTS.forEach(p -> ids.add(p.id()));
            removedBy.set(null);
        }

        @Override
        public boolean exists(int id) {
            return ids.contains(id);
        }

        @Override
        public boolean illustrative(int id) {
            return id == ILLUSTRATIVE;
        }

        @Override
        public List<TerritoryShare> territories(int id) {
            ProjectCatalog.Project p = InMemoryProjects.get(id);
            double outside = id == ILLUSTRATIVE ? 0.1 : 0;
            double each = (1 - outside) / p.communes().size();
            List<TerritoryShare> out = new java.util.ArrayList<>(p.communes().stream()
                    .sorted()
                    .map(c -> new TerritoryShare(c, null, each, "longitud"))
                    .toList());
            if (outside > 0) {
                out.add(TerritoryShare.outside(outside));
            }
            return out;
        }

        @Override
        public List<UnitShare> units(int id) {
            return List.of(new UnitShare("14", "Los Ríos", "region", id == ILLUSTRATIVE ? 0.9 : 1.0));
        }

        @Override
        public List<ReconciliationIssue> reconciliation(String unit, List<String> communes) {
            return ISSUES.stream()
                    .filter(i -> ids.contains(i.id()))
                    .filter(i -> unit == null
                            || i.comunaDeclarada() != null && communes.contains(i.comunaDeclarada())
                            || i.comunasLocalizadas().stream().anyMatch(communes::contains))
                    .toList();
        }

        @Override
        public List<InvestmentProject.YearAmount> amounts(int id) {
            return id == 1
                    ? List.of(
                            new InvestmentProject.YearAmount(2021, 100_000_000L, 40_000_000L),
                            new InvestmentProject.YearAmount(2022, 250_000_000L, 0L))
                    : List.of();
        }

        @Override
        public int removeAll(String username) {
            removedBy.set(username);
            return ids.remove(ILLUSTRATIVE) ? 1 : 0;
        }
    }

    @Bean
    Store inMemoryLinks() {
        Store store = new Store();
        store.reset();
        return store;
    }
}
