package cl.sit.web;

import cl.sit.system.SignedIn;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the header of every page of this package needs: who is signed in (for the name and the sign-out). */
@ControllerAdvice(basePackages = "cl.sit.web")
class PageModel {

    @ModelAttribute("signedIn")
    SignedIn signedIn() {
        return SignedIn.current();
    }
}
