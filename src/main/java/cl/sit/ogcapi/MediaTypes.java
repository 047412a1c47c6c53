package cl.sit.ogcapi;

import org.springframework.http.MediaType;

/** Media types of the OGC API encodings. */
final class MediaTypes {

    static final String GEO_JSON_VALUE = "application/geo+json";
    static final MediaType GEO_JSON = MediaType.parseMediaType(GEO_JSON_VALUE);
    static final String OPENAPI_JSON_VALUE = "application/vnd.oai.openapi+json;version=3.0";
    static final MediaType OPENAPI_JSON = MediaType.parseMediaType(OPENAPI_JSON_VALUE);
    static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    static final String HTML = MediaType.TEXT_HTML_VALUE;

    private MediaTypes() {}
}
