package cl.sit.users;

import cl.sit.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /administracion} (admins only): users, their roles and their grants per commune × layer, and the way to
 * the layers' publication. The page works through the users API ({@code /api/users}) with the session's CSRF token.
 */
@Controller
@Page
class AdminPageController {

    @GetMapping(value = "/administracion", produces = "text/html")
    String admin(Model model) {
        model.addAttribute(
                "base",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        model.addAttribute("passwordRule", PasswordRule.SUMMARY);
        return "administracion";
    }
}
