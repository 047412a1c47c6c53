package cl.sit.http;

import cl.sit.crs.ServedCrs;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerGenerations;
import cl.sit.system.SignedIn;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * HTTP caching of the collections and their features. A response's ETag is a hash of what decides its content:
 * the generations of the layers it shows ({@link LayerGenerations}), the normalised query string, the inputs of
 * content negotiation ({@code f}, else {@code Accept}), the base URL, and, for the items of an editable layer, who
 * is asking (the communes they may see and their user name). It is computed, and {@code If-None-Match} answered
 * with a 304, before any feature is queried; nothing is buffered.
 *
 * <p>These ETags are weak ({@code W/"…"}): the same content goes gzip-compressed to clients that accept it, so its
 * bytes differ by {@code Accept-Encoding}, and Tomcat compresses no response with a strong ETag (it sent the
 * national communes, 2.7 MB, uncompressed). {@code If-None-Match} compares weakly, so revalidation is unchanged.
 * Two validators stay strong, as {@code If-Match} compares strongly: an editable feature's version
 * ({@link #editableItem}), and tiles, which Tomcat does not compress.
 *
 * <p>{@code Cache-Control}: always {@code no-cache} (a cache may keep the response but must revalidate it, which
 * costs one primary-key lookup), so an edit is visible at once; {@code private} when the request carries
 * credentials or a session, else {@code public}. Responses that differ per user (editable layers, and single
 * features whose visibility depends on the user) vary by {@code Authorization} and {@code Cookie}, as do HTML pages,
 * whose header names the signed-in user (their ETag includes who and the session's token). Errors carry
 * none of this (see the error handler: {@code no-store}).
 */
@Component
public class HttpCaching {

    /** The OGC API Part 2 query parameter that picks the response CRS (an ETag varies with it). */
    private static final String CRS_PARAMETER = "crs";

    private static final List<String> VARY_FORMAT = List.of(HttpHeaders.ACCEPT);
    private static final List<String> VARY_USER =
            List.of(HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE);

    private final LayerGenerations generations;

    HttpCaching(LayerGenerations generations) {
        this.generations = generations;
    }

    /**
     * {@code /collections}: every layer's generation (a new or changed layer changes the list) and, as the extents
     * of editable layers cover only what the reader may see, who is asking ({@code owners} per editable layer).
     */
    public Cached collections(HttpServletRequest request, List<Layer> layers, Map<String, Set<String>> owners) {
        Map<String, LayerGenerations.Generation> all = generations.all();
        StringBuilder tokens = new StringBuilder();
        StringBuilder audience = new StringBuilder();
        for (Layer l : layers) {
            LayerGenerations.Generation g = all.get(l.id());
            tokens.append(l.id())
                    .append('=')
                    .append(g == null ? "0" : g.token())
                    .append(';');
            if (l.editable()) {
                audience.append(l.id())
                        .append(':')
                        .append(audience(owners.get(l.id())))
                        .append(';');
            }
        }
        return cached(
                request,
                "collections",
                tokens.toString(),
                audience.toString(),
                audience.isEmpty() ? VARY_FORMAT : VARY_USER);
    }

    /**
     * One vector tile ({@code tile} is {@code z/x/y}) at {@code generation}, the layer's generation it was (or will
     * be) read at; {@code owners} as given to the tile query (null: no restriction). A tile has one encoding, so
     * content negotiation is not part of its key.
     */
    public Cached tile(
            HttpServletRequest request,
            Layer layer,
            String tile,
            Set<String> owners,
            LayerGenerations.Generation generation) {
        String audience = layer.editable() ? audience(owners) : "";
        String key = String.join("\n", "tile:" + tile, layer.id() + "=" + generation.token(), query(request), audience);
        return new Cached("\"" + hash(key) + "\"", cacheControl(request), layer.editable() ? VARY_USER : List.of());
    }

    /**
     * A layer's TileJSON document (its bounds follow the data the reader may see, {@code owners}; its URLs the base
     * URL).
     */
    public Cached tileJson(HttpServletRequest request, Layer layer, Set<String> owners) {
        return perReader(request, "tilejson", layer, owners);
    }

    /** {@code /collections/{id}} (its extent follows the data the reader may see, {@code owners}). */
    public Cached collection(HttpServletRequest request, Layer layer, Set<String> owners) {
        return perReader(request, "collection", layer, owners);
    }

    private Cached perReader(HttpServletRequest request, String resource, Layer layer, Set<String> owners) {
        String audience = layer.editable() ? audience(owners) : "";
        return cached(request, resource, token(layer), audience, layer.editable() ? VARY_USER : VARY_FORMAT);
    }

    /**
     * {@code /collections/{id}/queryables}: it follows the layer's schema, which only changes with a new generation
     * (a layer is registered with one and its schema is never edited), like {@code /collections/{id}}.
     */
    public Cached queryables(HttpServletRequest request, Layer layer) {
        return cached(request, "queryables", token(layer), "", VARY_FORMAT);
    }

    /**
     * {@code /api/layers/{id}/label-points} of a read-only layer at {@code generation}, the layer's generation read
     * before its features.
     */
    public Cached labelPoints(HttpServletRequest request, Layer layer, LayerGenerations.Generation generation) {
        return cached(request, "label-points", layer.id() + "=" + generation.token(), "", VARY_FORMAT);
    }

    /** {@code /collections/{id}/items}; {@code owners} as given to the query (null: no restriction). */
    public Cached items(HttpServletRequest request, Layer layer, Set<String> owners) {
        return perReader(request, "items", layer, owners);
    }

    /** One feature of a read-only layer. */
    public Cached item(HttpServletRequest request, Layer layer, String featureId) {
        return cached(request, "item:" + featureId, token(layer), "", VARY_FORMAT);
    }

    /**
     * One feature of an editable layer, already found visible to the caller: its ETag stays its version (what
     * {@code If-Match} expects) for the GeoJSON encoding in the stored CRS, and is the version plus a hash for any
     * other encoding or {@code crs}.
     */
    public Cached editableItem(HttpServletRequest request, Layer layer, Object version) {
        String f = request.getParameter("f");
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        boolean geoJson = f != null ? f.equals("json") : accept == null || !accept.contains("html");
        String crs = request.getParameter(CRS_PARAMETER);
        boolean stored = crs == null || crs.equals(ServedCrs.CRS84.uri());
        String etag = geoJson && stored
                ? "\"" + version + "\""
                : "\"" + version + "-"
                        + hash(representation(request) + "\n" + crs + "\n" + base() + "\n" + page(request))
                                .substring(0, 12)
                        + "\"";
        return new Cached(etag, cacheControl(request), VARY_USER);
    }

    private String token(Layer layer) {
        return layer.id() + "=" + generations.of(layer.id()).token();
    }

    private Cached cached(
            HttpServletRequest request, String resource, String layers, String audience, List<String> vary) {
        String page = page(request);
        String key =
                String.join("\n", resource, layers, query(request), representation(request), base(), audience, page);
        return new Cached("W/\"" + hash(key) + "\"", cacheControl(request), page.isEmpty() ? vary : VARY_USER);
    }

    /**
     * For an HTML representation, whose header names the signed-in user and carries the session's CSRF token for
     * the sign-out ({@link SignedIn}): both, so that a page cached for an anonymous visitor (or for an earlier
     * session) is never revalidated for another. Empty for other representations.
     */
    private static String page(HttpServletRequest request) {
        if (!representation(request).contains("html")) {
            return "";
        }
        SignedIn who = SignedIn.current();
        return "page=" + (who.present() ? who.user() + ":" + hash(String.valueOf(who.csrfToken())) : "");
    }

    private static CacheControl cacheControl(HttpServletRequest request) {
        CacheControl c = CacheControl.noCache();
        return personal(request) ? c.cachePrivate() : c.cachePublic();
    }

    /** True when the request carries credentials or a session: its response is for this user only. */
    private static boolean personal(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getRequestedSessionId() != null
                || SignedIn.userName() != null;
    }

    private static String audience(Set<String> owners) {
        String user = SignedIn.userName();
        return "owners=" + (owners == null ? "*" : String.join(",", new TreeSet<>(owners))) + ";user="
                + (user == null ? "" : user);
    }

    /** The query parameters sorted by name (values in their order), so equivalent URLs share a key. */
    private static String query(HttpServletRequest request) {
        StringBuilder out = new StringBuilder();
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String v : values) {
                out.append(name.length())
                        .append(':')
                        .append(name)
                        .append('=')
                        .append(v.length())
                        .append(':')
                        .append(v)
                        .append('&');
            }
        });
        return out.toString();
    }

    /** What content negotiation decides from: {@code f} when given (it wins), else the Accept headers. */
    private static String representation(HttpServletRequest request) {
        String f = request.getParameter("f");
        if (f != null) {
            return "f=" + f;
        }
        List<String> accept = Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        return "accept=" + String.join(",", accept);
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The validator and cache policy of one response. */
    public record Cached(String etag, CacheControl cacheControl, List<String> vary) {

        /**
         * True when an {@code If-None-Match} of the request names this ETag (weak comparison, as RFC 9110 asks).
         * {@code *} is ignored: it is checked before we know the resource exists, and a 200 is always correct.
         */
        public boolean notModified(HttpServletRequest request) {
            ETag current = ETag.create(etag);
            for (String header : Collections.list(request.getHeaders(HttpHeaders.IF_NONE_MATCH))) {
                for (ETag candidate : ETag.parse(header)) {
                    if (!candidate.isWildcard() && candidate.compare(current, false)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** A 304 with the validator and policy when the client's copy is current; else 200 with the body. */
        public <T> ResponseEntity<T> answer(HttpServletRequest request, Supplier<T> body) {
            return answer(request, null, body);
        }

        /** As {@link #answer(HttpServletRequest, Supplier)}, the body in {@code type} (null: as negotiated). */
        public <T> ResponseEntity<T> answer(HttpServletRequest request, MediaType type, Supplier<T> body) {
            if (notModified(request)) {
                return headers(ResponseEntity.status(HttpStatus.NOT_MODIFIED)).build();
            }
            ResponseEntity.BodyBuilder ok = headers(ResponseEntity.ok());
            return (type == null ? ok : ok.contentType(type)).body(body.get());
        }

        /** The validator, the policy and {@code Vary} set on a response being built. */
        public ResponseEntity.BodyBuilder headers(ResponseEntity.BodyBuilder builder) {
            builder.eTag(etag).cacheControl(cacheControl);
            return vary.isEmpty() ? builder : builder.varyBy(vary.toArray(String[]::new));
        }
    }
}
