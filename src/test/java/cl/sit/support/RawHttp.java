package cl.sit.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for requests {@link java.net.http.HttpClient} refuses to send: bytes that are not
 * UTF-8, malformed request lines, oversized headers, unknown methods, bodies shorter than their Content-Length.
 * One request per connection ({@code Connection: close}); the answer is read to the end of the stream.
 */
public final class RawHttp {

    /** A response: status, headers (lower-case names), body decoded from chunks, and the time it took. */
    public record Response(int status, Map<String, String> headers, byte[] body, long millis) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /**
     * Sends {@code head} (request line and headers, each ending in CRLF, without the blank line; {@code Host} and
     * {@code Connection: close} are added) and then {@code body}; a Content-Length is added when the head has none.
     */
    public Response send(byte[] head, byte[] body, int timeoutMillis) {
        long start = System.nanoTime();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(timeoutMillis);
            OutputStream out = socket.getOutputStream();
            String headText = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
            StringBuilder extra = new StringBuilder("Host: localhost:" + port + "\r\nConnection: close\r\n");
            if (!headText.contains("\ncontent-length:") && body.length > 0) {
                extra.append("Content-Length: ").append(body.length).append("\r\n");
            }
            // The whole head in one write: Tomcat may refuse a bad request line and close before a second write.
            java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
            whole.write(head);
            whole.write((extra + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            try {
                out.write(whole.toByteArray());
                out.write(body);
                out.flush();
            } catch (SocketException e) {
                // The server may answer and close before reading the whole request (413, 400): read what it said.
            }
            byte[] raw = socket.getInputStream().readAllBytes();
            return parse(raw, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("No answer from the server", e);
        }
    }

    private static Response parse(byte[] raw, long millis) throws IOException {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (end < 0) {
            throw new IOException("Not an HTTP response: " + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = unchunk(new java.io.ByteArrayInputStream(body));
        }
        return new Response(status, headers, body, millis);
    }

    private static byte[] unchunk(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (true) {
            StringBuilder size = new StringBuilder();
            int c;
            while ((c = in.read()) != '\n') {
                if (c < 0) {
                    return out.toByteArray();
                }
                if (c != '\r') {
                    size.append((char) c);
                }
            }
            int n = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
            if (n == 0) {
                return out.toByteArray();
            }
            out.write(in.readNBytes(n));
            in.readNBytes(2);
        }
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        for (int i = 0; i + pattern.length <= data.length; i++) {
            if (java.util.Arrays.equals(data, i, i + pattern.length, pattern, 0, pattern.length)) {
                return i;
            }
        }
        return -1;
    }
}
