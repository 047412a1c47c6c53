package cl.sit.editing;

import cl.sit.web.Page;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The browser editor of editable layers (signed-in users; a browser without a session is sent to {@code /login}).
 * The page is a shell: its modules ({@code static/js/editor*.js}) read the user's layers and communes from
 * {@code /api/editing/me} and write through the OGC API Features Part 4 endpoints.
 */
@Controller
@Page
class EditorPageController {

    @GetMapping("/editor")
    String page(Model model, CsrfToken csrf) {
        // The token is loaded lazily; reading it now sets the XSRF-TOKEN cookie the page's writes send back.
        csrf.getToken();
        model.addAttribute(
                "base",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        return "editor";
    }
}
