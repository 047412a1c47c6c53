package cl.sit.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;

/**
 * The application's security chain ({@link SecurityConfig}: who may do what, HTTP Basic, CSRF, the JSON 401 and
 * 403) for {@code @WebMvcTest} slices that test role rules for real. A slice that imports it provides the
 * {@link SignInGuards} and a {@code UserDetailsService} (the users capability's, over in-memory accounts), and
 * {@link ApiErrorsSlice} (through {@link ApiSlice}) for the error page.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@Import(SecurityConfig.class)
public class SecuritySlice {}
