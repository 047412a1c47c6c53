package cl.sit.web;

import cl.sit.system.SignedIn;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the header of every page needs: who is signed in (for the name and the sign-out). Pages are the controllers
 * of this package and those marked {@link Page} in their capability's package.
 */
@ControllerAdvice(basePackages = "cl.sit.web", annotations = Page.class)
class PageModel {

    @ModelAttribute("signedIn")
    SignedIn signedIn() {
        return SignedIn.current();
    }
}
