package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.support.H2gisTestDatabase;
import cl.sit.support.Http;
import cl.sit.system.RenamedParameters;
import cl.sit.system.RenamedParameters.Group;
import jakarta.servlet.ServletRequest;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every route of SIT is in {@code /api} with the parameters its handler takes: for each handler method of Spring's
 * {@link RequestMappingHandlerMapping} (every pattern × HTTP method), {@code /api} documents the operation, each
 * {@code @PathVariable} is a documented path parameter and each {@code @RequestParam} a documented query parameter,
 * and each documented path or query parameter exists on the handler. A pattern with {@code {collectionId}} may be
 * documented once per collection ({@code /collections/comunas/items}) instead of as a template.
 *
 * <p>Handlers that read free query parameters (a {@code Map}/{@code MultiValueMap} {@code @RequestParam}, or the
 * {@code HttpServletRequest}/{@code WebRequest} whose parameters they parse themselves, as the OGC API items with
 * their queryables do) may document query parameters the method signature does not name; their
 * {@code @RequestParam}s must still be documented. HTML pages are routes like the others (tag "Páginas"); only
 * Spring's {@code /error} is left out. The routes do not depend on the store, so this runs on the embedded one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class H2gisApiRoutesDocumentedIT {

    /** Not a route of SIT's API: the servlet container's error dispatch. */
    private static final Set<String> NOT_ROUTES = Set.of("/error");

    private static final String COLLECTION_ID = "collectionId";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Autowired
    LayerRegistry registry;

    /** What a handler method takes from the URL. */
    private record Handler(
            String name, Set<String> pathVariables, Set<String> queryParameters, boolean freeQueryParameters) {}

    /** One documented operation matching a route, and the path parameters its path key already fills in. */
    private record Documented(String path, JsonNode operation, Set<String> filled) {}

    @Test
    void everyRequestMappingIsDocumentedWithItsParameters() {
        JsonNode api = new Http(port).json("/api");
        List<String> ids = registry.all().stream().map(Layer::id).toList();
        Set<String> problems = new LinkedHashSet<>();
        int routes = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mapping.getHandlerMethods().entrySet()) {
            Handler handler = handler(e.getValue());
            for (String pattern : e.getKey().getPatternValues()) {
                if (NOT_ROUTES.contains(pattern)) {
                    continue;
                }
                Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    problems.add(pattern + " (" + handler.name() + ") answers every HTTP method; map one");
                }
                for (RequestMethod method : methods) {
                    routes++;
                    check(
                            api,
                            ids,
                            method.name() + " " + pattern,
                            pattern,
                            method.name().toLowerCase(),
                            handler,
                            problems);
                }
            }
        }
        assertThat(routes).as("routes found").isGreaterThan(80);
        assertThat(problems)
                .as("routes missing from /api or documented with other parameters")
                .isEmpty();
    }

    private static void check(
            JsonNode api,
            List<String> ids,
            String route,
            String pattern,
            String method,
            Handler handler,
            Set<String> problems) {
        List<Documented> documented = documented(api, ids, pattern, method);
        if (documented.isEmpty()) {
            problems.add(route + " (" + handler.name() + ") is not documented in /api");
            return;
        }
        for (Documented d : documented) {
            Set<String> path = new TreeSet<>(d.filled());
            Set<String> query = new TreeSet<>();
            parameters(api, api.path("paths").path(d.path()).path("parameters"), path, query);
            parameters(api, d.operation().path("parameters"), path, query);
            for (String v : handler.pathVariables()) {
                if (!path.contains(v)) {
                    problems.add(route + ": path parameter {" + v + "} of " + handler.name() + " is not documented ("
                            + d.path() + ")");
                }
            }
            for (String p : path) {
                if (!handler.pathVariables().contains(p)) {
                    problems.add(route + ": documented path parameter '" + p + "' is not a @PathVariable of "
                            + handler.name() + " (" + d.path() + ")");
                }
            }
            for (String q : handler.queryParameters()) {
                if (!query.contains(q)) {
                    problems.add(route + ": query parameter '" + q + "' (@RequestParam of " + handler.name()
                            + ") is not documented (" + d.path() + ")");
                }
            }
            if (!handler.freeQueryParameters()) {
                for (String q : query) {
                    if (!handler.queryParameters().contains(q)) {
                        problems.add(route + ": documented query parameter '" + q + "' is not a @RequestParam of "
                                + handler.name() + " (" + d.path() + ")");
                    }
                }
            }
        }
    }

    /**
     * The renamed query parameters ({@link RenamedParameters}) cannot drift from {@code /api}: for each handler
     * method that accepts old names ({@link RenamedParameters.Accepts}), every new name of its groups is documented
     * and every old name is documented as deprecated; and every group is accepted by some handler.
     */
    @Test
    void everyRenamedParameterIsDocumentedWithItsOldNameDeprecated() {
        JsonNode api = new Http(port).json("/api");
        List<String> ids = registry.all().stream().map(Layer::id).toList();
        Set<String> problems = new LinkedHashSet<>();
        Set<Group> used = EnumSet.noneOf(Group.class);
        for (Map.Entry<RequestMappingInfo, HandlerMethod> e :
                mapping.getHandlerMethods().entrySet()) {
            RenamedParameters.Accepts accepts = e.getValue().getMethodAnnotation(RenamedParameters.Accepts.class);
            if (accepts == null) {
                continue;
            }
            used.addAll(List.of(accepts.value()));
            Map<String, String> renames = RenamedParameters.renames(accepts.value());
            for (String pattern : e.getKey().getPatternValues()) {
                for (RequestMethod method : e.getKey().getMethodsCondition().getMethods()) {
                    String route = method.name() + " " + pattern;
                    for (Documented d :
                            documented(api, ids, pattern, method.name().toLowerCase())) {
                        Map<String, Boolean> deprecated = new LinkedHashMap<>();
                        queryDeprecation(api, api.path("paths").path(d.path()).path("parameters"), deprecated);
                        queryDeprecation(api, d.operation().path("parameters"), deprecated);
                        renames.forEach((oldName, newName) -> {
                            if (!Boolean.FALSE.equals(deprecated.get(newName))) {
                                problems.add(route + ": '" + newName + "' is not documented (or is deprecated)");
                            }
                            if (!Boolean.TRUE.equals(deprecated.get(oldName))) {
                                problems.add(route + ": old name '" + oldName + "' of '" + newName
                                        + "' is not documented as deprecated");
                            }
                        });
                    }
                }
            }
        }
        assertThat(used).as("groups of old names accepted by some handler").containsExactlyInAnyOrder(Group.values());
        assertThat(problems).as("renamed query parameters missing from /api").isEmpty();
    }

    /** Adds each query parameter of {@code list} with whether it is deprecated, following {@code $ref}s. */
    private static void queryDeprecation(JsonNode api, JsonNode list, Map<String, Boolean> deprecated) {
        for (JsonNode p : list) {
            JsonNode parameter = p.has("$ref") ? api.at(p.get("$ref").asString().substring(1)) : p;
            if (parameter.path("in").asString().equals("query")) {
                deprecated.put(
                        parameter.get("name").asString(),
                        parameter.path("deprecated").asBoolean(false));
            }
        }
    }

    /** The operations documenting {@code method pattern}: the template itself, or its per-collection paths. */
    private static List<Documented> documented(JsonNode api, List<String> ids, String pattern, String method) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        keys.put(pattern, Set.of());
        if (pattern.contains("{" + COLLECTION_ID + "}")) {
            ids.forEach(id -> keys.put(pattern.replace("{" + COLLECTION_ID + "}", id), Set.of(COLLECTION_ID)));
        }
        return keys.entrySet().stream()
                .filter(k -> api.path("paths").path(k.getKey()).has(method))
                .map(k -> new Documented(
                        k.getKey(), api.path("paths").path(k.getKey()).get(method), k.getValue()))
                .toList();
    }

    /** Adds the names of the path and query parameters of {@code list}, following {@code $ref}s. */
    private static void parameters(JsonNode api, JsonNode list, Set<String> path, Set<String> query) {
        for (JsonNode p : list) {
            JsonNode parameter = p.has("$ref") ? api.at(p.get("$ref").asString().substring(1)) : p;
            String in = parameter.path("in").asString();
            if (in.equals("path")) {
                path.add(parameter.get("name").asString());
            } else if (in.equals("query")) {
                query.add(parameter.get("name").asString());
            }
        }
    }

    private static Handler handler(HandlerMethod method) {
        Set<String> pathVariables = new TreeSet<>();
        Set<String> query = new TreeSet<>();
        boolean free = false;
        for (MethodParameter p : method.getMethodParameters()) {
            p.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
            Class<?> type = p.getParameterType();
            PathVariable pv = p.getParameterAnnotation(PathVariable.class);
            RequestParam rp = p.getParameterAnnotation(RequestParam.class);
            if (pv != null) {
                pathVariables.add(pv.name().isEmpty() ? p.getParameterName() : pv.name());
            } else if (rp != null && Map.class.isAssignableFrom(type)) {
                free = true;
            } else if (rp != null && !MultipartFile.class.isAssignableFrom(type)) {
                // A MultipartFile is a part of a multipart body (documented as the request body), not a query one.
                query.add(rp.name().isEmpty() ? p.getParameterName() : rp.name());
            } else if (ServletRequest.class.isAssignableFrom(type) || WebRequest.class.isAssignableFrom(type)) {
                free = true;
            }
        }
        String name =
                method.getBeanType().getSimpleName() + "." + method.getMethod().getName();
        return new Handler(name, pathVariables, query, free);
    }
}
