package cl.sit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny real-HTTP client for tests against the running application. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;

    public Http(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    /** GET with an Accept header; {@code pathOrUrl} may be absolute (as found in links). */
    public HttpResponse<String> get(String pathOrUrl, String accept) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", accept)
                .GET()
                .build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return get(pathOrUrl, "application/json");
    }

    /** GET expecting 200 and a JSON body. */
    public JsonNode json(String pathOrUrl) {
        HttpResponse<String> r = get(pathOrUrl);
        if (r.statusCode() != 200) {
            throw new AssertionError("GET " + pathOrUrl + " gave " + r.statusCode() + ": " + r.body());
        }
        return parse(r.body());
    }

    public static JsonNode parse(String body) {
        return JSON.readTree(body);
    }

    /**
     * Sends any request. {@code credentials} is {@code user:password} for HTTP Basic, or null for an anonymous
     * request; {@code headers} are name, value pairs (an {@code Accept} among them replaces the default JSON one).
     */
    public HttpResponse<String> send(
            String method, String pathOrUrl, String body, String contentType, String credentials, String... headers) {
        String url = pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl;
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        boolean accept = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            accept |= headers[i].equalsIgnoreCase("Accept");
        }
        if (!accept) {
            b.header("Accept", "application/json");
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        authorize(b, credentials);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return execute(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Uploads {@code file} as form field {@code field} (multipart/form-data) with HTTP Basic credentials. */
    public HttpResponse<String> upload(String path, String field, String filename, byte[] file, String credentials) {
        String boundary = "sit-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        body.writeBytes(head);
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        authorize(b, credentials);
        return execute(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET returning the body as bytes (downloads). */
    public HttpResponse<byte[]> bytes(String path, String credentials) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        authorize(b, credentials);
        return execute(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void authorize(HttpRequest.Builder b, String credentials) {
        if (credentials != null) {
            b.header(
                    "Authorization",
                    "Basic "
                            + java.util.Base64.getEncoder()
                                    .encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    private static <T> HttpResponse<T> execute(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
