package cl.sit.web;

import cl.sit.system.ApiSlice;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * A {@code @WebMvcTest} slice of SIT's HTML pages: the {@link ApiSlice} (JSON settings, the {@code {code,
 * description}} errors and the Spanish error page) with the Thymeleaf templates and what the shared header needs
 * ({@link PageModel}). Only the page controllers and in-memory stores a test imports; no security filters unless it
 * also imports {@code SecurityWithoutAccountsSlice}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApiSlice
@Import(PageModel.class)
public @interface PageSlice {}
