package cl.sit.system;

import org.springframework.core.MethodParameter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every error that Spring MVC writes (status 400 or above, whichever handler or controller answered: the error
 * shape, a rejected input's list of problems, an editing conflict, a Spanish error page, {@code /error}) carries
 * {@code Cache-Control: no-store}, as docs/api.md promises: an error is never kept by a cache, whatever the
 * handler set. Responses written outside Spring MVC (filters, Tomcat's valve) get it from {@link ApiError#write}
 * and {@link JsonErrorValve}.
 */
@ControllerAdvice
class ErrorsNotStored implements ResponseBodyAdvice<Object> {

    private static final String NO_STORE = CacheControl.noStore().getHeaderValue();

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (response instanceof ServletServerHttpResponse servlet
                && servlet.getServletResponse().getStatus() >= 400) {
            response.getHeaders().setCacheControl(NO_STORE);
        }
        return body;
    }
}
