package cl.sit.editing;

import cl.sit.layer.AttributeView;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.territory.CommuneNames;
import cl.sit.territory.CommuneNames.Commune;
import cl.sit.territory.Territory;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * What the browser editor needs to know about the signed-in user ({@code GET /api/editing/me}): the name, whether
 * an admin, and every editable layer they may edit with, per layer, the communes they may edit it in and the full
 * attribute schema (the form is built from it). Admins edit every commune of the seeded region; editors the
 * communes granted to them; layers the user may edit nowhere are left out. Signed-in users only (see
 * {@code SecurityConfig}).
 */
@RestController
class EditingSessionController {

    /** The session: user name, admin or not, and the layers the user may edit. */
    record Me(String usuario, boolean admin, List<EditableLayer> capas) {}

    /**
     * An editable layer with its geometry type ({@code tipo_geometria}, the word of {@code GET /api/layers/templates}
     * and {@code /collections}), default style ({@code style}: Leaflet path options, English by design as on every
     * other route), the user's communes and the writable attributes ({@link AttributeView}: {@code nombre, tipo,
     * titulo, obligatorio, dominio, largo_maximo, minimo, maximo}).
     */
    record EditableLayer(
            String id,
            String titulo,
            @JsonProperty("tipo_geometria") String tipoGeometria,
            JsonNode style,
            List<Commune> comunas,
            List<AttributeView> atributos) {}

    private final LayerRegistry registry;
    private final EditPermissions permissions;
    private final CommuneNames communeNames;

    EditingSessionController(LayerRegistry registry, EditPermissions permissions, CommuneNames communeNames) {
        this.registry = registry;
        this.permissions = permissions;
        this.communeNames = communeNames;
    }

    @GetMapping(value = "/api/editing/me", produces = "application/json")
    Me me() {
        List<Commune> communes = communeNames.byName();
        List<EditableLayer> layers = new ArrayList<>();
        for (Layer layer : registry.all()) {
            if (!layer.editable()) {
                continue;
            }
            Set<String> allowed = permissions.editableCommunes(layer);
            List<Commune> mine = communes.stream()
                    .filter(c ->
                            allowed == null ? c.cut().startsWith(Territory.SEEDED_REGION) : allowed.contains(c.cut()))
                    .toList();
            if (!mine.isEmpty()) {
                layers.add(new EditableLayer(
                        layer.id(),
                        layer.title(),
                        layer.geometryType(),
                        layer.style(),
                        mine,
                        AttributeView.of(layer.writableAttributes())));
            }
        }
        return new Me(EditPermissions.username(), EditPermissions.isAdmin(), layers);
    }
}
