package cl.sit.layer;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature read from a layer.
 *
 * @param id feature id (a {@code String} or a {@code Long}, following the layer's id column)
 * @param properties attribute values in the layer's attribute order
 * @param geometry geometry in EPSG:4326, or null
 */
public record Feature(Object id, Map<String, Object> properties, Geometry geometry) {}
