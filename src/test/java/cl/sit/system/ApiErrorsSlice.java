package cl.sit.system;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The API's error handler and error page, for {@code @WebMvcTest} slices in other packages (both are package-private
 * here): a slice then answers errors with the same {@code {code, description}} body as the application.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ApiExceptionHandler.class, ErrorPage.class})
public class ApiErrorsSlice {}
