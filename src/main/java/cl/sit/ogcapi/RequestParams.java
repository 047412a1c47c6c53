package cl.sit.ogcapi;

import cl.sit.system.ApiException;
import jakarta.servlet.http.HttpServletRequest;

/** Checks of query parameters shared by the OGC API resources. */
final class RequestParams {

    private RequestParams() {}

    /** Resources other than items take no parameter but {@code f}; anything else is a 400. */
    static void onlyFormat(HttpServletRequest request) {
        for (String name : request.getParameterMap().keySet()) {
            if (!name.equals("f")) {
                throw ApiException.badRequest("InvalidParameter",
                        "Parámetro desconocido '" + name + "'; este recurso solo acepta f=json|html");
            }
        }
    }
}
