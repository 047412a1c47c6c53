package cl.sit.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * The Content-Security-Policy every response carries (pages, OGC API HTML, sign-in and error pages), so that text
 * which slipped into the DOM as markup still cannot run: scripts and styles only from SIT's own files (no inline
 * {@code <script>}, {@code onclick=} or {@code style=}), no plugins, no {@code <base>} elsewhere, no framing,
 * forms posted only to SIT. Images may be {@code data:}/{@code blob:} (Leaflet, the favicon) or OpenStreetMap
 * tiles (the optional base map). Spring Security adds {@code X-Content-Type-Options: nosniff} and
 * {@code X-Frame-Options: DENY} by default; they are kept. Spring Security applies this customizer to the filter
 * chain of {@link SecurityConfig} on its own.
 */
@Configuration(proxyBeanMethods = false)
class ContentSecurityPolicy {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob: https://tile.openstreetmap.org; connect-src 'self'; font-src 'self'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> contentSecurityPolicyHeaders() {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY));
    }
}
