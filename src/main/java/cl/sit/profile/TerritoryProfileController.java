package cl.sit.profile;

import cl.sit.system.ApiException;
import cl.sit.system.CsvDownload;
import cl.sit.system.ErrorCode;
import cl.sit.system.RenamedParameters.Accepts;
import cl.sit.system.RenamedParameters.Group;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Territory profiles as JSON or CSV ({@code f=csv}): {@code GET /api/territories/{code}/profile} and the projects
 * ranked by their amount in the territory, {@code GET /api/territories/{code}/projects}. {@code code} is a CUT
 * (commune, province, region) or a custom territory code; parameters in {@link ProfileQuery}.
 */
@RestController
class TerritoryProfileController {

    private final ProfileData profiles;

    TerritoryProfileController(ProfileData profiles) {
        this.profiles = profiles;
    }

    @Accepts(Group.PERIOD)
    @GetMapping(
            value = "/api/territories/{code}/profile",
            produces = {"application/json", "text/csv"})
    ResponseEntity<?> profile(@PathVariable String code, HttpServletRequest request) {
        ProfileQuery q = ProfileQuery.parse(request.getParameterMap(), Set.of("f", CsvDownload.PARAMETER));
        CsvDownload.Form form = CsvDownload.Form.of(request.getParameter(CsvDownload.PARAMETER));
        TerritoryProfile profile = profiles.find(code, q).orElseThrow(() -> notFound(code));
        if (q.csv()) {
            return CsvDownload.attachment(
                    "ficha-" + profile.codigo() + "-" + q.from() + "-" + q.to() + ".csv",
                    ProfileCsv.profile(form, profile));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(profile);
    }

    @Accepts(Group.PERIOD)
    @GetMapping(
            value = "/api/territories/{code}/projects",
            produces = {"application/json", "text/csv"})
    ResponseEntity<?> projects(@PathVariable String code, HttpServletRequest request) {
        ProfileQuery q = ProfileQuery.parse(request.getParameterMap(), Set.of("f", "limit", CsvDownload.PARAMETER));
        CsvDownload.Form form = CsvDownload.Form.of(request.getParameter(CsvDownload.PARAMETER));
        List<TopProject> projects = profiles.projects(code, q).orElseThrow(() -> notFound(code));
        if (q.csv()) {
            return CsvDownload.attachment(
                    "proyectos-" + code + "-" + q.from() + "-" + q.to() + ".csv", ProfileCsv.projects(form, projects));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(projects);
    }

    static ApiException notFound(String code) {
        return ErrorCode.TERRITORY_NOT_FOUND.exception("No existe el territorio '" + code
                + "' (use un código CUT de comuna, provincia o región, o el código de un territorio personalizado)");
    }
}
