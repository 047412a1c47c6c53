package cl.sit.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultMatcher;

/** What the page slices check of every page: a Spanish HTML document with its title, and text shown escaped. */
public final class Pages {

    /** A title, name or note a hostile editor could write; a page must show it as text, never as markup. */
    public static final String HOSTILE = "<img src=x onerror=alert(1)>";

    /** How {@link #HOSTILE} reads in the page's source once escaped. */
    public static final String HOSTILE_ESCAPED = "&lt;img src=x onerror=alert(1)&gt;";

    private Pages() {}

    private static ResultMatcher all(ResultMatcher... matchers) {
        return result -> {
            for (ResultMatcher m : matchers) {
                m.match(result);
            }
        };
    }

    /** A 200 Spanish HTML page whose {@code <title>} is exactly {@code title}. */
    public static ResultMatcher spanishPage(String title) {
        return all(
                status().isOk(),
                content().contentTypeCompatibleWith(MediaType.TEXT_HTML),
                content().string(containsString("<html lang=\"es\"")),
                content().string(containsString("<title>" + title + "</title>")));
    }

    /** The page shows {@link #HOSTILE} escaped, and nowhere as markup. */
    public static ResultMatcher hostileTextEscaped() {
        return all(content().string(containsString(HOSTILE_ESCAPED)), content().string(not(containsString("<img"))));
    }
}
