package cl.sit.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The API's error handler, error page and {@code Cache-Control: no-store} on errors, for {@code @WebMvcTest} slices in
 * other packages (all package-private here): a slice then answers errors with the same {@code {code, description}}
 * body and headers as the application.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ApiExceptionHandler.class, ErrorPage.class, ErrorsNotStored.class})
public class ApiErrorsSlice {}
