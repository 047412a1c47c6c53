package cl.sit.system;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/**
 * A {@code @WebMvcTest} slice of SIT's own API: only the controllers and in-memory stores a test imports, with the
 * application's JSON settings and error handling ({@link ApiErrorsSlice}: the same {@code {code,
 * description}} bodies). Nothing else is scanned (no database, no seed). There are no security filters unless the
 * slice imports {@link SecuritySlice} (the application's chain, for the slices that test who may do what).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(useDefaultFilters = false)
@Import({JsonConfig.class, ApiErrorsSlice.class})
public @interface ApiSlice {}
