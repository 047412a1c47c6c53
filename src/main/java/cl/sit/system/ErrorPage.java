package cl.sit.system;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The error as a Spanish page, for a person whose browser opened an address that failed (a mistyped path, a feature
 * that no longer exists): the header, what happened in words, the code, and ways back. Programs keep the JSON error
 * ({@link ApiError}): a page is given only to a GET or HEAD whose {@code Accept} names {@code text/html} before any
 * JSON type, as a browser's navigation does ({@code f=json} still gets JSON).
 */
@Component
class ErrorPage {

    private static final Locale SPANISH = Locale.forLanguageTag("es-CL");
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private final ITemplateEngine templates;

    ErrorPage(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * Whether the request is a browser's page view that should get a page rather than JSON: a GET or HEAD whose
     * {@code Accept} names {@code text/html} before any JSON type, and that does not ask for JSON with {@code f}.
     */
    static boolean wanted(HttpServletRequest request) {
        if (request == null || !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return false;
        }
        String f = request.getParameter("f");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if ((f != null && f.toLowerCase(Locale.ROOT).contains("json")) || accept == null) {
            return false;
        }
        int html = accept.indexOf("text/html");
        int json = accept.indexOf("json");
        return html >= 0 && (json < 0 || html < json);
    }

    ResponseEntity<String> render(HttpStatus status, String code, String description) {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Context context = new Context(
                SPANISH,
                Map.of(
                        "base",
                        base,
                        "signedIn",
                        SignedIn.current(),
                        "status",
                        status.value(),
                        "title",
                        title(status),
                        "code",
                        code,
                        "description",
                        description));
        return ResponseEntity.status(status)
                .contentType(HTML)
                .cacheControl(CacheControl.noStore())
                .body(templates.process("pagina-error", context));
    }

    /** Writes the page to a response outside Spring MVC (the security filters' refusals). */
    void write(jakarta.servlet.http.HttpServletResponse response, HttpStatus status, String code, String description)
            throws java.io.IOException {
        ResponseEntity<String> page = render(status, code, description);
        response.setStatus(status.value());
        response.setContentType(HTML.toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, page.getHeaders().getCacheControl());
        response.getWriter().write(page.getBody());
    }

    static String title(HttpStatus status) {
        return switch (status.value()) {
            case 401 -> "Debe ingresar";
            case 403 -> "Sin permiso";
            case 404 -> "Página no encontrada";
            case 405 -> "Operación no permitida";
            case 503 -> "Servicio no disponible por ahora";
            default -> status.is5xxServerError() ? "Error del servidor" : "La dirección no es válida";
        };
    }
}
