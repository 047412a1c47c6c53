package cl.sit.users;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link LoginThrottle} from Spring Security's authentication events (form and HTTP Basic alike). A failure
 * to look the user up (the database is away) is not a wrong password and is not counted.
 */
@Component
class SignInAttempts {

    private final LoginThrottle throttle;

    SignInAttempts(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        if (!(event instanceof AuthenticationFailureServiceExceptionEvent) && isPassword(event.getAuthentication())) {
            throttle.failed(event.getAuthentication().getName(), address(event.getAuthentication()));
        }
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        if (isPassword(event.getAuthentication())) {
            throttle.succeeded(event.getAuthentication().getName());
        }
    }

    private static boolean isPassword(Authentication authentication) {
        return authentication instanceof UsernamePasswordAuthenticationToken;
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                ? web.getRemoteAddress()
                : "desconocida";
    }
}
