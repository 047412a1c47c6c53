package cl.sit.regionalization;

import cl.sit.system.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * The dissolved geometry of each region of a kept run, made the first time a response needs it (the GeoJSON
 * download, the page's map, saving census-zone regions) from the run's units and assignment, then kept: dissolving
 * the 345 communes of Chile into 16 regions is most of a national run's time, and the run itself only needs each
 * region's area and perimeter ({@link UnitMeasures}).
 */
@Component
class RegionGeometries implements RegionalizationData.Shapes {

    private final RegionalizationStore store;
    private final UnitStore units;

    RegionGeometries(RegionalizationStore store, UnitStore units) {
        this.store = store;
        this.units = units;
    }

    /** Each region's geometry, in region order. */
    @Override
    public List<Geometry> of(RegionalizationDocument doc) {
        List<Geometry> kept = store.geometries(doc.id());
        if (!kept.isEmpty()) {
            return kept;
        }
        Map<String, Integer> regionOf = new HashMap<>();
        doc.asignacion().forEach(u -> regionOf.put(u.codigo(), u.region() - 1));
        List<Unit> members = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Unit u : units.load(doc.unidades().tipo(), doc.unidades().ambito()).units()) {
            Integer r = regionOf.get(u.code());
            if (r != null) {
                members.add(u);
                labels.add(r);
            }
        }
        int[] label = labels.stream().mapToInt(Integer::intValue).toArray();
        if (java.util.Arrays.stream(label).distinct().count() != doc.regiones().size()) {
            throw ErrorCode.UNITS_CHANGED.exception("Las unidades de esta regionalización ya no están "
                    + "cargadas como cuando se calculó: vuelva a calcularla");
        }
        // Regions are numbered by their first unit, and the units come back in the same order (by code).
        List<MultiPolygon> shapes = RegionShapes.dissolve(
                members, new Partition(label, doc.regiones().size()));
        try {
            store.saveGeometries(doc.id(), shapes);
        } catch (DataAccessException keptByAnotherRequest) {
            // Another request kept them first, or the run was just dropped as old: these are as good.
        }
        return List.copyOf(shapes);
    }
}
