package cl.sit.agenda21;

import cl.sit.agenda21.review.CompletenessView;
import cl.sit.agenda21.review.OpenComments;
import cl.sit.editing.EditPermissions;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.ApiException;
import cl.sit.system.QueryParameters;
import cl.sit.web.Page;
import jakarta.servlet.http.HttpServletRequest;
import java.time.ZonedDateTime;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /agenda21[?region=14]}: the completeness dashboard of the Agenda 21 layers, communes by layers, rendered
 * on the server from {@link Completeness}. Signed-in users see the status buttons they may use ({@code
 * js/agenda21.js} sends them to {@code POST /api/agenda21/estado} and redraws the matrix) and, in the cells they may
 * edit, a link that opens the editor on that layer and commune. An unknown region is a 404 page.
 */
@Controller
@Page
class Agenda21PageController {

    private final CompletenessMatrices completeness;
    private final LayerRegistry registry;
    private final EditPermissions permissions;
    private final OpenComments comments;

    Agenda21PageController(
            CompletenessMatrices completeness,
            LayerRegistry registry,
            EditPermissions permissions,
            OpenComments comments) {
        this.completeness = completeness;
        this.registry = registry;
        this.permissions = permissions;
        this.comments = comments;
    }

    @GetMapping(value = "/agenda21", produces = "text/html")
    ModelAndView page(HttpServletRequest request) {
        String region =
                QueryParameters.of(request.getParameterMap(), Set.of("region")).cut("region", 2);
        ModelAndView view = new ModelAndView("agenda21");
        view.addObject(
                "base",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        view.addObject("user", EditPermissions.username());
        view.addObject("view", new CompletenessView(ZonedDateTime.now(), EditPermissions.isAdmin()));
        try {
            CompletenessMatrix m = completeness.matrix(region == null ? Completeness.DEFAULT_REGION : region);
            view.addObject("m", m);
            // Open review comments per cell, for signed-in users (the comments themselves need a session).
            view.addObject("comments", EditPermissions.username() == null ? java.util.Map.of() : comments.openByCell());
            view.addObject(
                    "edit",
                    EditLinks.of(
                            m.capas().stream()
                                    .map(CompletenessMatrix.Column::id)
                                    .toList(),
                            registry,
                            permissions));
        } catch (ApiException e) {
            if (e.status() != HttpStatus.NOT_FOUND) {
                throw e;
            }
            view.setStatus(HttpStatus.NOT_FOUND);
            view.addObject("error", e.getMessage());
        }
        return view;
    }
}
