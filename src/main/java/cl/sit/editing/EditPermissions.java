package cl.sit.editing;

import cl.sit.layer.Layer;
import cl.sit.layer.LayerVisibility;
import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import cl.sit.users.GrantedCommunes;
import java.util.HashSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may edit and read editable layers. Admins edit everything; an editor edits the layers and communes granted
 * to them (table {@code layer_grant}); nobody else edits. Anonymous users and users without grants read only the
 * published communes of a layer; editors also read their own communes. Read-only layers are open to all.
 */
@Component
public class EditPermissions implements LayerVisibility {

    private final GrantedCommunes grants;
    private final PublishedCommunes status;

    EditPermissions(GrantedCommunes grants, PublishedCommunes status) {
        this.grants = grants;
        this.status = status;
    }

    @Override
    public Set<String> visibleOwners(Layer layer) {
        if (!layer.editable() || isAdmin()) {
            return null;
        }
        Set<String> visible = new HashSet<>(status.published(layer.id()));
        String user = username();
        if (user != null && isEditor()) {
            visible.addAll(grants.communes(user, layer.id()));
        }
        return visible;
    }

    /** The signed-in user's name, or null for an anonymous request. */
    public static String username() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken ? null : a.getName();
    }

    public static boolean isAdmin() {
        return hasRole("ROLE_ADMIN");
    }

    static boolean isEditor() {
        return hasRole("ROLE_EDITOR");
    }

    private static boolean hasRole(String authority) {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a != null
                && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals(authority));
    }

    /** Communes of the layer the current user may edit; null means all of them (admin). */
    public Set<String> editableCommunes(Layer layer) {
        if (isAdmin()) {
            return null;
        }
        String user = username();
        return user == null || !isEditor() ? Set.of() : grants.communes(user, layer.id());
    }

    /** Refuses (403) a user who may edit the layer in no commune at all. */
    void requireSomeGrant(Layer layer) {
        requireEditable(layer);
        Set<String> communes = editableCommunes(layer);
        if (communes != null && communes.isEmpty()) {
            throw forbidden("Su usuario no tiene permiso para editar la capa «" + layer.title() + "»");
        }
    }

    /** Refuses (403) a user who may not edit the layer in commune {@code cut}. */
    public void require(Layer layer, String cut) {
        requireEditable(layer);
        Set<String> communes = editableCommunes(layer);
        if (communes != null && !communes.contains(cut)) {
            throw forbidden(
                    "Su usuario no tiene permiso para editar la capa «" + layer.title() + "» en la comuna " + cut);
        }
    }

    public static void requireEditable(Layer layer) {
        if (!layer.editable()) {
            throw ErrorCode.NOT_EDITABLE.exception("La colección " + layer.id()
                    + " es de solo lectura; solo las capas temáticas editables aceptan cambios");
        }
    }

    static ApiException forbidden(String description) {
        return ErrorCode.FORBIDDEN.exception(description);
    }
}
