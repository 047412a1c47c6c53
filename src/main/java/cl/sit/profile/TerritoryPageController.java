package cl.sit.profile;

import cl.sit.agenda21.CompletenessMatrices;
import cl.sit.agenda21.CompletenessMatrix;
import cl.sit.agenda21.review.CompletenessView;
import cl.sit.editing.EditPermissions;
import cl.sit.system.RenamedParameters.Accepts;
import cl.sit.system.RenamedParameters.Group;
import cl.sit.web.ApiAvailability;
import cl.sit.web.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The territory profile pages (fichas): {@code /territorios} lists every territory, {@code /territorios/{code}}
 * renders one profile on the server (the chart and the screening, overlap and reconciliation flags are added by
 * {@code js/ficha.js} from the JSON API). An unknown code is a 404 page.
 */
@Controller
@Page
class TerritoryPageController {

    private final ProfileData profiles;
    private final ApiAvailability api;
    private final CompletenessMatrices completeness;

    TerritoryPageController(ProfileData profiles, ApiAvailability api, CompletenessMatrices completeness) {
        this.completeness = completeness;
        this.profiles = profiles;
        this.api = api;
    }

    @GetMapping(value = "/territorios", produces = "text/html")
    String index(Model model) {
        model.addAttribute("base", base());
        model.addAttribute("territories", TerritoryIndexView.of(profiles.index()));
        return "territorios";
    }

    @Accepts(Group.PERIOD)
    @GetMapping(value = "/territorios/{code}", produces = "text/html")
    ModelAndView profile(@PathVariable String code, HttpServletRequest request) {
        ProfileQuery q = ProfileQuery.parse(request.getParameterMap(), Set.of());
        Optional<TerritoryProfile> profile = profiles.find(code, q);
        ModelAndView view = new ModelAndView(profile.isPresent() ? "territorio" : "territorio-no-encontrado");
        view.addObject("base", base());
        view.addObject("code", code);
        if (profile.isEmpty()) {
            view.setStatus(HttpStatus.NOT_FOUND);
            return view;
        }
        view.addObject("p", profile.get());
        view.addObject("q", q);
        view.addObject("view", ProfileView.of(profile.get()));
        view.addObject("screening", api.serves("/api/screening"));
        view.addObject("overlaps", api.serves("/api/overlaps"));
        if (code.matches("\\d{5}") && "comuna".equals(profile.get().nivel())) {
            // A commune's Agenda 21 cartography: its row of the completeness matrix of its region.
            CompletenessMatrix matrix = completeness.matrix(code.substring(0, 2));
            matrix.comunas().stream()
                    .filter(r -> r.cut().equals(code))
                    .findFirst()
                    .ifPresent(row -> {
                        view.addObject("agenda21", row);
                        view.addObject("agenda21Layers", matrix.capas());
                        view.addObject("a21", new CompletenessView(ZonedDateTime.now(), EditPermissions.isAdmin()));
                    });
        }
        return view;
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }
}
