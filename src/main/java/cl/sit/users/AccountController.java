package cl.sit.users;

import cl.sit.system.ErrorCode;
import cl.sit.system.RenamedParameters;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A signed-in user's own account: {@code POST /api/account/password} changes their password, given the current one
 * (a session that was left open is not enough to take the account over); wrong current passwords count in the
 * {@link LoginThrottle} like failed sign-ins. The body is {@code {contrasena_actual, contrasena_nueva}}; the English
 * names of earlier releases ({@code currentPassword}, {@code newPassword}) are accepted until release
 * {@value RenamedParameters#REMOVED_IN}.
 */
@RestController
class AccountController {

    /** The current password and the new one. */
    record PasswordChange(
            @JsonProperty("contrasena_actual") String current,
            @JsonProperty("contrasena_nueva") String next) {}

    /** {@link PasswordChange}'s English names until release {@value RenamedParameters#REMOVED_IN} (old → new). */
    static final Map<String, String> RENAMED =
            Map.of("currentPassword", "contrasena_actual", "newPassword", "contrasena_nueva");

    private final UserData users;
    private final LoginThrottle throttle;
    private final ObjectMapper json;

    AccountController(UserData users, LoginThrottle throttle, ObjectMapper json) {
        this.users = users;
        this.throttle = throttle;
        this.json = json;
    }

    @PostMapping(value = "/api/account/password", consumes = "application/json")
    ResponseEntity<?> changePassword(@RequestBody JsonNode body, Authentication user, HttpServletRequest request) {
        PasswordChange change = UsersController.read(json, body, RENAMED, PasswordChange.class);
        Duration wait = throttle.wait(user.getName(), request.getRemoteAddr());
        if (!wait.isZero()) {
            // Guessing the current password from an open session is throttled like signing in.
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())))
                    .body(ErrorCode.TOO_MANY_ATTEMPTS.error("Demasiados intentos fallidos; intente más tarde."));
        }
        if (change.current() == null || !users.matches(user.getName(), change.current())) {
            throttle.failed(user.getName(), request.getRemoteAddr());
            throw ErrorCode.WRONG_PASSWORD.exception("La contraseña actual no es correcta");
        }
        UsersController.checkPassword(user.getName(), change.next());
        users.setPassword(user.getName(), change.next());
        HttpSession session = request.getSession(false);
        if (session != null) {
            // This session stays open: it takes the new password at its next request; the user's others end.
            session.removeAttribute(SessionUserCheck.CREDENTIALS);
        }
        return ResponseEntity.noContent().build();
    }
}
