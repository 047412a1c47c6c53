package cl.sit.ogcapi;

import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import org.springframework.web.util.HtmlUtils;

/**
 * The GML application schema (XSD) of a collection, linked from it as {@code describedBy}. It gives clients the
 * attribute types that GeoJSON cannot carry: GDAL's OAPIF driver otherwise guesses them from the first page and
 * reads later costs above 2^31 CLP as 32-bit overflows. Integers are {@code xsd:long} (SIT reads them as Java
 * longs), numbers {@code xsd:double}.
 */
final class GmlApplicationSchema {

    static final String NAMESPACE = "urn:sit:layers";

    private GmlApplicationSchema() {}

    static String of(Layer layer) {
        StringBuilder xsd = new StringBuilder(2048);
        xsd.append("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:gml="http://www.opengis.net/gml/3.2"
                    xmlns:sit="%1$s" targetNamespace="%1$s" elementFormDefault="qualified">
                  <xsd:import namespace="http://www.opengis.net/gml/3.2" schemaLocation="http://schemas.opengis.net/gml/3.2.1/gml.xsd"/>
                  <xsd:element name="%2$s" type="sit:%2$sType" substitutionGroup="gml:AbstractFeature"/>
                  <xsd:complexType name="%2$sType">
                    <xsd:annotation><xsd:documentation>%3$s</xsd:documentation></xsd:annotation>
                    <xsd:complexContent>
                      <xsd:extension base="gml:AbstractFeatureType">
                        <xsd:sequence>
                """.formatted(NAMESPACE, layer.id(), HtmlUtils.htmlEscape(layer.title(), "UTF-8")));
        String geometry = geometryType(layer.geometryType());
        if (geometry != null) {
            element(xsd, Layer.GEOMETRY_COLUMN, geometry);
        }
        for (LayerAttribute a : layer.attributes()) {
            element(
                    xsd,
                    a.name(),
                    switch (a.type()) {
                        case STRING -> "xsd:string";
                        case INTEGER -> "xsd:long";
                        case NUMBER -> "xsd:double";
                        case BOOLEAN -> "xsd:boolean";
                        case DATE -> "xsd:date";
                    });
        }
        xsd.append("""
                        </xsd:sequence>
                      </xsd:extension>
                    </xsd:complexContent>
                  </xsd:complexType>
                </xsd:schema>
                """);
        return xsd.toString();
    }

    private static void element(StringBuilder xsd, String name, String type) {
        xsd.append("            <xsd:element name=\"")
                .append(name)
                .append("\" type=\"")
                .append(type)
                .append("\" minOccurs=\"0\" nillable=\"true\"/>\n");
    }

    /** GML property type for a registry geometry type; null for collections without geometry. */
    private static String geometryType(String type) {
        return switch (type) {
            case "None" -> null;
            case "Point" -> "gml:PointPropertyType";
            case "LineString" -> "gml:CurvePropertyType";
            case "Polygon" -> "gml:SurfacePropertyType";
            case "MultiPoint" -> "gml:MultiPointPropertyType";
            case "MultiLineString" -> "gml:MultiCurvePropertyType";
            case "MultiPolygon" -> "gml:MultiSurfacePropertyType";
            default -> "gml:GeometryPropertyType";
        };
    }
}
