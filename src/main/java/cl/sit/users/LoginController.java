package cl.sit.users;

import cl.sit.web.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The Spanish sign-in page; Spring Security handles the form post and the CSRF token. */
@Controller
@Page
class LoginController {

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute(
                "base",
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
        return "login";
    }
}
