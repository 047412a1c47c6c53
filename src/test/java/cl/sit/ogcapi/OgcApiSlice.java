package cl.sit.ogcapi;

import cl.sit.http.HttpCaching;
import cl.sit.system.ApiErrorsSlice;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * A {@code @WebMvcTest} slice of the OGC API: only the controllers a test imports, the OGC encodings (GeoJSON, HTML),
 * HTTP caching and the error handler, over the {@link InMemoryLayers} stores. Nothing else of the application is
 * scanned (no database, no seed, no security filters: those are integration concerns). Pages of two items by
 * default, at most five.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
        useDefaultFilters = false,
        properties = {"sit.ogcapi.default-limit=2", "sit.ogcapi.max-limit=5", "sit.ogcapi.item-cache-mb=0"})
@Import({InMemoryLayers.class, OgcApiWebConfig.class, ItemBodyCache.class, HttpCaching.class, ApiErrorsSlice.class})
@interface OgcApiSlice {}
