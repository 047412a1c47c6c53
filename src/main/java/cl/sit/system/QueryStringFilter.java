package cl.sit.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads a parameter, a query string that cannot be read as intended: a broken escape
 * ({@code %zz}), bytes that are not UTF-8, a parameter without a name ({@code ?=x}) or a control character (NUL
 * among them) in a name or value. A 400 {@code InvalidQuery}: Tomcat would otherwise drop or fail such a parameter
 * deep inside a handler, and PostGIS refuses NUL where H2 stores it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class QueryStringFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String problem = problem(request.getQueryString());
        if (problem != null) {
            ErrorCode.INVALID_QUERY
                    .error("La cadena de consulta no es válida: " + problem)
                    .write(response, 400);
            return;
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with {@code query}, in Spanish, or null when every parameter reads cleanly. */
    static String problem(String query) {
        if (query == null || query.isEmpty()) {
            return null;
        }
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq == 0) {
                return "hay un parámetro sin nombre";
            }
            String name = eq < 0 ? pair : pair.substring(0, eq);
            for (String part : eq < 0 ? new String[] {name} : new String[] {name, pair.substring(eq + 1)}) {
                String text = decode(part);
                if (text == null) {
                    return "escape '%' mal formado o texto que no es UTF-8";
                }
                if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
                    return "contiene caracteres de control (por ejemplo U+0000), que no se admiten";
                }
            }
        }
        return null;
    }

    /** Percent-decodes {@code part} as strict UTF-8 ({@code +} is a space), or null when it cannot be. */
    private static String decode(String part) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(part.length());
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '%') {
                if (i + 2 >= part.length()
                        || Character.digit(part.charAt(i + 1), 16) < 0
                        || Character.digit(part.charAt(i + 2), 16) < 0) {
                    return null;
                }
                bytes.write(Integer.parseInt(part, i + 1, i + 3, 16));
                i += 2;
            } else if (c > 0x7f) {
                return null;
            } else {
                bytes.write(c == '+' ? ' ' : c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
