package cl.sit.investment;

import cl.sit.web.Page;
import java.security.Principal;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The page to import investment projects from a file, with upload progress and the list of errors; for admins,
 * the button that removes the illustrative projects.
 */
@Controller
@Page
class ImportPageController {

    private final ProjectLookup catalog;

    ImportPageController(ProjectLookup catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/inversion/importar")
    String page(Model model, Principal user) {
        model.addAttribute(
                "base",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        boolean allowed = user instanceof Authentication a
                && a.getAuthorities().stream()
                        .anyMatch(g -> g.getAuthority().equals("ROLE_INVERSION")
                                || g.getAuthority().equals("ROLE_ADMIN"));
        model.addAttribute("user", user == null ? null : user.getName());
        model.addAttribute("allowed", allowed);
        boolean admin = user instanceof Authentication a
                && a.getAuthorities().stream().anyMatch(g -> g.getAuthority().equals("ROLE_ADMIN"));
        model.addAttribute("admin", admin);
        model.addAttribute("illustrative", admin && catalog.anyIllustrative());
        return "importar";
    }
}
