package cl.sit.ogcapi;

/** A response record that can also be rendered as an HTML page by {@link HtmlConverter}. */
public interface HtmlView {

    /** Thymeleaf template (under {@code templates/}) that renders this record as {@code page}. */
    String template();

    /** Page title, in Spanish. */
    String pageTitle();
}
