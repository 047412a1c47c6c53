package cl.sit.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Which of today's communes make up a unit in force on some day (plain Java). CUT codes are hierarchical, so the
 * communes of a unit on that day are the communes in force then whose code of the time starts with the unit's code
 * (105 → 10501..10512); each is mapped to today's commune: itself when still in force, else the commune the
 * crosswalk says replaced it (10501 → 14101, a recoding: same territory).
 */
final class UnitMembers {

    /**
     * A unit in force on the day, as read from the store.
     *
     * @param id identifier ({@link FormerUnit#formerId} for a former unit)
     * @param code code of the time
     * @param level level
     */
    record Dated(String id, String code, String level) {}

    private UnitMembers() {}

    /**
     * Today's communes of {@code unit}.
     *
     * @param unit a unit in force on the day
     * @param inForce every unit in force on that day (at least the communes)
     * @param successor former commune identifier → today's commune that replaced it
     */
    static List<String> of(Dated unit, Collection<Dated> inForce, Map<String, String> successor) {
        List<String> out = new ArrayList<>();
        for (Dated c : inForce) {
            if (!c.level().equals(Territory.COMMUNE) || !c.code().startsWith(unit.code())) {
                continue;
            }
            String today = c.id().equals(c.code()) ? c.id() : successor.get(c.id());
            if (today != null && !out.contains(today)) {
                out.add(today);
            }
        }
        out.sort(null);
        return out;
    }
}
