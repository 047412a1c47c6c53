package cl.sit.mapsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The printed sheet draws a classed layer as the map does: one symbol per class with features, then the rest. */
class LayerSymbolsTest {

    private static final JsonNode LAND_USE = JsonMapper.builder().build().readTree("""
            {"color":"#8d6e63","weight":1,"fillColor":"#d7ccc8","fillOpacity":1,
             "categories":{"attribute":"uso","values":[
               {"value":"Bosques","fillColor":"#388e3c"},
               {"value":"Humedales","fillColor":"#4db6ac","label":"Humedales y vegas"},
               {"value":"Cuerpos de agua","fillColor":"#64b5f6"}]}}""");

    private final GeometryFactory factory = new GeometryFactory();

    @Test
    void featuresGoToTheirClassAndTheLegendNamesOnlyClassesWithFeatures() {
        LayerSymbols symbols = new LayerSymbols("Uso de suelo", LAND_USE, false, 1);
        symbols.add(Map.of("uso", "Humedales"), square(-73.30));
        symbols.add(Map.of("uso", "Bosques"), square(-73.40));
        symbols.add(Map.of("uso", "Selva"), square(-73.20));
        List<SheetPainter.Drawn> drawn = symbols.drawn(false, 10);
        assertThat(drawn)
                .extracting(SheetPainter.Drawn::title)
                .containsExactly(
                        "Uso de suelo: Bosques", "Uso de suelo: Humedales y vegas", "Uso de suelo: otros valores");
        assertThat(drawn.get(0).style().fill()).isEqualTo(new Color(0x38, 0x8e, 0x3c));
        assertThat(drawn.get(0).style().stroke()).isEqualTo(new Color(0x8d, 0x6e, 0x63));
        assertThat(drawn.get(2).style().fill()).isEqualTo(new Color(0xd7, 0xcc, 0xc8));

        LayerSymbols plain =
                new LayerSymbols("Comunas", JsonMapper.builder().build().readTree("{\"color\":\"#37474f\"}"), false, 1);
        assertThat(plain.drawn(false, 10)).extracting(SheetPainter.Drawn::title).containsExactly("Comunas");
    }

    @Test
    void eachClassIsPaintedInItsColour() {
        LayerSymbols symbols = new LayerSymbols("Uso de suelo", LAND_USE, false, SheetPainter.DPI / 96f);
        symbols.add(Map.of("uso", "Bosques"), square(-73.40));
        symbols.add(Map.of("uso", "Cuerpos de agua"), square(-73.30));
        SheetRequest r = SheetRequest.parse(Map.of("bbox", new String[] {"-73.45,-40.05,-73.2,-39.9"}));
        Viewport view = SheetPainter.viewport(r);
        BufferedImage sheet = SheetPainter.paint(r, view, symbols.drawn(false, 10), "Prueba", ZonedDateTime.now());
        assertThat(colourAt(sheet, view, -73.395)).isEqualTo(new Color(0x38, 0x8e, 0x3c));
        assertThat(colourAt(sheet, view, -73.295)).isEqualTo(new Color(0x64, 0xb5, 0xf6));
    }

    private static Color colourAt(BufferedImage sheet, Viewport view, double lon) {
        Point2D p = new Point2D.Double();
        view.toPixel(new Coordinate(lon, -39.975), p);
        return new Color(sheet.getRGB(SheetPainter.px(10) + (int) p.getX(), SheetPainter.px(30) + (int) p.getY()));
    }

    private Geometry square(double lon) {
        return factory.toGeometry(new Envelope(lon, lon + 0.01, -39.98, -39.97));
    }
}
