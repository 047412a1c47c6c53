package cl.sit.users;

import cl.sit.system.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser session stays what the database says its user is: a user who was disabled or removed loses the session
 * at their next request (it is invalidated, and the request goes on as anonymous), and roles an admin removed or
 * added apply at once. Requests with their own credentials (HTTP Basic) are checked against the database anyway.
 * One primary-key read per signed-in request; placed in Spring Security's chain before the anonymous user is set.
 */
public class SessionUserCheck extends OncePerRequestFilter {

    private final UserStore users;
    private final JsonMapper json;

    public SessionUserCheck(UserStore users, JsonMapper json) {
        this.users = users;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (!(signedIn instanceof UsernamePasswordAuthenticationToken) || !signedIn.isAuthenticated()
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
            DatabaseUnavailable.write(json, response);
            return;
        }
        if (current == null || !current.isEnabled()) {
            HttpSession session = request.getSession(false);
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
}
