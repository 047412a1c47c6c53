package cl.sit.editing;

import cl.sit.imports.FileRejected;
import cl.sit.imports.SafeZip;
import cl.sit.layer.AttributeType;
import cl.sit.layer.Feature;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.shapefile.FieldSpec;
import cl.sit.shapefile.Row;
import cl.sit.shapefile.ShapefileContent;
import cl.sit.shapefile.ShapefileReader;
import cl.sit.shapefile.ShapefileWriter;
import cl.sit.shapefile.SourceField;
import cl.sit.system.ErrorCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Files QGIS users bring and take: GeoJSON and zipped Shapefiles. A Shapefile is unpacked safely
 * ({@link SafeZip}), read with its encoding and reprojected to WGS84 from its {@code .prj}
 * ({@link ShapefileReader}); its fields are matched to the layer's attributes by name, ignoring case, and values
 * converted to the attribute types (GDAL writes booleans as 1/0). Exports write every attribute (names cut to the
 * Shapefile's 10 characters when longer, kept unique) in WGS84 and UTF-8.
 */
@Component
class LayerFiles {

    /** The geometry type of a layer that mixes points, lines and polygons. */
    private static final String MIXED = "Geometry";

    private static final Map<String, String> SUFFIX = Map.of(
            "Point", "puntos", "MultiPoint", "multipuntos", "MultiLineString", "lineas", "MultiPolygon", "poligonos");

    private final FeatureStore store;
    private final Snapshots snapshots;

    LayerFiles(FeatureStore store, Snapshots snapshots) {
        this.store = store;
        this.snapshots = snapshots;
    }

    /** The features of a GeoJSON FeatureCollection. */
    static List<JsonNode> features(JsonNode collection) {
        if (collection == null
                || !"FeatureCollection".equals(collection.path("type").asString(""))
                || !collection.path("features").isArray()) {
            throw ErrorCode.INVALID_FILE.exception("Se espera un GeoJSON de tipo FeatureCollection");
        }
        List<JsonNode> out = new ArrayList<>();
        collection.get("features").forEach(out::add);
        return out;
    }

    /** The features of a zipped Shapefile as GeoJSON Features of {@code layer}, reprojected to WGS84. */
    List<JsonNode> readShapefileZip(Layer layer, InputStream zip) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("sit-import-");
            ShapefileContent content = ShapefileReader.read(SafeZip.extract(zip, dir, SafeZip.Limits.DEFAULT));
            Map<String, LayerAttribute> fields = fields(layer, content.fields());
            List<JsonNode> out = new ArrayList<>();
            for (Row row : content.rows()) {
                Map<String, Object> properties = new LinkedHashMap<>();
                row.properties().forEach((name, value) -> {
                    LayerAttribute a = fields.get(name);
                    properties.put(a.name(), convert(a.type(), value));
                });
                ObjectNode feature = (ObjectNode) snapshots.tree(new Feature(0L, properties, row.geometryWgs84()));
                feature.remove("id");
                out.add(feature);
            }
            return out;
        } catch (FileRejected e) {
            throw ErrorCode.INVALID_FILE.exception(e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    /** A zipped Shapefile of the features of {@code layer} matching {@code query}. */
    byte[] shapefileZip(Layer layer, FeatureQuery query) {
        if (layer.geometryType().equals("None")) {
            throw ErrorCode.NO_GEOMETRY.exception(
                    "La colección " + layer.id() + " no tiene geometría; descárguela como GeoJSON");
        }
        Map<String, String> names = shortNames(layer);
        List<FieldSpec> fields = layer.attributes().stream()
                .map(a -> new FieldSpec(names.get(a.name()), javaType(a.type())))
                .toList();
        Map<String, List<Row>> byType = new LinkedHashMap<>();
        store.forEach(layer, query, f -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            f.properties().forEach((k, v) -> properties.put(names.get(k), v));
            String type = MIXED.equals(layer.geometryType()) ? shapeFamily(f.geometry()) : layer.geometryType();
            List<Row> rows = byType.computeIfAbsent(type, t -> new ArrayList<>());
            rows.add(new Row(rows.size() + 1, properties, f.geometry()));
        });
        if (!MIXED.equals(layer.geometryType())) {
            return ShapefileWriter.writeZip(
                    layer.id(), layer.geometryType(), fields, byType.getOrDefault(layer.geometryType(), List.of()));
        }
        // A Shapefile holds one kind of geometry: a mixed layer becomes one Shapefile per kind, in one zip.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, List<Row>> e : byType.entrySet()) {
                byte[] part = ShapefileWriter.writeZip(
                        layer.id() + "_" + SUFFIX.get(e.getKey()), e.getKey(), fields, e.getValue());
                try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(part))) {
                    for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                        zip.putNextEntry(new ZipEntry(entry.getName()));
                        in.transferTo(zip);
                        zip.closeEntry();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String shapeFamily(Geometry g) {
        return switch (g.getDimension()) {
            case 0 -> g instanceof Point ? "Point" : "MultiPoint";
            case 1 -> "MultiLineString";
            default -> "MultiPolygon";
        };
    }

    /** DBF field name to layer attribute; a field the layer does not have rejects the file. */
    private static Map<String, LayerAttribute> fields(Layer layer, List<SourceField> fields) {
        Map<String, LayerAttribute> out = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        Map<String, String> shortNames = shortNames(layer);
        for (SourceField f : fields) {
            String name = f.name().toLowerCase(Locale.ROOT);
            Optional<LayerAttribute> a = layer.attributes().stream()
                    .filter(x ->
                            x.name().equals(name) || shortNames.get(x.name()).equals(name))
                    .findFirst();
            if (a.isPresent()) {
                out.put(f.name(), a.get());
            } else if (!name.equals("id") && !name.equals("fid")) {
                unknown.add(f.name());
            }
        }
        if (!unknown.isEmpty()) {
            throw ErrorCode.UNKNOWN_FIELDS.exception("El Shapefile tiene campos que la capa " + layer.id()
                    + " no tiene: " + String.join(", ", unknown) + ". Campos de la capa: "
                    + layer.writableAttributes().stream()
                            .map(LayerAttribute::name)
                            .toList());
        }
        return out;
    }

    private static Object convert(AttributeType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case STRING ->
                value instanceof Double d && d == Math.rint(d) ? Long.toString(d.longValue()) : value.toString();
            case BOOLEAN -> value instanceof Number n ? Boolean.valueOf(n.longValue() != 0) : value;
            case DATE -> value instanceof LocalDate ? value.toString() : value;
            default -> value;
        };
    }

    /** Attribute names as Shapefile fields: at most 10 characters, unique. */
    static Map<String, String> shortNames(Layer layer) {
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (LayerAttribute a : layer.attributes()) {
            String name = a.name().length() <= 10 ? a.name() : a.name().substring(0, 10);
            for (int i = 1; !used.add(name); i++) {
                name = a.name().substring(0, Math.min(a.name().length(), 8)) + String.format("%02d", i);
            }
            out.put(a.name(), name);
        }
        return out;
    }

    private static Class<?> javaType(AttributeType type) {
        return switch (type) {
            case STRING -> String.class;
            case INTEGER -> Long.class;
            case NUMBER -> Double.class;
            case BOOLEAN -> Boolean.class;
            case DATE -> LocalDate.class;
        };
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary directory left behind is harmless
        }
    }
}
