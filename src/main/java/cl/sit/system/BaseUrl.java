package cl.sit.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The public address of SIT ({@code sit.base-url}, e.g. {@code https://sit.example.cl}): when set, every request is
 * seen with that scheme, host and port, so absolute links and redirects never repeat a {@code Host} header a client
 * chose, and an {@code https} address makes the session cookie {@code Secure} (TLS may end at a proxy in front).
 * Only an origin: SIT under a sub-path is {@code server.servlet.context-path}. Unset: links follow the request.
 */
@Configuration(proxyBeanMethods = false)
class BaseUrl {

    private final URI base;

    BaseUrl(@Value("${sit.base-url:}") String configured) {
        this.base = configured.isBlank() ? null : parse(configured.strip());
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> baseUrlFilter() {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(base == null ? request : new AtBaseUrl(request, base), response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ServletContextInitializer secureSessionCookie() {
        return context -> {
            if (base != null && base.getScheme().equals("https")) {
                context.getSessionCookieConfig().setSecure(true);
            }
        };
    }

    private static URI parse(String configured) {
        URI uri = URI.create(configured);
        boolean origin = uri.getPath() == null
                || uri.getPath().isEmpty()
                || uri.getPath().equals("/");
        if (uri.getHost() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || !origin
                || uri.getQuery() != null) {
            throw new IllegalStateException("SIT_BASE_URL (sit.base-url) must be an origin such as "
                    + "https://sit.example.cl, without a path (use server.servlet.context-path): " + configured);
        }
        return uri;
    }

    /** A request as it arrived at the public address. */
    private static final class AtBaseUrl extends HttpServletRequestWrapper {

        private final URI base;

        AtBaseUrl(HttpServletRequest request, URI base) {
            super(request);
            this.base = base;
        }

        @Override
        public String getScheme() {
            return base.getScheme();
        }

        @Override
        public boolean isSecure() {
            return base.getScheme().equals("https");
        }

        @Override
        public String getServerName() {
            return base.getHost();
        }

        @Override
        public int getServerPort() {
            return base.getPort() > 0 ? base.getPort() : isSecure() ? 443 : 80;
        }

        @Override
        public String getHeader(String name) {
            return "host".equalsIgnoreCase(name) ? base.getRawAuthority() : super.getHeader(name);
        }

        @Override
        public StringBuffer getRequestURL() {
            return new StringBuffer(base.getScheme())
                    .append("://")
                    .append(base.getRawAuthority())
                    .append(getRequestURI());
        }
    }
}
