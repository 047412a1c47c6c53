package cl.sit.users;

import cl.sit.system.ApiException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users and editor grants, for admins: {@code GET /api/users/{username}}, {@code POST /api/users} (username,
 * password, roles), {@code POST /api/users/{username}/grants} (commune and layer, {@code *} for every editable
 * layer) and {@code DELETE /api/users/{username}/grants?cut=&layer=}.
 */
@RestController
class UsersController {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    /** A new user. */
    record NewUser(String username, String password, List<String> roles) {}

    /** A new grant. */
    record NewGrant(String cut, String layer) {}

    /** A user as admins see it (never the password). */
    record UserView(String username, List<String> roles, List<Grant> grants) {}

    private final UserStore users;
    private final Grants grants;

    UsersController(UserStore users, Grants grants) {
        this.users = users;
        this.grants = grants;
    }

    @GetMapping(value = "/api/users/{username}", produces = "application/json")
    UserView user(@PathVariable String username) {
        if (!users.exists(username)) {
            throw ApiException.notFound("UserNotFound", "No existe el usuario " + username);
        }
        return new UserView(username, users.roles(username).stream().map(Role::stored).toList(),
                grants.of(username));
    }

    @PostMapping(value = "/api/users", consumes = "application/json", produces = "application/json")
    ResponseEntity<UserView> create(@RequestBody NewUser u) {
        if (u.username() == null || !USERNAME.matcher(u.username()).matches()) {
            throw ApiException.unprocessable("InvalidUser", "El nombre de usuario debe tener de 3 a 60 caracteres: "
                    + "minúsculas, dígitos, punto, guion o guion bajo");
        }
        if (u.password() == null || u.password().length() < 10) {
            throw ApiException.unprocessable("InvalidUser", "La contraseña debe tener al menos 10 caracteres");
        }
        List<Role> roles = new ArrayList<>();
        for (String r : u.roles() == null ? List.<String>of() : u.roles()) {
            try {
                roles.add(Role.valueOf(r.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.unprocessable("InvalidUser", "Rol desconocido: " + r
                        + " (válidos: admin, inversion, editor)");
            }
        }
        if (users.exists(u.username())) {
            throw ApiException.conflict("UserExists", "Ya existe el usuario " + u.username());
        }
        users.create(u.username(), u.password(), roles);
        return ResponseEntity.created(URI.create("/api/users/" + u.username())).body(user(u.username()));
    }

    @PostMapping(value = "/api/users/{username}/grants", consumes = "application/json",
            produces = "application/json")
    ResponseEntity<UserView> grant(@PathVariable String username, @RequestBody NewGrant g, Authentication admin) {
        UserView user = user(username);
        if (!user.roles().contains(Role.EDITOR.stored())) {
            throw ApiException.unprocessable("NotAnEditor", "El usuario " + username + " no tiene el rol editor");
        }
        if (g.cut() == null || g.layer() == null) {
            throw ApiException.unprocessable("InvalidGrant", "Indique la comuna ('cut') y la capa ('layer', o * para "
                    + "todas las capas editables)");
        }
        try {
            grants.grant(username, g.cut(), g.layer(), admin.getName());
        } catch (org.springframework.dao.DataIntegrityViolationException e) {
            throw ApiException.unprocessable("InvalidGrant", "No existe la comuna " + g.cut());
        }
        return ResponseEntity.created(URI.create("/api/users/" + username)).body(user(username));
    }

    @DeleteMapping("/api/users/{username}/grants")
    ResponseEntity<Void> revoke(@PathVariable String username, @RequestParam String cut,
            @RequestParam String layer) {
        if (!grants.revoke(username, cut, layer)) {
            throw ApiException.notFound("GrantNotFound", "El usuario " + username + " no tiene ese permiso");
        }
        return ResponseEntity.noContent().build();
    }
}
