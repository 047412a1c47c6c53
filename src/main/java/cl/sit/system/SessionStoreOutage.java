package cl.sit.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sessions live in the database (Spring Session JDBC): a request with a session cookie reads it before anything
 * else, outside Spring MVC and Spring Security. When the database is away, that read fails there; this filter,
 * just outside the session filter, turns the failure into the same 503 {@code DatabaseUnavailable} every other
 * request gets, instead of a 500.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreOutage {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionStoreOutageFilter() {
        FilterRegistrationBean<OncePerRequestFilter> filter = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | RuntimeException e) {
                    if (!DatabaseUnavailable.is(e) || response.isCommitted()) {
                        throw e;
                    }
                    response.resetBuffer();
                    DatabaseUnavailable.write(response);
                }
            }
        });
        filter.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return filter;
    }
}
