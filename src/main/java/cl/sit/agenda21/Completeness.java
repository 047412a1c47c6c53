package cl.sit.agenda21;

import cl.sit.agenda21.CompletenessMatrix.Cell;
import cl.sit.agenda21.CompletenessMatrix.Column;
import cl.sit.agenda21.CompletenessMatrix.Row;
import cl.sit.agenda21.CompletenessMatrix.Share;
import cl.sit.agenda21.CompletenessStore.Edits;
import cl.sit.agenda21.CompletenessStore.Unit;
import cl.sit.agenda21.review.ReviewStatus;
import cl.sit.agenda21.review.StatusTransitions;
import cl.sit.editing.EditPermissions;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.ErrorCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The completeness dashboard of the Agenda 21 package: for each commune of a region and each layer of the package,
 * the feature count, the latest edit, the edits since the review status last changed, and the status with who set
 * it, when and why. Reads are one grouped count per layer table, one grouped query on the history and one on the
 * statuses. Names of editors and notes are shown to signed-in users only, as the history is.
 */
@Component
public class Completeness implements CompletenessMatrices {

    public static final String PACKAGE = "agenda21";
    public static final String DEFAULT_REGION = "14";

    private final CompletenessStore store;
    private final LayerRegistry registry;
    private final ReviewStatus status;
    private final EditPermissions permissions;

    Completeness(CompletenessStore store, LayerRegistry registry, ReviewStatus status, EditPermissions permissions) {
        this.store = store;
        this.registry = registry;
        this.status = status;
        this.permissions = permissions;
    }

    /** The matrix of a region (2-digit CUT); 404 {@code RegionNotFound} for an unknown region. */
    @Override
    public CompletenessMatrix matrix(String region) {
        Unit r = store.region(region)
                .orElseThrow(() -> ErrorCode.REGION_NOT_FOUND.exception("No existe la región " + region));
        List<Layer> layers = layers();
        List<Unit> communes = store.communes(region);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (Layer l : layers) {
            counts.put(l.id(), store.featureCounts(l, region));
        }
        Map<String, Edits> edits = new HashMap<>();
        store.edits(PACKAGE, region).forEach(e -> edits.put(key(e.layerId(), e.cut()), e));
        Map<String, ReviewStatus.Entry> statuses = new HashMap<>();
        status.all().forEach(s -> statuses.put(key(s.layerId(), s.cut()), s));
        Viewer viewer = Viewer.current(permissions, layers);

        List<Row> rows = new ArrayList<>();
        List<List<Cell>> columns = new ArrayList<>();
        layers.forEach(l -> columns.add(new ArrayList<>()));
        for (Unit c : communes) {
            List<Cell> cells = new ArrayList<>();
            for (int i = 0; i < layers.size(); i++) {
                String layerId = layers.get(i).id();
                Cell cell = cell(
                        layerId,
                        c.cut(),
                        counts.get(layerId).getOrDefault(c.cut(), 0L),
                        edits.get(key(layerId, c.cut())),
                        statuses.get(key(layerId, c.cut())),
                        viewer);
                cells.add(cell);
                columns.get(i).add(cell);
            }
            rows.add(new Row(c.cut(), c.nombre(), cells, Share.of(cells)));
        }
        List<Column> cols = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            cols.add(new Column(layers.get(i).id(), layers.get(i).title(), Share.of(columns.get(i))));
        }
        return new CompletenessMatrix(
                r.cut(),
                r.nombre(),
                PACKAGE,
                cols,
                rows,
                Share.of(rows.stream().flatMap(row -> row.celdas().stream()).toList()));
    }

    /** The editable layers of the package, in registry order. */
    public List<Layer> layers() {
        return registry.all().stream()
                .filter(l -> l.editable() && PACKAGE.equals(l.packageName()))
                .toList();
    }

    private static Cell cell(String layerId, String cut, long features, Edits e, ReviewStatus.Entry s, Viewer v) {
        String current = s == null ? ReviewStatus.DRAFT : s.status();
        return new Cell(
                layerId,
                cut,
                features,
                e == null ? 0 : e.edits(),
                e == null ? 0 : e.editsSinceStatus(),
                e == null ? null : e.lastAt(),
                e == null ? null : v.shown(e.lastBy()),
                current,
                s == null ? null : v.shown(s.changedBy()),
                s == null ? null : JdbcCompletenessStore.utc(s.changedAt()),
                s == null ? null : v.shown(s.note()),
                StatusTransitions.targets(current, v.admin(), v.granted(layerId, cut)));
    }

    static String key(String layerId, String cut) {
        return layerId + "\n" + cut;
    }

    /** Who is looking: signed in or not, admin or not, and where they hold grants. */
    private record Viewer(boolean signedIn, boolean admin, Map<String, Set<String>> grants) {

        static Viewer current(EditPermissions permissions, List<Layer> layers) {
            if (EditPermissions.username() == null) {
                return new Viewer(false, false, Map.of());
            }
            boolean admin = EditPermissions.isAdmin();
            Map<String, Set<String>> grants = new HashMap<>();
            if (!admin) {
                layers.forEach(l -> grants.put(l.id(), permissions.editableCommunes(l)));
            }
            return new Viewer(true, admin, grants);
        }

        /** A name or a note, shown to signed-in users only. */
        String shown(String text) {
            return signedIn ? text : null;
        }

        boolean granted(String layerId, String cut) {
            return admin || grants.getOrDefault(layerId, Set.of()).contains(cut);
        }
    }
}
