package cl.sit.ogcapi;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds absolute links from the current request: self and alternate encodings, and links to other resources. */
final class OgcLinks {

    private OgcLinks() {}

    /** Absolute URL of an application path such as {@code /collections}. */
    static String href(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .build()
                .toUriString();
    }

    /** The current request (with its query), in encoding {@code f}. */
    static String current(String f) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("f", f)
                .build()
                .toUriString();
    }

    /** The current request with one query parameter replaced. */
    static UriComponentsBuilder currentWith(String name, Object value) {
        return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(name, value);
    }

    /**
     * {@code self} in the JSON-ish encoding {@code jsonType} and {@code alternate} as HTML; or the reverse when
     * the request is for HTML (links keep their types either way).
     */
    static List<Link> selfAndAlternate(String jsonType, String what) {
        List<Link> links = new ArrayList<>();
        links.add(new Link(current("json"), "self", jsonType, what + " (JSON)"));
        links.add(new Link(current("html"), "alternate", MediaTypes.HTML, what + " (HTML)"));
        return links;
    }
}
