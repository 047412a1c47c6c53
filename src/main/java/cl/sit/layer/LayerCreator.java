package cl.sit.layer;

import static cl.sit.storage.Identifiers.quote;

import cl.sit.storage.Identifiers;
import cl.sit.storage.SqlFiles;
import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Creates an editable layer: checks its definition, creates its typed table (which QGIS can open directly) with
 * spatial and owner indexes, and registers it. Names reach SQL only after {@link Identifiers} accepted them.
 */
@Component
public class LayerCreator {

    /** Geometry types an editable layer may have (single polygons and lines are stored as multi). */
    public static final List<String> GEOMETRY_TYPES = List.of("Point", "MultiPoint", "MultiLineString", "MultiPolygon");

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{1,40}");
    private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z0-9_]{0,9}");
    private static final Set<String> RESERVED =
            Set.of("id", Layer.OWNER_COLUMN, Layer.VERSION_COLUMN, Layer.ILLUSTRATIVE_COLUMN, Layer.GEOMETRY_COLUMN);

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final LayerRegistry registry;
    private final ObjectMapper json;
    private final LayerGenerations generations;

    LayerCreator(
            JdbcTemplate jdbc, SqlFiles sql, LayerRegistry registry, ObjectMapper json, LayerGenerations generations) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.registry = registry;
        this.json = json;
        this.generations = generations;
    }

    /**
     * Creates the layer and returns it as registered.
     *
     * @throws ApiException 422 when the definition is not valid, 409 when the id or table is taken
     */
    public Layer create(LayerDefinition d, String createdBy) {
        check(d);
        String table = d.table() != null ? d.table() : "capa_" + d.id().replace('-', '_');
        if (!Identifiers.isPlain(table)) {
            throw invalid("El nombre de tabla '" + table + "' no es válido");
        }
        Long taken = jdbc.queryForObject(sql.get(LayerCreator.class, "count-layer"), Long.class, d.id(), table);
        if (taken != null && taken > 0) {
            throw ErrorCode.LAYER_EXISTS.exception(
                    "Ya existe una capa con id '" + d.id() + "' o tabla '" + table + "'");
        }
        StringBuilder columns = new StringBuilder();
        for (LayerAttribute a : d.attributes()) {
            columns.append(quote(a.name()))
                    .append(' ')
                    .append(columnType(a))
                    .append(a.required() ? " NOT NULL" : "")
                    .append(",\n    ");
        }
        jdbc.execute(sql.get(LayerCreator.class, "create-editable-table")
                .replace("{table}", quote(table))
                .replace("{columns}", columns.toString())
                .replace("{geometry_type}", d.geometryType().toUpperCase(Locale.ROOT)));
        jdbc.execute(sql.get(LayerCreator.class, "create-spatial-index")
                .replace("{table}", quote(table))
                .replace("{index}", quote(table + "_geom")));
        jdbc.execute(sql.get(LayerCreator.class, "create-owner-index")
                .replace("{table}", quote(table))
                .replace("{index}", quote(table + "_cut")));
        jdbc.update(
                sql.get(LayerCreator.class, "insert-layer"),
                d.id(),
                d.title(),
                d.description(),
                table,
                d.geometryType(),
                json.writeValueAsString(AttributeSchema.stored(d.attributes())),
                json.writeValueAsString(d.style()),
                d.source(),
                d.packageName(),
                d.template(),
                createdBy,
                OffsetDateTime.now());
        generations.bump(d.id());
        registry.refresh();
        return registry.find(d.id()).orElseThrow();
    }

    private static void check(LayerDefinition d) {
        if (d.id() == null || !ID.matcher(d.id()).matches()) {
            throw invalid("El id de la capa debe tener de 2 a 41 caracteres: minúsculas, dígitos y guiones, "
                    + "comenzando con una letra");
        }
        if (d.title() == null || d.title().isBlank() || d.title().length() > 200) {
            throw invalid("La capa necesita un título de hasta 200 caracteres");
        }
        if (!GEOMETRY_TYPES.contains(d.geometryType())) {
            throw invalid("Tipo de geometría no admitido: " + d.geometryType() + ". Válidos: " + GEOMETRY_TYPES);
        }
        if (d.attributes().isEmpty() || d.attributes().size() > 60) {
            throw invalid("La capa necesita entre 1 y 60 atributos");
        }
        Set<String> seen = new HashSet<>();
        for (LayerAttribute a : d.attributes()) {
            if (!ATTRIBUTE.matcher(a.name()).matches() || RESERVED.contains(a.name())) {
                throw invalid("Nombre de atributo no válido: '" + a.name() + "' (minúsculas, dígitos y _, hasta 10 "
                        + "caracteres para que el Shapefile lo conserve; reservados: " + RESERVED + ")");
            }
            if (!seen.add(a.name())) {
                throw invalid("Atributo repetido: " + a.name());
            }
            if (!a.domain().isEmpty() && a.type() != AttributeType.STRING) {
                throw invalid("Solo los atributos de texto pueden tener dominio: " + a.name());
            }
        }
        LayerStyleRules.check(d.style(), d.attributes());
    }

    private static String columnType(LayerAttribute a) {
        return switch (a.type()) {
            case STRING -> "varchar(" + (a.maxLength() != null ? Math.min(a.maxLength(), 254) : 254) + ")";
            case INTEGER -> "bigint";
            case NUMBER -> "double precision";
            case BOOLEAN -> "boolean";
            case DATE -> "date";
        };
    }

    private static ApiException invalid(String description) {
        return ErrorCode.INVALID_LAYER.exception(description);
    }
}
