package cl.sit.ogcapi;

import cl.sit.system.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** Checks of query parameters shared by the OGC API resources. */
final class RequestParams {

    private RequestParams() {}

    /** Resources other than items take no parameter but {@code f}; anything else is a 400. */
    static void onlyFormat(HttpServletRequest request) {
        only(request, Set.of("f"));
    }

    /** Resources that take only the parameters {@code allowed}; anything else is a 400. */
    static void only(HttpServletRequest request, Set<String> allowed) {
        for (String name : request.getParameterMap().keySet()) {
            if (!allowed.contains(name)) {
                throw ErrorCode.INVALID_PARAMETER.exception("Parámetro desconocido '" + name
                        + "'; este recurso solo acepta "
                        + (allowed.isEmpty() ? "ninguno" : allowed.size() == 1 ? "f=json|html" : allowed));
            }
        }
    }
}
