package cl.sit.users;

import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.ErrorCode;
import cl.sit.system.RenamedParameters;
import cl.sit.system.RenamedParameters.Accepts;
import cl.sit.system.RenamedParameters.Group;
import jakarta.servlet.http.HttpServletRequest;
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
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Users and editor grants, for admins: {@code GET /api/users/{username}}, {@code POST /api/users} (usuario,
 * contrasena, roles), {@code PUT /api/users/{username}/password} (reset: contrasena),
 * {@code DELETE /api/users/{username}/roles/{role}}, {@code PUT /api/users/{username}/enabled} (habilitado),
 * {@code POST /api/users/{username}/grants} (cut and capa: commune and editable layer, {@code *} for every editable
 * layer) and {@code DELETE /api/users/{username}/grants?cut=&capa=}. The last enabled admin keeps the role and stays
 * enabled, so SIT is never left without one. The bodies' and the query's English names of earlier releases are
 * accepted until release {@value RenamedParameters#REMOVED_IN} ({@link RenamedParameters}).
 */
@RestController
class UsersController {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    /** A new user. */
    record NewUser(String usuario, String contrasena, List<String> roles) {}

    /** A new grant. */
    record NewGrant(String cut, String capa) {}

    /** A password set by an admin. */
    record NewPassword(String contrasena) {}

    /** Whether a user may sign in. */
    record Enabled(Boolean habilitado) {}

    /** A user as admins see it (never the password). */
    record UserView(String usuario, boolean habilitado, List<String> roles, List<Grant> permisos) {}

    /** {@link NewUser}'s English names until release {@value RenamedParameters#REMOVED_IN} (old → new). */
    static final Map<String, String> RENAMED_USER = Map.of("username", "usuario", "password", "contrasena");

    /** {@link NewPassword}'s English name until release {@value RenamedParameters#REMOVED_IN} (old → new). */
    static final Map<String, String> RENAMED_PASSWORD = Map.of("password", "contrasena");

    /** {@link Enabled}'s English name until release {@value RenamedParameters#REMOVED_IN} (old → new). */
    static final Map<String, String> RENAMED_ENABLED = Map.of("enabled", "habilitado");

    /** {@link NewGrant}'s English name until release {@value RenamedParameters#REMOVED_IN} (old → new). */
    static final Map<String, String> RENAMED_GRANT = Map.of("layer", "capa");

    private final UserData users;
    private final GrantData grants;
    private final LayerRegistry layers;
    private final ObjectMapper json;

    UsersController(UserData users, GrantData grants, LayerRegistry layers, ObjectMapper json) {
        this.users = users;
        this.grants = grants;
        this.layers = layers;
        this.json = json;
    }

    /** Every user, for the administration page. */
    record UserList(List<UserView> usuarios) {}

    /**
     * A JSON body read as {@code type} after its old member names ({@code renamed}, old → new) are replaced by the
     * new ones; a 400 {@code InvalidBody} for a body that is no object.
     */
    static <T> T read(ObjectMapper json, JsonNode body, Map<String, String> renamed, Class<T> type) {
        if (body == null || !body.isObject()) {
            throw ErrorCode.INVALID_BODY.exception("El cuerpo debe ser un objeto JSON");
        }
        return json.treeToValue(RenamedParameters.fields(body, renamed), type);
    }

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
    ResponseEntity<UserView> create(@RequestBody JsonNode body) {
        NewUser u = read(json, body, RENAMED_USER, NewUser.class);
        if (u.usuario() == null || !USERNAME.matcher(u.usuario()).matches()) {
            throw ErrorCode.INVALID_USER.exception("El nombre de usuario debe tener de 3 a 60 caracteres: "
                    + "minúsculas, dígitos, punto, guion o guion bajo");
        }
        checkPassword(u.usuario(), u.contrasena());
        List<Role> roles = new ArrayList<>();
        for (String r : u.roles() == null ? List.<String>of() : u.roles()) {
            Role role = role(r);
            if (roles.contains(role)) {
                throw ErrorCode.INVALID_USER.exception("El rol " + role.stored() + " aparece dos veces");
            }
            roles.add(role);
        }
        if (users.exists(u.usuario())) {
            throw ErrorCode.USER_EXISTS.exception("Ya existe el usuario " + u.usuario());
        }
        users.create(u.usuario(), u.contrasena(), roles);
        return ResponseEntity.created(URI.create("/api/users/" + u.usuario())).body(user(u.usuario()));
    }

    @PutMapping(value = "/api/users/{username}/password", consumes = "application/json")
    ResponseEntity<Void> resetPassword(@PathVariable String username, @RequestBody JsonNode body) {
        NewPassword p = read(json, body, RENAMED_PASSWORD, NewPassword.class);
        existing(username);
        checkPassword(username, p.contrasena());
        users.setPassword(username, p.contrasena());
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
    ResponseEntity<Void> enable(@PathVariable String username, @RequestBody JsonNode body) {
        Enabled e = read(json, body, RENAMED_ENABLED, Enabled.class);
        existing(username);
        if (e.habilitado() == null) {
            throw ErrorCode.INVALID_USER.exception("Indique 'habilitado': true o false");
        }
        if (!e.habilitado()) {
            keepAnAdmin(username);
        }
        users.setEnabled(username, e.habilitado());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(value = "/api/users/{username}/grants", consumes = "application/json", produces = "application/json")
    ResponseEntity<UserView> grant(@PathVariable String username, @RequestBody JsonNode body, Authentication admin) {
        NewGrant g = read(json, body, RENAMED_GRANT, NewGrant.class);
        UserView user = user(username);
        if (!user.roles().contains(Role.EDITOR.stored())) {
            throw ErrorCode.NOT_AN_EDITOR.exception("El usuario " + username + " no tiene el rol editor");
        }
        if (g.cut() == null || g.capa() == null) {
            throw ErrorCode.INVALID_GRANT.exception(
                    "Indique la comuna ('cut') y la capa ('capa', o * para todas las capas editables)");
        }
        if (!g.capa().equals(Grant.ALL_LAYERS)
                && !layers.find(g.capa()).map(Layer::editable).orElse(false)) {
            throw ErrorCode.INVALID_GRANT.exception("La capa '" + g.capa() + "' no existe o no es editable");
        }
        try {
            grants.grant(username, g.cut(), g.capa(), admin.getName());
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw ErrorCode.INVALID_GRANT.exception("No existe la comuna " + g.cut());
        }
        return ResponseEntity.created(URI.create("/api/users/" + username)).body(user(username));
    }

    @Accepts(Group.GRANT)
    @DeleteMapping("/api/users/{username}/grants")
    ResponseEntity<Void> revoke(@PathVariable String username, HttpServletRequest request) {
        Map<String, String[]> params = RenamedParameters.resolve(request.getParameterMap(), Group.GRANT);
        if (!grants.revoke(username, required(params, "cut"), required(params, "capa"))) {
            throw ErrorCode.GRANT_NOT_FOUND.exception("El usuario " + username + " no tiene ese permiso");
        }
        return ResponseEntity.noContent().build();
    }

    private static String required(Map<String, String[]> params, String name) {
        String[] values = params.get(name);
        if (values == null || values.length == 0) {
            throw ErrorCode.MISSING_PARAMETER.exception("Falta el parámetro '" + name + "'");
        }
        return String.join(",", values);
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
