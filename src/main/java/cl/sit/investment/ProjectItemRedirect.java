package cl.sit.investment;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A person who opens an investment project as an OGC API item page ({@code /collections/proyectos-inversion/items/
 * {id}?f=html}, or with a browser's {@code Accept}) is sent (302) to the project's page,
 * {@code /inversion/proyectos/{id}}. Programs keep their answer: GeoJSON and JSON (by {@code f} or {@code Accept}, or
 * with no preference) are never redirected, nor is anything under an item ({@code .../history}).
 */
@Configuration(proxyBeanMethods = false)
class ProjectItemRedirect implements WebMvcConfigurer, HandlerInterceptor {

    private static final String ITEMS = "/collections/" + InvestmentWriter.LAYER_ID + "/items/";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns(ITEMS + "*");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String id = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
        if (!"GET".equals(request.getMethod()) || !id.matches("[1-9]\\d{0,8}") || !wantsPage(request)) {
            return true;
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.setHeader(
                HttpHeaders.LOCATION,
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/inversion/proyectos/" + id)
                        .build()
                        .toUriString());
        return false;
    }

    /**
     * Whether the item would be answered as its HTML page: {@code f=html} (the parameter wins over the header, as in
     * the content negotiation of application.yml), else an {@code Accept} naming {@code text/html} before any JSON
     * type, as a browser's navigation does.
     */
    static boolean wantsPage(HttpServletRequest request) {
        String f = request.getParameter("f");
        if (f != null) {
            return f.toLowerCase(Locale.ROOT).equals("html");
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        int html = accept == null ? -1 : accept.indexOf("text/html");
        int json = accept == null ? -1 : accept.indexOf("json");
        return html >= 0 && (json < 0 || html < json);
    }
}
