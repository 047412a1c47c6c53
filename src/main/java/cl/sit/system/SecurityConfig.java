package cl.sit.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.FormLoginConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. Anonymous users read everything published (every GET). Writes need a user: role
 * {@code inversion} or {@code admin} for investment and custom territories; {@code editor} (per commune and layer, checked by the editing
 * service) or {@code admin} for editable layers; {@code admin} for the rest (users, grants, layers). A feature's
 * history and the editor page need a signed-in user (a browser opening the editor without one is sent to the sign-in
 * page and back). API clients use HTTP Basic; the browser signs in on the
 * Spanish page {@code /login} and
 * sends the CSRF token (cookie {@code XSRF-TOKEN}, header {@code X-XSRF-TOKEN}; the cookie is set for sessions and
 * the sign-in form only, see {@link SessionCsrfTokenHandler}; the token is the session's, see
 * {@link SessionCsrfTokenRepository}). CSRF guards the credentials a browser sends by itself (see
 * {@link #carriesNoAmbientCredentials}); an anonymous write is thus a 401, not a CSRF 403. Sign-in attempts are
 * throttled and sessions follow their user's current state ({@link SignInGuards}, from the users capability).
 * Failures are the usual JSON error: 401 {@code Unauthorized}, 403 {@code Forbidden}, 429 {@code TooManyAttempts},
 * 503 {@code DatabaseUnavailable} when credentials could not be checked.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String[] INVESTMENT_WRITES = {
        "/api/territories",
        "/api/territories/**",
        "/api/investments",
        "/api/investments/**",
        "/api/regionalizations/*/territorios"
    };

    /** Writes on editable layers: any signed-in user reaches them; grants are checked per commune and layer. */
    static final String[] LAYER_EDITS = {
        "/collections/*/items",
        "/collections/*/items/*",
        "/collections/*/items/*/revert",
        "/collections/*/batch",
        "/collections/*/repair",
        "/collections/*/import",
        "/collections/*/items/*/comments",
        "/collections/*/items/*/comments/*",
        "/api/agenda21/**"
    };

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInGuards guards, ErrorPage errorPage)
            throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers(
                                HttpMethod.GET,
                                "/collections/*/items/*/history",
                                "/collections/*/items/*/comments",
                                "/editor",
                                "/api/editing/me",
                                "/api/investments/*/history")
                        .authenticated()
                        .requestMatchers(HttpMethod.GET, "/administracion")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/users/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.OPTIONS, "/**")
                        .permitAll()
                        .requestMatchers("/login", "/logout", "/error")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/account/password")
                        .authenticated()
                        // Running a regionalization writes only its own result (bounded, the latest 500 kept).
                        .requestMatchers(HttpMethod.POST, "/api/regionalizations")
                        .permitAll()
                        .requestMatchers(HttpMethod.DELETE, "/api/investments/ilustrativos")
                        .hasRole("ADMIN")
                        .requestMatchers(INVESTMENT_WRITES)
                        .hasAnyRole("INVERSION", "ADMIN")
                        .requestMatchers(LAYER_EDITS)
                        .authenticated()
                        .anyRequest()
                        .hasRole("ADMIN"))
                .addFilterBefore(guards.throttle(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(guards.sessionCheck(), AnonymousAuthenticationFilter.class)
                .httpBasic(b -> b.authenticationEntryPoint((request, response, e) -> unauthorized(response, e)))
                .formLogin(f -> signInForm(f, guards))
                .logout(l -> l.logoutSuccessUrl("/"))
                .csrf(c -> c.csrfTokenRepository(new SessionCsrfTokenRepository())
                        .csrfTokenRequestHandler(new SessionCsrfTokenHandler())
                        .ignoringRequestMatchers(SecurityConfig::carriesNoAmbientCredentials))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, ex) -> {
                            if (isEditorPage(request)) {
                                // A person opening the editor or the administration signs in first and comes back.
                                response.sendRedirect(request.getContextPath() + "/login");
                                return;
                            }
                            unauthorized(response, ex);
                        })
                        .accessDeniedHandler((request, response, ex) -> {
                            if (ErrorPage.wanted(request)) {
                                errorPage.write(
                                        response,
                                        org.springframework.http.HttpStatus.FORBIDDEN,
                                        "Forbidden",
                                        "Su usuario no tiene permiso para abrir esta página; pida el rol a un"
                                                + " administrador de SIT");
                                return;
                            }
                            error(
                                    response,
                                    ErrorCode.FORBIDDEN,
                                    "Su usuario no tiene permiso para esta operación, o falta el token CSRF");
                        }));
        return http.build();
    }

    /**
     * The sign-in form: back to the page that asked for it (or the map), noting the session's password; a wrong
     * password back to the form with its notice; a database that could not check it, the form with a 503.
     */
    private static void signInForm(FormLoginConfigurer<HttpSecurity> f, SignInGuards guards) {
        SavedRequestAwareAuthenticationSuccessHandler backToPage = new SavedRequestAwareAuthenticationSuccessHandler();
        f.loginPage("/login")
                .successHandler((request, response, signedIn) -> {
                    guards.signedIn(request, signedIn.getName());
                    backToPage.onAuthenticationSuccess(request, response, signedIn);
                })
                .failureHandler((request, response, e) -> {
                    if (DatabaseUnavailable.is(e)) {
                        guards.showSignInPage(request, response, 503, DatabaseUnavailable.DESCRIPTION);
                        return;
                    }
                    response.sendRedirect(request.getContextPath() + "/login?error");
                });
    }

    /**
     * CSRF guards credentials a browser sends by itself: a session cookie, or HTTP Basic credentials it remembers
     * (a browser says where a request comes from in {@code Origin}). A request with neither (an API client with its
     * own {@code Authorization}, or an anonymous one) skips the check; the sign-in form never does.
     */
    private static boolean carriesNoAmbientCredentials(HttpServletRequest r) {
        boolean browserWithCredentials = r.getHeader("Authorization") != null && r.getHeader("Origin") != null;
        return r.getRequestedSessionId() == null
                && !browserWithCredentials
                && !r.getRequestURI().endsWith("/login");
    }

    /**
     * 401 for missing or wrong credentials; but when the credentials could not be checked because the database is
     * away, the 503 that says so (a 401 would tell a user with the right password that it is wrong).
     */
    private static void unauthorized(HttpServletResponse response, AuthenticationException e) throws IOException {
        if (DatabaseUnavailable.is(e)) {
            DatabaseUnavailable.write(response);
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"SIT\"");
        error(
                response,
                ErrorCode.UNAUTHORIZED,
                "Se requiere autenticación: ingrese con un usuario de SIT (HTTP Basic o /login)");
    }

    /** The pages a person signs in for and comes back to: the editor and the administration. */
    private static boolean isEditorPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return HttpMethod.GET.matches(request.getMethod())
                && (path.equals("/editor") || path.equals("/administracion"));
    }

    private static void error(HttpServletResponse response, ErrorCode code, String description) throws IOException {
        code.error(description).write(response, code.status().value());
    }
}
