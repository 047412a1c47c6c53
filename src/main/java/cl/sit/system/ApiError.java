package cl.sit.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON body of every error response: {@code {"code": "...", "description": "..."}}. */
public record ApiError(String code, String description) {

    /**
     * The error for a bare status, for failures that reach no handler of SIT (refused by Tomcat or the security
     * firewall, or forwarded to {@code /error}).
     */
    public static ApiError forStatus(int status) {
        return switch (status) {
            case 400 ->
                ErrorCode.INVALID_REQUEST.error("La petición no es válida: la línea de petición, la ruta, los "
                        + "parámetros o las cabeceras están mal formados o son demasiado grandes");
            case 401 -> ErrorCode.UNAUTHORIZED.error("Se requiere autenticación: ingrese con un usuario de SIT");
            case 403 -> ErrorCode.FORBIDDEN.error("Su usuario no tiene permiso para esta operación");
            case 404 -> ErrorCode.NOT_FOUND.error("No existe el recurso pedido");
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED.error("Método no permitido en este recurso");
            case 406 -> ErrorCode.NOT_ACCEPTABLE.error("Formato no disponible; pida application/json o text/html");
            case 408 -> ErrorCode.REQUEST_TIMEOUT.error("La petición tardó demasiado en llegar completa");
            case 411 -> ErrorCode.LENGTH_REQUIRED.error("Falta el largo del cuerpo (Content-Length)");
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE.error("El cuerpo de la petición supera el tamaño máximo admitido");
            case 414 -> ErrorCode.URI_TOO_LONG.error("La dirección (URL) de la petición es demasiado larga");
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE.error("Tipo de contenido no admitido");
            case 431 -> ErrorCode.HEADERS_TOO_LARGE.error("Las cabeceras de la petición son demasiado grandes");
            default ->
                status < 500
                        ? ErrorCode.INVALID_REQUEST.error("La petición no es válida")
                        : ErrorCode.INTERNAL_ERROR.error(
                                "Error interno del servidor; el detalle quedó en el registro del servidor");
        };
    }

    /** Writes this error as the whole response, for code that runs outside Spring MVC (filters, valves). */
    public void write(HttpServletResponse response, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        JsonMapper.shared().writeValue(response.getOutputStream(), this);
    }
}
