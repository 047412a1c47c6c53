package cl.sit.system;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * The Content-Security-Policy every response carries (pages, OGC API HTML, sign-in and error pages), so that text
 * which slipped into the DOM as markup still cannot run: scripts and styles only from SIT's own files (no inline
 * {@code <script>}, {@code onclick=} or {@code style=}), no plugins, no {@code <base>} elsewhere, no framing,
 * forms posted only to SIT. Images may be {@code data:}/{@code blob:} (Leaflet, the favicon) or come from the
 * tile servers of the configured base maps ({@link ImageSources}). Spring Security adds {@code X-Content-Type-Options: nosniff} and
 * {@code X-Frame-Options: DENY} by default; they are kept. Spring Security applies this customizer to the filter
 * chain of {@link SecurityConfig} on its own.
 */
@Configuration(proxyBeanMethods = false)
class ContentSecurityPolicy {

    /** The policy with images also allowed from these origins. */
    static String policy(List<String> imageOrigins) {
        String images = imageOrigins.stream().map(o -> " " + o).collect(Collectors.joining());
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:" + images
                + "; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
                + "form-action 'self'";
    }

    @Bean
    Customizer<HeadersConfigurer<HttpSecurity>> contentSecurityPolicyHeaders(ObjectProvider<ImageSources> sources) {
        List<String> origins = sources.orderedStream()
                .flatMap(s -> s.origins().stream())
                .distinct()
                .toList();
        String policy = policy(origins);
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy));
    }
}
