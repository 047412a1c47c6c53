package cl.sit.layer;

import cl.sit.system.ErrorCode;
import java.util.List;
import java.util.Optional;

/** The registered layers, in map order. */
public interface LayerRegistry {

    List<Layer> all();

    Optional<Layer> find(String id);

    /** The layer with this id, or the 404 {@code CollectionNotFound} every collection address answers. */
    default Layer require(String id) {
        return find(id).orElseThrow(() ->
                ErrorCode.COLLECTION_NOT_FOUND.exception("No existe la colección '" + id + "'; ver /collections"));
    }

    /** Re-reads the registry after layers were created or changed. */
    void refresh();
}
