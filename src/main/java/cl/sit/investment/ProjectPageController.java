package cl.sit.investment;

import cl.sit.layer.Feature;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.ErrorCode;
import cl.sit.web.Page;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The page of one investment project, {@code /inversion/proyectos/{id}}, public like the map: the server writes its
 * attributes; {@code js/proyecto.js} adds the location map, the yearly amounts, the territories and shares, the
 * alerts and the history from the JSON API. A project that does not exist is the Spanish 404 page.
 */
@Controller
@Page
class ProjectPageController {

    private final LayerRegistry registry;
    private final FeatureStore store;

    ProjectPageController(LayerRegistry registry, FeatureStore store) {
        this.registry = registry;
        this.store = store;
    }

    @GetMapping(value = "/inversion/proyectos/{id}", produces = "text/html")
    String project(@PathVariable String id, Model model) {
        Optional<Layer> layer = registry.find(InvestmentWriter.LAYER_ID);
        // Ids are positive integers: anything else names no project (and never reaches the store).
        Feature feature = layer.isEmpty() || !id.matches("[1-9]\\d{0,8}")
                ? null
                : store.findById(layer.get(), id).orElse(null);
        if (feature == null) {
            throw ErrorCode.PROJECT_NOT_FOUND.exception("No existe el proyecto de inversión " + id);
        }
        model.addAttribute(
                "base",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        model.addAttribute("collection", InvestmentWriter.LAYER_ID);
        model.addAttribute("p", ProjectView.of(feature));
        return "proyecto";
    }
}
