package cl.sit.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The error shape for failures outside SIT's handlers: Tomcat's own error report ({@link JsonErrorValve}), the
 * {@code /error} page Tomcat forwards to, and requests the security firewall refuses (an unknown method such as
 * PROPFIND is a 405; a path with {@code ;jsessionid}, an encoded slash or {@code ..} a 400).
 */
@Configuration(proxyBeanMethods = false)
class ServerErrors {

    /** The methods SIT serves; the firewall refuses any other before routing. */
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonErrorValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(JsonErrorValve.class.getName());
            }
        });
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return (request, response, e) -> {
            int status = METHODS.contains(request.getMethod()) ? 400 : 405;
            ApiError.forStatus(status).write(response, status);
        };
    }

    /** {@code /error}: what Tomcat forwards to after {@code sendError}; asked for directly, it does not exist. */
    @RestController
    static class ErrorPage implements ErrorController {

        @RequestMapping("/error")
        ResponseEntity<ApiError> error(HttpServletRequest request) {
            Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
            int status = code instanceof Integer i && i >= 400 ? i : 404;
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(ApiError.forStatus(status));
        }
    }
}
