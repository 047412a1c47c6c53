package cl.sit.system;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * One hostile request, sent byte for byte over a socket. The request target is written as ISO-8859-1, so a
 * character from U+0080 to U+00FF in {@code target} is one raw byte on the wire (how bytes that are not UTF-8 are
 * sent). {@code refuse}: the request must be refused with a 4xx (otherwise a 2xx is also acceptable).
 */
record HostileRequest(
        String name,
        String method,
        String target,
        List<String> headers,
        byte[] body,
        String credentials,
        boolean refuse) {

    static final String ADMIN = "admin:" + AbstractHostileInputIT.ADMIN_PASSWORD;

    static HostileRequest get(String name, String target) {
        return new HostileRequest(name, "GET", target, List.of(), new byte[0], null, false);
    }

    /** A request with a body sent by the admin, who may write everywhere, so a refusal is the input's fault. */
    static HostileRequest write(String name, String method, String target, String contentType, byte[] body) {
        return new HostileRequest(name, method, target, List.of("Content-Type: " + contentType), body, ADMIN, true);
    }

    static HostileRequest write(String name, String method, String target, String contentType, String body) {
        return write(name, method, target, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static HostileRequest json(String name, String method, String target, String body) {
        return write(name, method, target, "application/json", body);
    }

    /** A multipart form whose parts are given whole: their headers (CRLF-separated) and content. */
    static HostileRequest multipart(String name, String target, String partHeaders, byte[] content) {
        String boundary = "sit-hostile-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (partHeaders != null) {
            body.writeBytes(
                    ("--" + boundary + "\r\n" + partHeaders + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return write(name, "POST", target, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    HostileRequest refused() {
        return new HostileRequest(name, method, target, headers, body, credentials, true);
    }

    /** A 2xx is also a good answer (the helper owning the item decides between accepting and refusing). */
    HostileRequest lenient() {
        return new HostileRequest(name, method, target, headers, body, credentials, false);
    }

    HostileRequest header(String header) {
        List<String> all = new ArrayList<>(headers);
        all.add(header);
        return new HostileRequest(name, method, target, all, body, credentials, refuse);
    }

    boolean asksForHtml() {
        return headers.stream().anyMatch(h -> h.toLowerCase().startsWith("accept:") && h.contains("text/html"));
    }

    /** Request line and headers; an Accept header for JSON unless the case sets its own. */
    byte[] head() {
        StringBuilder head =
                new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n");
        if (headers.stream().noneMatch(h -> h.toLowerCase().startsWith("accept:"))) {
            head.append("Accept: application/json\r\n");
        }
        for (String h : headers) {
            head.append(h).append("\r\n");
        }
        if (credentials != null) {
            head.append("Authorization: Basic ")
                    .append(Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                    .append("\r\n");
        }
        return head.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return name;
    }
}
