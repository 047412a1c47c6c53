package cl.sit.ogcapi;

import cl.sit.geojson.GeoJsonWriter;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@link FeatureCollectionPage} and {@link FeaturePage} as GeoJSON, streaming features from the store
 * to the response. Always answers {@code application/geo+json}, also when plain JSON was asked for. Pages carry
 * no {@code timeStamp} (it is optional): the same data must give the same bytes, as their ETag promises.
 */
class GeoJsonConverter extends WriteOnlyConverter<Object> {

    private final JsonMapper mapper;
    private final ItemBodyCache bodies;

    GeoJsonConverter(JsonMapper mapper, ItemBodyCache bodies) {
        super(null, MediaTypes.GEO_JSON, MediaType.APPLICATION_JSON);
        this.mapper = mapper;
        this.bodies = bodies;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return type == FeatureCollectionPage.class || type == FeaturePage.class;
    }

    @Override
    protected void addDefaultHeaders(HttpHeaders headers, Object body, MediaType contentType) throws IOException {
        super.addDefaultHeaders(headers, body, MediaTypes.GEO_JSON);
    }

    @Override
    protected void writeInternal(Object body, HttpOutputMessage output) throws IOException {
        String cacheKey = body instanceof FeaturePage f ? f.cacheKey() : ((FeatureCollectionPage) body).cacheKey();
        KeepingStream out =
                new KeepingStream(output.getBody(), cacheKey == null || !bodies.enabled() ? -1 : bodies.largest());
        try (JsonGenerator g = mapper.createGenerator(out)) {
            if (body instanceof FeatureCollectionPage page) {
                writeCollection(g, page);
            } else {
                writeFeature(g, (FeaturePage) body);
            }
        }
        if (out.bytes() != null) {
            bodies.put(cacheKey, out.bytes());
        }
    }

    private static void writeFeature(JsonGenerator g, FeaturePage page) {
        g.writeStartObject();
        GeoJsonWriter.writeFeatureMembers(g, page.feature());
        writeLinks(g, page.links());
        g.writeEndObject();
    }

    private static void writeCollection(JsonGenerator g, FeatureCollectionPage page) {
        g.writeStartObject();
        g.writeStringProperty("type", "FeatureCollection");
        g.writeName("features");
        g.writeStartArray();
        int returned = page.forEach(f -> GeoJsonWriter.writeFeature(g, f));
        g.writeEndArray();
        g.writeNumberProperty("numberMatched", page.numberMatched());
        g.writeNumberProperty("numberReturned", returned);
        if (page.illustrative()) {
            g.writeBooleanProperty("ilustrativo", true);
        }
        writeLinks(g, page.links());
        g.writeEndObject();
    }

    private static void writeLinks(JsonGenerator g, List<Link> links) {
        g.writeName("links");
        g.writePOJO(links);
    }

    /** Passes bytes on and keeps a copy of them, up to {@code limit} bytes (beyond it, or a negative limit: none). */
    private static final class KeepingStream extends FilterOutputStream {

        private final long limit;
        private ByteArrayOutputStream copy;

        KeepingStream(OutputStream out, long limit) {
            super(out);
            this.limit = limit;
            this.copy = limit < 0 ? null : new ByteArrayOutputStream();
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            if (copy != null) {
                copy.write(b);
                drop();
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            if (copy != null) {
                copy.write(b, off, len);
                drop();
            }
        }

        private void drop() {
            if (copy.size() > limit) {
                copy = null;
            }
        }

        /** The bytes written, or null when they were more than the limit. */
        byte[] bytes() {
            return copy == null ? null : copy.toByteArray();
        }
    }
}
