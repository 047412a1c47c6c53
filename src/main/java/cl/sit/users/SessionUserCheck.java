package cl.sit.users;

import cl.sit.system.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session stays what the database says its user is: a user who was disabled or removed, or whose password
 * was changed elsewhere, loses the session at their next request (it is invalidated, and the request goes on as
 * anonymous), and roles an admin removed or added apply at once. Requests with their own credentials (HTTP Basic)
 * are checked against the database anyway.
 * One primary-key read per signed-in request; placed in Spring Security's chain before the anonymous user is set.
 */
public class SessionUserCheck extends OncePerRequestFilter {

    private final UserData users;

    /** Session attribute: a digest of the password hash the session was opened with. */
    static final String CREDENTIALS = SessionUserCheck.class.getName() + ".credentials";

    SessionUserCheck(UserData users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (!(signedIn instanceof UsernamePasswordAuthenticationToken)
                || !signedIn.isAuthenticated()
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            chain.doFilter(request, response);
            return;
        }
        UserDetails current;
        try {
            current = users.loadUserByUsername(signedIn.getName());
        } catch (UsernameNotFoundException e) {
            current = null;
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.is(e)) {
                throw e;
            }
            DatabaseUnavailable.write(response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (current == null || !current.isEnabled() || !sameCredentials(session, current)) {
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
        } else if (!new HashSet<>(current.getAuthorities()).equals(new HashSet<>(signedIn.getAuthorities()))) {
            UsernamePasswordAuthenticationToken fresh = UsernamePasswordAuthenticationToken.authenticated(
                    signedIn.getPrincipal(), null, current.getAuthorities());
            fresh.setDetails(signedIn.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(fresh);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    /** Notes the password a session begins with; called when the sign-in form succeeds. */
    public void signedIn(HttpServletRequest request, String username) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(
                    CREDENTIALS, stamp(users.loadUserByUsername(username).getPassword()));
        }
    }

    /**
     * Whether the password is still the one the session began with (noted at sign-in, or at the first request after
     * the session's own password change); a password reset ends the user's other sessions.
     */
    private static boolean sameCredentials(HttpSession session, UserDetails current) {
        if (session == null) {
            return true;
        }
        String stamp = stamp(current.getPassword());
        Object seen = session.getAttribute(CREDENTIALS);
        if (seen == null) {
            session.setAttribute(CREDENTIALS, stamp);
            return true;
        }
        return seen.equals(stamp);
    }

    /** A digest, so the session never holds the password hash itself. */
    private static String stamp(String passwordHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(passwordHash.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
