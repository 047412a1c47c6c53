package cl.sit.users;

import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.ErrorCode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users and editor grants, for admins: {@code GET /api/users/{username}}, {@code POST /api/users} (username,
 * password, roles), {@code PUT /api/users/{username}/password} (reset),
 * {@code DELETE /api/users/{username}/roles/{role}}, {@code PUT /api/users/{username}/enabled}, {@code POST /api/users/{username}/grants} (commune and editable layer,
 * {@code *} for every editable layer) and {@code DELETE /api/users/{username}/grants?cut=&layer=}. The last enabled
 * admin keeps the role and stays enabled, so SIT is never left without one.
 */
@RestController
class UsersController {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    /** A new user. */
    record NewUser(String username, String password, List<String> roles) {}

    /** A new grant. */
    record NewGrant(String cut, String layer) {}

    /** A password set by an admin. */
    record NewPassword(String password) {}

    /** Whether a user may sign in. */
    record Enabled(Boolean enabled) {}

    /** A user as admins see it (never the password). */
    record UserView(String username, boolean enabled, List<String> roles, List<Grant> grants) {}

    private final UserStore users;
    private final Grants grants;
    private final LayerRegistry layers;

    UsersController(UserStore users, Grants grants, LayerRegistry layers) {
        this.users = users;
        this.grants = grants;
        this.layers = layers;
    }

    /** Every user, for the administration page. */
    record UserList(List<UserView> users) {}

    @GetMapping(value = "/api/users", produces = "application/json")
    UserList users() {
        Map<String, List<Grant>> all = grants.all();
        return new UserList(users.all().stream()
                .map(a -> new UserView(
                        a.username(),
                        a.enabled(),
                        a.roles().stream().map(Role::stored).toList(),
                        all.getOrDefault(a.username(), List.of())))
                .toList());
    }

    @GetMapping(value = "/api/users/{username}", produces = "application/json")
    UserView user(@PathVariable String username) {
        existing(username);
        return new UserView(
                username,
                users.enabled(username),
                users.roles(username).stream().map(Role::stored).toList(),
                grants.of(username));
    }

    @PostMapping(value = "/api/users", consumes = "application/json", produces = "application/json")
    ResponseEntity<UserView> create(@RequestBody NewUser u) {
        if (u.username() == null || !USERNAME.matcher(u.username()).matches()) {
            throw ErrorCode.INVALID_USER.exception("El nombre de usuario debe tener de 3 a 60 caracteres: "
                    + "minúsculas, dígitos, punto, guion o guion bajo");
        }
        checkPassword(u.username(), u.password());
        List<Role> roles = new ArrayList<>();
        for (String r : u.roles() == null ? List.<String>of() : u.roles()) {
            Role role = role(r);
            if (roles.contains(role)) {
                throw ErrorCode.INVALID_USER.exception("El rol " + role.stored() + " aparece dos veces");
            }
            roles.add(role);
        }
        if (users.exists(u.username())) {
            throw ErrorCode.USER_EXISTS.exception("Ya existe el usuario " + u.username());
        }
        users.create(u.username(), u.password(), roles);
        return ResponseEntity.created(URI.create("/api/users/" + u.username())).body(user(u.username()));
    }

    @PutMapping(value = "/api/users/{username}/password", consumes = "application/json")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody NewPassword p) {
        existing(username);
        checkPassword(username, p.password());
        users.setPassword(username, p.password());
        return ResponseEntity.noContent().build();
    }

    /** Gives a user a role (no effect when it has it). */
    @PutMapping("/api/users/{username}/roles/{role}")
    ResponseEntity<Void> addRole(@PathVariable String username, @PathVariable String role) {
        existing(username);
        users.addRole(username, role(role));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/api/users/{username}/roles/{role}")
    ResponseEntity<Void> removeRole(@PathVariable String username, @PathVariable String role) {
        existing(username);
        Role r = role(role);
        if (r == Role.ADMIN) {
            keepAnAdmin(username);
        }
        if (!users.removeRole(username, r)) {
            throw ErrorCode.ROLE_NOT_FOUND.exception("El usuario " + username + " no tiene el rol " + r.stored());
        }
        return ResponseEntity.noContent().build();
    }

    @PutMapping(value = "/api/users/{username}/enabled", consumes = "application/json")
    ResponseEntity<Void> enable(@PathVariable String username, @RequestBody Enabled e) {
        existing(username);
        if (e.enabled() == null) {
            throw ErrorCode.INVALID_USER.exception("Indique 'enabled': true o false");
        }
        if (!e.enabled()) {
            keepAnAdmin(username);
        }
        users.setEnabled(username, e.enabled());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/api/users/{username}/grants", consumes = "application/json", produces = "application/json")
    ResponseEntity<UserView> grant(@PathVariable String username, @RequestBody NewGrant g, Authentication admin) {
        UserView user = user(username);
        if (!user.roles().contains(Role.EDITOR.stored())) {
            throw ErrorCode.NOT_AN_EDITOR.exception("El usuario " + username + " no tiene el rol editor");
        }
        if (g.cut() == null || g.layer() == null) {
            throw ErrorCode.INVALID_GRANT.exception(
                    "Indique la comuna ('cut') y la capa ('layer', o * para todas las capas editables)");
        }
        if (!g.layer().equals(Grant.ALL_LAYERS)
                && !layers.find(g.layer()).map(Layer::editable).orElse(false)) {
            throw ErrorCode.INVALID_GRANT.exception("La capa '" + g.layer() + "' no existe o no es editable");
        }
        try {
            grants.grant(username, g.cut(), g.layer(), admin.getName());
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw ErrorCode.INVALID_GRANT.exception("No existe la comuna " + g.cut());
        }
        return ResponseEntity.created(URI.create("/api/users/" + username)).body(user(username));
    }

    @DeleteMapping("/api/users/{username}/grants")
    ResponseEntity<Void> revoke(@PathVariable String username, @RequestParam String cut, @RequestParam String layer) {
        if (!grants.revoke(username, cut, layer)) {
            throw ErrorCode.GRANT_NOT_FOUND.exception("El usuario " + username + " no tiene ese permiso");
        }
        return ResponseEntity.noContent().build();
    }

    static void checkPassword(String username, String password) {
        PasswordRule.problem(username, password).ifPresent(problem -> {
            throw ErrorCode.WEAK_PASSWORD.exception(problem);
        });
    }

    private void existing(String username) {
        if (!users.exists(username)) {
            throw ErrorCode.USER_NOT_FOUND.exception("No existe el usuario " + username);
        }
    }

    private static Role role(String r) {
        try {
            return Role.valueOf(String.valueOf(r).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ErrorCode.INVALID_USER.exception("Rol desconocido: " + r + " (válidos: admin, inversion, editor)");
        }
    }

    /** Refuses to take the role or the access of the last enabled admin. */
    private void keepAnAdmin(String username) {
        if (users.roles(username).contains(Role.ADMIN) && users.enabled(username) && users.otherAdmins(username) == 0) {
            throw ErrorCode.LAST_ADMIN.exception("El usuario " + username + " es el único administrador "
                    + "habilitado; cree o habilite otro antes");
        }
    }
}
