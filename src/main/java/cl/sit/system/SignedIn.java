package cl.sit.system;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is signed in, for the header every page shows: the user's name and the session's CSRF token for the sign-out
 * form (a POST). {@link #NOBODY} for an anonymous visitor, whose request never creates a session or a token here.
 *
 * @param user the signed-in user's name, or null
 * @param csrfParameter the form field the CSRF token goes in, or null
 * @param csrfToken the session's CSRF token, or null
 * @param admin whether the user is an administrator (the header then links the administration page)
 */
public record SignedIn(String user, String csrfParameter, String csrfToken, boolean admin) {

    public static final SignedIn NOBODY = new SignedIn(null, null, null, false);

    /** The user of the request being handled. */
    public static SignedIn current() {
        String user = userName();
        if (user == null) {
            return NOBODY;
        }
        CsrfToken token = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        }
        boolean admin = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        return token == null
                ? new SignedIn(user, null, null, admin)
                : new SignedIn(user, token.getParameterName(), token.getToken(), admin);
    }

    /** The name of the signed-in user of the request being handled, or null (anonymous); reads no token. */
    public static String userName() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken
                ? null
                : auth.getName();
    }

    /** Whether someone is signed in. */
    public boolean present() {
        return user != null;
    }
}
