package cl.sit.territory;

import cl.sit.geojson.GeoJsonPositions;
import cl.sit.system.ErrorCode;
import cl.sit.system.InputLimits;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Custom territories: create (roles inversion, admin) and read (everyone). */
@RestController
class CustomTerritoryController {

    private final CustomTerritoryStore territories;
    private final InputLimits limits;

    CustomTerritoryController(CustomTerritoryStore territories, InputLimits limits) {
        this.territories = territories;
        this.limits = limits;
    }

    @PostMapping(value = "/api/territories", consumes = "application/json", produces = "application/json")
    ResponseEntity<CustomTerritory> create(@RequestBody CustomTerritoryRequest request, Principal user) {
        // Counted in the parsed JSON, before the transaction takes a connection (as features are).
        long vertices = GeoJsonPositions.scan(request.geometria()).positions();
        if (vertices > limits.maxVertices()) {
            throw ErrorCode.TOO_MANY_VERTICES.exception("La geometría tiene " + vertices + " vértices; el "
                    + "máximo es " + limits.maxVertices() + ". Simplifíquela (por ejemplo en QGIS); no se guardó nada");
        }
        CustomTerritory created = territories.create(request, user.getName());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/territories/{code}")
                .buildAndExpand(created.codigo())
                .toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping(value = "/api/territories", produces = "application/json")
    List<CustomTerritory> all() {
        return territories.all();
    }

    @GetMapping(value = "/api/territories/{code}", produces = "application/json")
    CustomTerritory one(@PathVariable String code) {
        return territories
                .find(code)
                .orElseThrow(() -> ErrorCode.TERRITORY_NOT_FOUND.exception(
                        "No existe el territorio personalizado '" + code + "'"));
    }
}
