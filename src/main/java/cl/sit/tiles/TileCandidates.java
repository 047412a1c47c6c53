package cl.sit.tiles;

import static cl.sit.storage.Identifiers.quote;

import cl.sit.layer.Layer;
import cl.sit.layer.Validity;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/** What selects a tile's candidate features in SQL on both stores: the buffered tile box and the conditions. */
final class TileCandidates {

    private TileCandidates() {}

    /**
     * Adds the values that select a tile's candidates (box, owners, filter, validity, smallest size) and returns
     * the conditions that go after the box.
     */
    static String conditions(
            Layer layer, TileCoordinates tile, Set<String> owners, TileOptions options, List<Object> params) {
        Envelope box = tile.bufferedLonLat();
        params.addAll(List.of(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()));
        String owned = "";
        if (owners != null) {
            owned = " AND " + quote(Layer.OWNER_COLUMN) + " IN ("
                    + String.join(", ", Collections.nCopies(owners.size(), "?")) + ")";
            params.addAll(owners.stream().sorted().toList());
        }
        owned += options.sql(params);
        if (layer.hasValidity()) {
            owned += " AND " + Validity.on(LocalDate.now(ZoneOffset.UTC)).sql(params);
        }
        double minSize = TileEncoder.MIN_SIZE * tile.metresPerUnit();
        params.addAll(List.of(minSize, minSize));
        return owned;
    }
}
