package cl.sit.mapsheet;

import cl.sit.system.RenamedParameters.Accepts;
import cl.sit.system.RenamedParameters.Group;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/map/sheet}: the view as a PNG or a one-page PDF sheet (see {@link SheetRequest}). */
@RestController
class MapSheetController {

    private final MapSheets sheets;

    MapSheetController(MapSheets sheets) {
        this.sheets = sheets;
    }

    @Accepts(Group.MAP_SHEET)
    @GetMapping(
            value = "/api/map/sheet",
            produces = {MediaType.IMAGE_PNG_VALUE, MediaType.APPLICATION_PDF_VALUE, MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<byte[]> sheet(HttpServletRequest request) {
        SheetRequest r = SheetRequest.parse(request.getParameterMap());
        byte[] body = sheets.draw(r);
        String name = "mapa-" + r.paper().name().toLowerCase(java.util.Locale.ROOT) + (r.pdf() ? ".pdf" : ".png");
        return ResponseEntity.ok()
                .contentType(r.pdf() ? MediaType.APPLICATION_PDF : MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }
}
