package cl.sit.indicators;

import cl.sit.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /inversion}: the investment dashboard. Charts by programme, sector, stage and year and a map of the
 * communes that filter each other (from {@code /api/investments/dashboard}), and a side-by-side comparison of 2 to 4
 * territories (from {@code /api/indicators}); the page is drawn by {@code js/tablero.js}.
 */
@Controller
@Page
class DashboardPageController {

    @GetMapping(value = "/inversion", produces = "text/html")
    String dashboard(Model model) {
        model.addAttribute(
                "base",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        return "inversion";
    }
}
