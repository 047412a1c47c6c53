package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.sit.layer.AttributeType;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.layer.Validity;
import cl.sit.system.ApiException;
import cl.sit.system.SitProperties;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class ItemsQueryParserTest {

    private static final Layer LAYER = new Layer(
            "comunas",
            "Comunas",
            "",
            "commune_layer",
            "cut",
            "MultiPolygon",
            List.of(
                    new LayerAttribute("cut", AttributeType.STRING, "CUT"),
                    new LayerAttribute("poblacion_2017", AttributeType.INTEGER, "Población"),
                    new LayerAttribute("snaspe", AttributeType.BOOLEAN, "SNASPE")),
            null,
            false,
            "",
            true);
    private final ItemsQueryParser parser = new ItemsQueryParser(new SitProperties.OgcApi(10, 500, 0));

    @Test
    void defaults() {
        FeatureQuery q = parse(Map.of());
        assertThat(q.limit()).isEqualTo(10);
        assertThat(q.offset()).isZero();
        assertThat(q.bbox()).isNull();
        assertThat(q.equalTo()).isEmpty();
    }

    @Test
    void datetimeOnALayerWithValidityIsTheDaysAskedAbout() {
        Layer units = new Layer(
                "regiones",
                "Regiones",
                "",
                "region_layer",
                "cut",
                "MultiPolygon",
                List.of(
                        new LayerAttribute("cut", AttributeType.STRING, "CUT"),
                        new LayerAttribute("vigente_desde", AttributeType.DATE, "Desde"),
                        new LayerAttribute("vigente_hasta", AttributeType.DATE, "Hasta")),
                null,
                false,
                "",
                true);
        assertThat(parser.parse(units, Map.of()).validity()).isNull();
        assertThat(parser.parse(units, Map.of("datetime", new String[] {"2005-01-01"}))
                        .validity())
                .isEqualTo(Validity.on(LocalDate.of(2005, 1, 1)));
        assertThat(parser.parse(units, Map.of("datetime", new String[] {"2007-10-02T01:00:00-04:00"}))
                        .validity())
                .isEqualTo(Validity.on(LocalDate.of(2007, 10, 2)));
        assertThat(parser.parse(units, Map.of("datetime", new String[] {"../2006-12-31"}))
                        .validity())
                .isEqualTo(new Validity(null, LocalDate.of(2006, 12, 31)));
        assertThat(parser.parse(units, Map.of("datetime", new String[] {"2008-01-01/"}))
                        .validity())
                .isEqualTo(new Validity(LocalDate.of(2008, 1, 1), null));
        assertThatThrownBy(() -> parser.parse(units, Map.of("datetime", new String[] {"2008-01-01/2005-01-01"})))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("antes de empezar");
        // A layer without validity columns keeps reading everything.
        assertThat(parse(Map.of("datetime", "2005-01-01")).validity()).isNull();
    }

    @Test
    void limitIsClampedAndOffsetKept() {
        FeatureQuery q = parse(Map.of("limit", "100000", "offset", "20"));
        assertThat(q.limit()).isEqualTo(500);
        assertThat(q.offset()).isEqualTo(20);
    }

    @Test
    void bboxOfFourOrSixNumbers() {
        assertThat(parse(Map.of("bbox", "-73.5,-40.5,-72,-39")).bbox()).isEqualTo(new Envelope(-73.5, -72, -40.5, -39));
        assertThat(parse(Map.of("bbox", "-73.5,-40.5,0,-72,-39,100")).bbox())
                .isEqualTo(new Envelope(-73.5, -72, -40.5, -39));
    }

    @Test
    void bboxAcrossTheAntimeridianSelectsBothSides() {
        FeatureQuery q = parse(Map.of("bbox", "177,65,-177,70"));
        assertThat(q.bbox()).isNull();
        assertThat(q.area().getNumGeometries()).isEqualTo(2);
        assertThat(q.area().getGeometryN(0).getEnvelopeInternal()).isEqualTo(new Envelope(177, 180, 65, 70));
        assertThat(q.area().getGeometryN(1).getEnvelopeInternal()).isEqualTo(new Envelope(-180, -177, 65, 70));
    }

    @Test
    void attributeFiltersAreTyped() {
        FeatureQuery q = parse(Map.of("cut", "14101", "poblacion_2017", "166080", "snaspe", "TRUE"));
        assertThat(q.equalTo())
                .containsEntry("cut", "14101")
                .containsEntry("poblacion_2017", 166080L)
                .containsEntry("snaspe", true);
    }

    @Test
    void badInputIsA400() {
        for (Map<String, String> bad : List.of(
                Map.of("limit", "0"),
                Map.of("limit", "-3"),
                Map.of("limit", "1.5"),
                Map.of("offset", "-1"),
                Map.of("bbox", "1,2,3"),
                Map.of("bbox", "1,2,3,x"),
                Map.of("bbox", "1,2,3,NaN"),
                Map.of("bbox", "0,10,1,5"),
                Map.of("bbox", "10,0,5,95"),
                Map.of("bbox", "-200,0,0,1"),
                Map.of("datetime", "2020-13-45"),
                Map.of("otra", "x"),
                Map.of("poblacion_2017", "muchos"),
                Map.of("snaspe", "quizás"))) {
            assertThatThrownBy(() -> parse(bad))
                    .as(bad.toString())
                    .isInstanceOfSatisfying(
                            ApiException.class,
                            e -> assertThat(e.status().value()).isEqualTo(400));
        }
    }

    @Test
    void repeatedParameterIsA400() {
        Map<String, String[]> params = Map.of("limit", new String[] {"1", "2"});
        assertThatThrownBy(() -> parser.parse(LAYER, params)).isInstanceOf(ApiException.class);
    }

    private FeatureQuery parse(Map<String, String> params) {
        Map<String, String[]> multi = new LinkedHashMap<>();
        params.forEach((k, v) -> multi.put(k, new String[] {v}));
        return parser.parse(LAYER, multi);
    }
}
