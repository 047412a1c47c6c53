package cl.sit.profile;

import cl.sit.profile.TerritoryProfile.Ref;
import java.util.ArrayList;
import java.util.List;

/** The list of territory profiles grouped for the index page: regions with their provinces and communes. */
record TerritoryIndexView(List<Region> regions, List<Ref> custom) {

    /** A region with its provinces. */
    record Region(Ref region, List<Province> provinces) {}

    /** A province with its communes. */
    record Province(Ref province, List<Ref> communes) {}

    /** Groups by CUT: a commune's first three digits are its province, a province's first two its region. */
    static TerritoryIndexView of(List<Ref> refs) {
        List<Region> regions = new ArrayList<>();
        for (Ref r : refs) {
            if (!r.nivel().equals("region")) {
                continue;
            }
            List<Province> provinces = new ArrayList<>();
            for (Ref p : refs) {
                if (p.nivel().equals("provincia") && p.codigo().startsWith(r.codigo())) {
                    provinces.add(new Province(
                            p,
                            refs.stream()
                                    .filter(c -> c.nivel().equals("comuna")
                                            && c.codigo().startsWith(p.codigo()))
                                    .toList()));
                }
            }
            regions.add(new Region(r, provinces));
        }
        return new TerritoryIndexView(
                regions,
                refs.stream().filter(r -> r.nivel().equals("personalizado")).toList());
    }
}
