package cl.sit.users;

import cl.sit.system.DatabaseUnavailable;
import cl.sit.system.ErrorCode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in attempt (HTTP Basic credentials, or the form posted to {@code /login}) before its password is
 * checked when {@link LoginThrottle} says its account or address must wait: 429 with {@code Retry-After}, as the
 * JSON error for API clients and as the sign-in page with a Spanish notice for the form. The answer depends only on
 * the counts, never on whether the account exists. Runs inside Spring Security's chain, before authentication.
 */
public class SignInThrottleFilter extends OncePerRequestFilter {

    /** Request attribute with the notice the sign-in page shows. */
    public static final String NOTICE = "sitAviso";

    private final LoginThrottle throttle;

    SignInThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isFormSignIn(request);
        String username =
                form ? Objects.requireNonNullElse(request.getParameter("username"), "") : basicUsername(request);
        Duration wait = username == null ? Duration.ZERO : throttle.wait(username, request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        String notice = "Demasiados intentos fallidos de ingreso. Espere " + minutes(seconds) + " e intente de nuevo.";
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        if (form) {
            showSignInPage(request, response, 429, notice);
            return;
        }
        ErrorCode.TOO_MANY_ATTEMPTS.error(notice).write(response, 429);
    }

    static boolean isFormSignIn(HttpServletRequest request) {
        return "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    /** The user name of HTTP Basic credentials, or null when there are none (or they are malformed). */
    static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded =
                    new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String minutes(long seconds) {
        long minutes = (seconds + 59) / 60;
        return minutes == 1 ? "1 minuto" : minutes + " minutos";
    }

    /** Answers a refused form sign-in with the sign-in page, its {@code notice} and {@code status}. */
    public static void showSignInPage(
            HttpServletRequest request, HttpServletResponse response, int status, String notice)
            throws ServletException, IOException {
        response.setStatus(status);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (status == 503) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_S));
        }
        request.setAttribute(NOTICE, notice);
        request.getRequestDispatcher("/login").forward(asGet(request), response);
    }

    /** The sign-in page is rendered for the refused post, as if it had been asked for. */
    private static HttpServletRequest asGet(HttpServletRequest request) {
        return new HttpServletRequestWrapper(request) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }
}
