package cl.sit.users;

import cl.sit.system.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A signed-in user's own account: {@code POST /api/account/password} changes their password, given the current one
 * (a session that was left open is not enough to take the account over); wrong current passwords count in the
 * {@link LoginThrottle} like failed sign-ins.
 */
@RestController
class AccountController {

    /** The current password and the new one. */
    record PasswordChange(String currentPassword, String newPassword) {}

    private final UserStore users;
    private final LoginThrottle throttle;

    AccountController(UserStore users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @PostMapping(value = "/api/account/password", consumes = "application/json")
    ResponseEntity<?> changePassword(
            @RequestBody PasswordChange change, Authentication user, HttpServletRequest request) {
        Duration wait = throttle.wait(user.getName(), request.getRemoteAddr());
        if (!wait.isZero()) {
            // Guessing the current password from an open session is throttled like signing in.
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())))
                    .body(ErrorCode.TOO_MANY_ATTEMPTS.error("Demasiados intentos fallidos; intente más tarde."));
        }
        if (change.currentPassword() == null || !users.matches(user.getName(), change.currentPassword())) {
            throttle.failed(user.getName(), request.getRemoteAddr());
            throw ErrorCode.WRONG_PASSWORD.exception("La contraseña actual no es correcta");
        }
        UsersController.checkPassword(user.getName(), change.newPassword());
        users.setPassword(user.getName(), change.newPassword());
        HttpSession session = request.getSession(false);
        if (session != null) {
            // This session stays open: it takes the new password at its next request; the user's others end.
            session.removeAttribute(SessionUserCheck.CREDENTIALS);
        }
        return ResponseEntity.noContent().build();
    }
}
