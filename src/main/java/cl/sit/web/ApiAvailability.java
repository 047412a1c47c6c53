package cl.sit.web;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Whether this build serves an API path, so a page can leave out a section whose service is not there (the
 * analysis services arrive one by one) instead of requesting it and logging a 404 in the browser.
 */
@Component
public class ApiAvailability {

    private final RequestMappingInfoHandlerMapping mappings;
    private final ConcurrentMap<String, Boolean> known = new ConcurrentHashMap<>();

    ApiAvailability(@Qualifier("requestMappingHandlerMapping") RequestMappingInfoHandlerMapping mappings) {
        this.mappings = mappings;
    }

    /** True when a controller maps exactly {@code path} (e.g. {@code /api/screening}). */
    public boolean serves(String path) {
        return known.computeIfAbsent(path, p -> mappings.getHandlerMethods().keySet().stream()
                .map(info -> info.getPatternValues())
                .anyMatch((Set<String> patterns) -> patterns.contains(p)));
    }
}
