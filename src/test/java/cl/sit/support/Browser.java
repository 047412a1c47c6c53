package cl.sit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A browser as far as SIT's session matters: keeps cookies, signs in through the form of {@code /login} with the
 * page's CSRF field, and sends JSON with or without the {@code X-XSRF-TOKEN} header read from its cookie.
 */
public final class Browser {

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public Browser(String base) {
        this.base = base;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** Opens the sign-in page and posts the form; returns the answer to the post (302 when it went well). */
    public HttpResponse<String> signIn(String username, String password) {
        String page =
                send(HttpRequest.newBuilder(URI.create(base + "/login")).GET()).body();
        String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A JSON request; {@code token} is sent as {@code X-XSRF-TOKEN} when not null; {@code headers} are pairs. */
    public HttpResponse<String> json(String method, String path, String body, String token, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("X-XSRF-TOKEN", token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** The CSRF token of the session, as the page's scripts read it. */
    public String token() {
        return cookie("XSRF-TOKEN").orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"));
    }

    /** Sets (or replaces) a cookie, as a page of another subdomain could. */
    public void plant(String name, String value) {
        HttpCookie c = new HttpCookie(name, value);
        c.setPath("/");
        c.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), c);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
