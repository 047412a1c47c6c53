package cl.sit.basemap;

import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/basemaps}: the base maps the map and the editor offer, in the order they are tried. */
@RestController
class BasemapController {

    private final Basemaps basemaps;

    BasemapController(Basemaps basemaps) {
        this.basemaps = basemaps;
    }

    record Answer(List<Basemap> basemaps) {}

    @GetMapping(value = "/api/basemaps", produces = "application/json")
    ResponseEntity<Answer> basemaps() {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(new Answer(basemaps.all()));
    }
}
