package cl.sit.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * The CSRF token for the browser pages, as Spring Security's {@code csrf().spa()} handles it (the token is read
 * from the {@code X-XSRF-TOKEN} header as it is, or from a form field masked by XOR), except that the token cookie
 * is only rendered eagerly for requests of a session, that is, signed-in browsers, whose pages send it. Anonymous
 * reads (map data, tiles, API clients) get no {@code Set-Cookie}: their responses stay cacheable by shared caches
 * and no random token is generated for them. A page that needs the token without a session (the sign-in form)
 * asks for it, and the deferred token is then generated and its cookie set.
 */
final class SessionCsrfTokenHandler implements CsrfTokenRequestHandler {

    private final CsrfTokenRequestAttributeHandler plain = new CsrfTokenRequestAttributeHandler();
    private final XorCsrfTokenRequestAttributeHandler deferred = new XorCsrfTokenRequestAttributeHandler();
    private final XorCsrfTokenRequestAttributeHandler eager = new XorCsrfTokenRequestAttributeHandler();

    SessionCsrfTokenHandler() {
        // No attribute name: the handler asks the token for its parameter name, which loads (and renders) it.
        eager.setCsrfRequestAttributeName(null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
        (request.getRequestedSessionId() != null ? eager : deferred).handle(request, response, csrfToken);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
        String header = request.getHeader(csrfToken.getHeaderName());
        return (StringUtils.hasText(header) ? plain : deferred).resolveCsrfTokenValue(request, csrfToken);
    }
}
