package cl.sit.agenda21;

import cl.sit.editing.EditPermissions;
import cl.sit.layer.LayerRegistry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cells of the Agenda 21 dashboard open the editor for the signed-in user: the layers × communes they may
 * edit (every cell for an admin, none for a visitor).
 */
public final class EditLinks {

    private final Map<String, Set<String>> communesByLayer;

    private EditLinks(Map<String, Set<String>> communesByLayer) {
        this.communesByLayer = communesByLayer;
    }

    static EditLinks of(List<String> layerIds, LayerRegistry registry, EditPermissions permissions) {
        Map<String, Set<String>> byLayer = new HashMap<>();
        if (EditPermissions.username() != null) {
            // A null set from editableCommunes means every commune (admin); it is kept as such.
            layerIds.forEach(
                    id -> registry.find(id).ifPresent(layer -> byLayer.put(id, permissions.editableCommunes(layer))));
        }
        return new EditLinks(byLayer);
    }

    /** Whether the user may edit {@code layer} in commune {@code cut}. */
    public boolean allows(String layer, String cut) {
        if (!communesByLayer.containsKey(layer)) {
            return false;
        }
        Set<String> communes = communesByLayer.get(layer);
        return communes == null || communes.contains(cut);
    }
}
