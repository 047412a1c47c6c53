package cl.sit.territory;

import cl.sit.analysis.GeodesicMeasure;
import cl.sit.analysis.Polygons;
import cl.sit.analysis.ValidityErrors;
import cl.sit.geojson.GeoJsonReader;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.system.ErrorCode;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.geojson.GeoJsonObject;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/** Creates and reads custom territories, validating everything before anything is written. */
@Component
public class CustomTerritories implements CustomTerritoryStore {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    /**
     * Codes no custom territory may take: the pages SIT serves at {@code /territorios/<code>} itself, which would
     * hide the territory's profile there (a literal route wins over {@code /territorios/{code}}). Every literal
     * route under {@code /territorios/} must be listed here (a test checks it against the routes).
     */
    public static final Set<String> PAGE_CODES = Set.of("homogeneos");

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final ObjectMapper json;
    private final UnitShares unitShares;

    CustomTerritories(JdbcTemplate jdbc, SqlFiles sql, ObjectMapper json, UnitShares unitShares) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.json = json;
        this.unitShares = unitShares;
    }

    @Override
    @Transactional
    public CustomTerritory create(CustomTerritoryRequest request, String user) {
        String name = required(request.nombre());
        boolean byCommunes = request.comunas() != null;
        if (byCommunes == (request.geometria() != null && !request.geometria().isNull())) {
            throw ErrorCode.INVALID_BODY.exception(
                    "Indique 'comunas' (lista de códigos CUT) o 'geometria' (polígono GeoJSON), uno de los dos");
        }
        String code = code(request.codigo(), name);
        Map<String, Double> weights;
        MultiPolygon zone = null;
        if (byCommunes) {
            weights = communeSet(request.comunas());
        } else {
            zone = zone(request.geometria());
            weights = CommuneWeights.of(zone, communeGeometries());
            if (weights.isEmpty()) {
                throw ErrorCode.OUTSIDE_COMMUNES.exception("El polígono no cubre ninguna comuna");
            }
        }
        Map<String, Double> areas = communeAreas();
        double area = weights.entrySet().stream()
                .mapToDouble(e -> areas.get(e.getKey()) * e.getValue())
                .sum();
        jdbc.update(
                sql.get(CustomTerritories.class, "insert-custom-territory"),
                code,
                name,
                request.descripcion(),
                byCommunes ? "comunas" : "poligono",
                area,
                user,
                zone == null ? null : Wkb.write(zone));
        List<Object[]> rows = new ArrayList<>();
        weights.forEach((cut, w) -> rows.add(new Object[] {code, cut, w}));
        jdbc.batchUpdate(sql.get(CustomTerritories.class, "insert-custom-member"), rows);
        unitShares.addCustom(jdbc, code);
        return find(code).orElseThrow();
    }

    @Override
    public List<CustomTerritory> all() {
        List<String> codes = jdbc.queryForList(sql.get(CustomTerritories.class, "select-custom-codes"), String.class);
        return codes.stream().map(c -> find(c).orElseThrow()).toList();
    }

    /** The communes of custom territory {@code code} with their weights, by CUT (none for an unknown code). */
    public List<CustomTerritory.Member> members(String code) {
        return jdbc.query(
                sql.get(CustomTerritories.class, "select-custom-members"),
                (rs, i) -> new CustomTerritory.Member(rs.getString(1), rs.getString(2), rs.getDouble(3)),
                code);
    }

    @Override
    public Optional<CustomTerritory> find(String code) {
        List<CustomTerritory.Member> members = members(code);
        return jdbc
                .query(
                        sql.get(CustomTerritories.class, "select-custom-territory"),
                        (rs, i) -> new CustomTerritory(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getDouble(5),
                                members,
                                rs.getString(6),
                                rs.getObject(7, OffsetDateTime.class)),
                        code)
                .stream()
                .findFirst();
    }

    private Map<String, Double> communeSet(List<String> cuts) {
        if (cuts.isEmpty()) {
            throw ErrorCode.INVALID_BODY.exception("La lista de comunas está vacía");
        }
        Map<String, Double> areas = communeAreas();
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String cut : new LinkedHashSet<>(cuts)) {
            if (cut == null || !areas.containsKey(cut)) {
                throw ErrorCode.UNKNOWN_COMMUNE.exception("No existe la comuna con código CUT '" + cut + "'");
            }
            weights.put(cut, 1.0);
        }
        return weights;
    }

    private MultiPolygon zone(tools.jackson.databind.JsonNode geometry) {
        Geometry g;
        try {
            g = GeoJsonReader.toJts(json.treeToValue(geometry, GeoJsonObject.class));
        } catch (RuntimeException e) {
            throw ErrorCode.UNREADABLE_GEOMETRY.exception("'geometria' no es una geometría GeoJSON válida");
        }
        if (g == null
                || !(g.getGeometryType().equals("Polygon")
                        || g.getGeometryType().equals("MultiPolygon"))) {
            throw ErrorCode.INVALID_GEOMETRY_TYPE.exception("'geometria' debe ser Polygon o MultiPolygon");
        }
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error != null) {
            throw ErrorCode.INVALID_GEOMETRY.exception(String.format(
                    Locale.ROOT,
                    "Geometría no válida: %s en (%.6f, %.6f)",
                    ValidityErrors.spanish(error),
                    error.getCoordinate().x,
                    error.getCoordinate().y));
        }
        if (GeodesicMeasure.areaM2(g) <= 0) {
            throw ErrorCode.INVALID_GEOMETRY.exception("El polígono no tiene área");
        }
        return Polygons.asMultiPolygon(g);
    }

    private Map<String, Geometry> communeGeometries() {
        Map<String, Geometry> out = new LinkedHashMap<>();
        jdbc.query(sql.get(CustomTerritories.class, "select-commune-geometries"), rs -> {
            out.put(rs.getString(1), Wkb.read(rs.getBytes(2)));
        });
        return out;
    }

    private Map<String, Double> communeAreas() {
        Map<String, Double> out = new LinkedHashMap<>();
        jdbc.query(sql.get(CustomTerritories.class, "select-commune-areas"), rs -> {
            out.put(rs.getString(1), rs.getDouble(2));
        });
        return out;
    }

    private String code(String given, String name) {
        String code = given != null ? given : slug(name);
        if (!CODE.matcher(code).matches() || code.chars().allMatch(Character::isDigit)) {
            throw ErrorCode.INVALID_CODE.exception("'codigo' debe tener 2 a 40 letras minúsculas, dígitos o "
                    + "guiones, y al menos una letra (los códigos numéricos son CUT)");
        }
        if (PAGE_CODES.contains(code)) {
            throw ErrorCode.RESERVED_CODE.exception("El código '" + code + "' está reservado: /territorios/"
                    + code + " es una página de SIT; indique otro 'codigo'"
                    + (given == null ? " (se forma del nombre si no se indica)" : ""));
        }
        Integer taken = jdbc.queryForObject(sql.get(CustomTerritories.class, "count-custom-code"), Integer.class, code);
        if (taken != null && taken > 0) {
            throw ErrorCode.DUPLICATE_CODE.exception("Ya existe un territorio con el código '" + code + "'");
        }
        return code;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-$", "") : slug;
    }

    private static String required(String name) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ErrorCode.INVALID_BODY.exception("'nombre' es obligatorio (hasta 200 caracteres)");
        }
        return name.strip();
    }
}
