package cl.sit.users;

import cl.sit.system.SignInGuards;
import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * The sign-in guards of the security chain. The filters are plain objects, not beans: as beans Spring Boot would
 * also register them with the servlet container, and they would run twice.
 */
@Component
class UserSignInGuards implements SignInGuards {

    private final SignInThrottleFilter throttle;
    private final SessionUserCheck sessions;

    UserSignInGuards(LoginThrottle throttle, UserData users) {
        this.throttle = new SignInThrottleFilter(throttle);
        this.sessions = new SessionUserCheck(users);
    }

    @Override
    public Filter throttle() {
        return throttle;
    }

    @Override
    public Filter sessionCheck() {
        return sessions;
    }

    @Override
    public void signedIn(HttpServletRequest request, String username) {
        sessions.signedIn(request, username);
    }

    @Override
    public void showSignInPage(HttpServletRequest request, HttpServletResponse response, int status, String notice)
            throws IOException, ServletException {
        SignInThrottleFilter.showSignInPage(request, response, status, notice);
    }
}
