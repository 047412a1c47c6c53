package cl.sit.web;

import cl.sit.layer.LayerRegistry;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /datos-abiertos}: where SIT's data leave it. Every layer in the formats it is served in (page, GeoJSON,
 * vector tiles, filter properties), the CSV downloads, how to connect QGIS or GDAL, and the OGC and OpenAPI
 * documents, which the main menu no longer lists.
 */
@Controller
class OpenDataPageController {

    private final LayerRegistry registry;

    OpenDataPageController(LayerRegistry registry) {
        this.registry = registry;
    }

    @GetMapping(value = "/datos-abiertos", produces = "text/html")
    String openData(Model model) {
        model.addAttribute(
                "base",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        model.addAttribute("layers", registry.all());
        return "datos-abiertos";
    }
}
