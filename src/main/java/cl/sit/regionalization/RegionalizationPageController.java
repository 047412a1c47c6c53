package cl.sit.regionalization;

import cl.sit.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /territorios/homogeneos}: homogeneous territories. The form, the map of the regions, their profiles and the
 * saving as custom territories are drawn by {@code js/territorios-homogeneos.js} from {@code /api/regionalizations}.
 * A literal path, so it wins over {@code /territorios/{code}}: its last part is one of the codes custom territories
 * may not take ({@code CustomTerritories.PAGE_CODES}).
 */
@Controller
@Page
class RegionalizationPageController {

    @GetMapping(value = "/territorios/homogeneos", produces = "text/html")
    String page(Model model) {
        model.addAttribute(
                "base",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        return "territorios-homogeneos";
    }
}
