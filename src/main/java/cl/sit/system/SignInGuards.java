package cl.sit.system;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What the security chain needs from the users capability, behind an interface so that {@code system} does not
 * depend on {@code users} (which depends on {@code system} for errors): the filter that throttles sign-in attempts,
 * the filter that keeps a session in step with its user (disabled, roles changed, password reset), and what a
 * successful or failed form sign-in does.
 */
public interface SignInGuards {

    /** Runs before credentials are checked; answers 429 while an account or address must wait. */
    Filter throttle();

    /** Runs before anonymous authentication; ends a session whose user changed since it signed in. */
    Filter sessionCheck();

    /** A form sign-in succeeded: the session notes the user's current state. */
    void signedIn(HttpServletRequest request, String username);

    /** Answers the sign-in page with {@code status} and a notice, instead of a redirect. */
    void showSignInPage(HttpServletRequest request, HttpServletResponse response, int status, String notice)
            throws IOException, ServletException;
}
