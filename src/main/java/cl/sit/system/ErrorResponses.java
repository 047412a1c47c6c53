package cl.sit.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** The one error shape written by servlet filters, which answer before any controller advice can. */
final class ErrorResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ErrorResponses() {}

    static void write(HttpServletResponse response, HttpStatus status, String code, String description)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(JSON.writeValueAsBytes(new ApiError(code, description)));
    }
}
