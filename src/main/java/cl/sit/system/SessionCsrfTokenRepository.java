package cl.sit.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The CSRF token belongs to the session: it is kept in the session and only that value is accepted. It is also
 * written to the cookie {@code XSRF-TOKEN} ({@code SameSite=Lax}, {@code Secure} over HTTPS), but only so the
 * pages' scripts can read it: a cookie planted by another site (a sibling subdomain) is never what the header is
 * compared with.
 */
final class SessionCsrfTokenRepository implements CsrfTokenRepository {

    static final String HEADER = "X-XSRF-TOKEN";

    private final HttpSessionCsrfTokenRepository session = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookie = CookieCsrfTokenRepository.withHttpOnlyFalse();

    SessionCsrfTokenRepository() {
        session.setHeaderName(HEADER);
        cookie.setCookieCustomizer(c -> c.sameSite("Lax"));
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return session.generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        session.saveToken(token, request, response);
        cookie.saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return session.loadToken(request);
    }
}
