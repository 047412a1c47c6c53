package cl.sit.system;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The application's security chain ({@link SecuritySlice}) with no accounts and sign-in guards that let every
 * request through, for slices outside the users capability: their users are the tests' own
 * ({@code SecurityMockMvcRequestPostProcessors.user(...)}), taken as they come (the users slices test the guards).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SecuritySlice.class)
public class SecurityWithoutAccountsSlice {

    @Bean
    UserDetailsService noAccounts() {
        return new InMemoryUserDetailsManager();
    }

    @Bean
    SignInGuards passThrough() {
        Filter through = (request, response, chain) -> chain.doFilter(request, response);
        return new SignInGuards() {
            @Override
            public Filter throttle() {
                return through;
            }

            @Override
            public Filter sessionCheck() {
                return through;
            }

            @Override
            public void signedIn(HttpServletRequest request, String username) {}

            @Override
            public void showSignInPage(
                    HttpServletRequest request, HttpServletResponse response, int status, String notice) {
                response.setStatus(status);
            }
        };
    }
}
