package cl.sit.investment;

import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.ErrorCode;
import cl.sit.system.QueryParameters;
import cl.sit.system.RenamedParameters;
import cl.sit.system.RenamedParameters.Accepts;
import cl.sit.system.RenamedParameters.Group;
import cl.sit.tiles.TileOptions;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map's investment layer besides its tiles ({@code /tiles/proyectos-inversion/…?compact=true}): the filter form,
 * the count under a filter, the projects near a click and the search by name or BIP code. Filters are the tiles'
 * ({@link TileOptions}: {@code programa}, {@code sector}, {@code etapa}, … and the years {@code from}, {@code to}),
 * so what is counted and found is what is drawn.
 */
@RestController
class ProjectMapController {

    /** Longest search text, characters. */
    static final int MAX_QUERY = 100;

    static final int MAX_RESULTS = 20;

    private final ProjectMapData map;
    private final LayerRegistry registry;

    ProjectMapController(ProjectMapData map, LayerRegistry registry) {
        this.map = map;
        this.registry = registry;
    }

    record Projects(@JsonProperty("proyectos") List<ProjectMap.Found> projects) {}

    @GetMapping(value = "/api/investments/map/form", produces = "application/json")
    ProjectMap.Form form(HttpServletRequest request) {
        QueryParameters.of(request.getParameterMap(), Set.of());
        return map.form();
    }

    @Accepts(Group.YEARS)
    @GetMapping(value = "/api/investments/map/count", produces = "application/json")
    ProjectMap.Count count(HttpServletRequest request) {
        return map.count(filter(request, Set.of()));
    }

    /**
     * {@code /api/investments/at?lon=&lat=&zoom=&tolerance_px=} and the map's filter: the projects (at most 10)
     * drawn within {@code tolerancia_px} pixels (default 6, at most 30) of the point, nearest first.
     */
    @Accepts({Group.YEARS, Group.MAP_POINT})
    @GetMapping(value = "/api/investments/at", produces = "application/json")
    Projects at(HttpServletRequest request) {
        Set<String> own = Set.of("lon", "lat", "zoom", "tolerancia_px");
        TileOptions filter = filter(request, own);
        // Every name was checked by the filter's parse; this reads the numbers.
        Map<String, String[]> params = RenamedParameters.resolve(request.getParameterMap(), Group.MAP_POINT);
        QueryParameters q = QueryParameters.of(params, params.keySet());
        if (q.text("lon") == null || q.text("lat") == null || q.text("zoom") == null) {
            throw ErrorCode.INVALID_PARAMETER.exception("Faltan lon, lat y zoom");
        }
        return new Projects(map.at(
                q.number("lon", 0, -180, 180),
                q.number("lat", 0, -85, 85),
                q.number("zoom", 0, 0, 22),
                q.number("tolerancia_px", 6, 0, 30),
                filter,
                10));
    }

    /** {@code /api/investments/search?q=&limit=}: by BIP code (exact, then prefix) or name (any case or accent). */
    @GetMapping(value = "/api/investments/search", produces = "application/json")
    Projects search(HttpServletRequest request) {
        QueryParameters q = QueryParameters.of(request.getParameterMap(), Set.of("q", "limit"));
        String text = q.text("q");
        if (text == null || text.length() > MAX_QUERY) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception(
                    "q debe tener entre 1 y " + MAX_QUERY + " caracteres (nombre o código BIP del proyecto)");
        }
        return new Projects(map.search(text, q.integer("limit", 10, 1, MAX_RESULTS)));
    }

    private TileOptions filter(HttpServletRequest request, Set<String> own) {
        if (request.getParameter("compacto") != null || request.getParameter("compact") != null) {
            throw ErrorCode.INVALID_PARAMETER.exception("compacto sólo vale para las teselas");
        }
        return TileOptions.parse(layer(), RenamedParameters.resolve(request.getParameterMap(), Group.MAP_POINT), own);
    }

    private Layer layer() {
        return registry.require(InvestmentWriter.LAYER_ID);
    }
}
