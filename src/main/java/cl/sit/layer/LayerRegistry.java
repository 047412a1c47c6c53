package cl.sit.layer;

import java.util.List;
import java.util.Optional;

/** The registered layers, in map order. */
public interface LayerRegistry {

    List<Layer> all();

    Optional<Layer> find(String id);

    /** Re-reads the registry after layers were created or changed. */
    void refresh();
}
