package cl.sit.ogcapi;

import cl.sit.system.SignedIn;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders any {@link HtmlView} record as an HTML page with its Thymeleaf template. The template gets the record
 * as {@code page}, the application's base URL as {@code base} and {@link HtmlValues} as {@code fmt}. Thymeleaf
 * escapes all text it writes.
 */
class HtmlConverter extends WriteOnlyConverter<HtmlView> {

    private static final Locale SPANISH = Locale.forLanguageTag("es-CL");

    private final ITemplateEngine templates;

    HtmlConverter(ITemplateEngine templates) {
        super(StandardCharsets.UTF_8, MediaType.TEXT_HTML);
        this.templates = templates;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return HtmlView.class.isAssignableFrom(type);
    }

    @Override
    protected void writeInternal(HtmlView view, HttpOutputMessage output) throws IOException {
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Context context = new Context(
                SPANISH,
                Map.of("page", view, "base", base, "fmt", HtmlValues.INSTANCE, "signedIn", SignedIn.current()));
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        templates.process(view.template(), context, writer);
        writer.flush();
    }
}
