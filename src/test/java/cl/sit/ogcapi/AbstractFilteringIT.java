package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.databind.JsonNode;

/**
 * CQL2 filters over real HTTP, on both stores: attribute comparisons in text and JSON, the spatial functions and
 * {@code filter-crs}, the 400 answers to bad filtering parameters and the ETags of filtered responses.
 */
abstract class AbstractFilteringIT extends FilteringItBase {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "poblacion_2017 > 20000 AND nombre <> 'Valdivia'",
                "nombre LIKE 'La%' OR nombre LIKE '%a_'",
                "cut IN ('14101', '14104', '14999') OR NOT (area_km2 BETWEEN 500 AND 1500)",
                "cut_provincia = '142' AND poblacion_2017 <= 15000",
                "fuente IS NULL OR nombre IS NOT NULL"
            })
    void textFiltersOnCommunesSelectWhatJavaSelects(String filter) {
        List<Item> all = all("comunas", "");
        Set<String> expected = select(all, communeRule(filter));
        assertThat(expected)
                .as("the case must select some but not all")
                .isNotEmpty()
                .hasSizeLessThan(all.size() + (filter.contains("IS NULL") ? 1 : 0));
        assertThat(ids("comunas", "filter=" + enc(filter))).isEqualTo(expected);
    }

    /** The rules of the cases above, written independently in Java. */
    private static Predicate<Item> communeRule(String filter) {
        return switch (filter.substring(0, 8)) {
            case "poblacio" ->
                i -> i.number("poblacion_2017") > 20000 && !i.text("nombre").equals("Valdivia");
            case "nombre L" ->
                i -> i.text("nombre").startsWith("La")
                        || (i.text("nombre").length() >= 2
                                && i.text("nombre").charAt(i.text("nombre").length() - 2) == 'a');
            case "cut IN (" ->
                i -> Set.of("14101", "14104").contains(i.text("cut"))
                        || i.number("area_km2") < 500
                        || i.number("area_km2") > 1500;
            case "cut_prov" -> i -> i.text("cut_provincia").equals("142") && i.number("poblacion_2017") <= 15000;
            default -> i -> true;
        };
    }

    @Test
    void jsonFiltersSelectTheSameAsTheirTextForm() {
        String text = "poblacion_2017 >= 10000 AND S_INTERSECTS(geometry, BBOX(-73.5, -40.3, -72.5, -39.6))";
        String json = "{\"op\":\"and\",\"args\":[{\"op\":\">=\",\"args\":[{\"property\":\"poblacion_2017\"},10000]},"
                + "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},{\"bbox\":[-73.5,-40.3,-72.5,-39.6]}]}]}";
        List<Item> all = all("comunas", "");
        Geometry box = box(-73.5, -40.3, -72.5, -39.6);
        Set<String> expected = select(
                all, i -> i.number("poblacion_2017") >= 10000 && i.geometry().intersects(box));
        assertThat(expected).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(ids("comunas", "filter=" + enc(text))).isEqualTo(expected);
        assertThat(ids("comunas", "filter-lang=cql2-json&filter=" + enc(json))).isEqualTo(expected);
        assertThat(ids("comunas", "filter=" + enc("1 = 1 AND 'a' <> 'b' AND " + text)))
                .isEqualTo(expected);
        assertThat(ids("comunas", "filter=" + enc("1 = 2 OR " + text))).isEqualTo(expected);
    }

    @Test
    void spatialFunctionsOnCommunesAndConservationSites() throws Exception {
        List<Item> communes = all("comunas", "");
        List<Item> sites = all("sitios-prioritarios", "");
        Envelope e = sites.get(0).geometry().getEnvelopeInternal();
        String siteBox = String.format(
                java.util.Locale.ROOT,
                "POLYGON((%1$s %2$s, %3$s %2$s, %3$s %4$s, %1$s %4$s, %1$s %2$s))",
                e.getMinX(),
                e.getMinY(),
                e.getMaxX(),
                e.getMaxY());
        Geometry siteGeometry = new WKTReader().read(siteBox);
        Set<String> expected = select(communes, i -> i.geometry().intersects(siteGeometry));
        assertThat(expected).isNotEmpty().hasSizeLessThan(communes.size());
        assertThat(ids("comunas", "filter=" + enc("S_INTERSECTS(geometry, " + siteBox + ")")))
                .isEqualTo(expected);
        assertThat(ids("comunas", "filter=" + enc("S_DISJOINT(geometry, " + siteBox + ")")))
                .isEqualTo(select(communes, i -> !expected.contains(i.id())));
        // The point inside Valdivia's commune: contained by exactly that commune.
        Point valdivia = communes.stream()
                .filter(i -> i.id().equals("14101"))
                .findFirst()
                .orElseThrow()
                .geometry()
                .getInteriorPoint();
        String point = "POINT(" + valdivia.getX() + " " + valdivia.getY() + ")";
        assertThat(ids("comunas", "filter=" + enc("S_CONTAINS(geometry, " + point + ")")))
                .containsExactly("14101");
        assertThat(ids("comunas", "geometry=" + enc(point))).containsExactly("14101");
        // Protected areas within the box of the communes of the province of Valdivia.
        List<Item> areas = all("areas-protegidas", "");
        Geometry region = box(-73.7, -40.2, -72.4, -39.3);
        Set<String> within = select(areas, i -> i.geometry().within(region));
        assertThat(within).isNotEmpty().hasSizeLessThan(areas.size());
        assertThat(ids("areas-protegidas", "filter=" + enc("S_WITHIN(geometry, BBOX(-73.7, -40.2, -72.4, -39.3))")))
                .isEqualTo(within);
        assertThat(ids(
                        "areas-protegidas",
                        "filter="
                                + enc("S_WITHIN(geometry, POLYGON((-73.7 -40.2, -72.4 -40.2, "
                                        + "-72.4 -39.3, -73.7 -39.3, -73.7 -40.2)))")))
                .isEqualTo(within);
    }

    /**
     * filter-crs: a rectangle in UTM 18S (E 640 000–680 000, N 5 570 000–5 600 000, around Valdivia) selects what
     * its corners in CRS84 select, and the same corners as EPSG:4326 (latitude first) too. Corners by GDAL 3.6:
     * {@code printf '640000 5570000\n...' | gdaltransform -s_srs EPSG:32718 -t_srs OGC:CRS84 -output_xy}.
     */
    @Test
    void filterCrsReadsTheLiteralInThatCrsAndAxisOrder() throws Exception {
        String crs84 = "POLYGON((-73.3597153618834 -40.0085973369853, -72.8913288675137 -40.0010190887485, "
                + "-72.8995857095933 -39.730901479822, -73.3661404390273 -39.738407916887, "
                + "-73.3597153618834 -40.0085973369853))";
        String epsg4326 = "POLYGON((-40.0085973369853 -73.3597153618834, -40.0010190887485 -72.8913288675137, "
                + "-39.730901479822 -72.8995857095933, -39.738407916887 -73.3661404390273, "
                + "-40.0085973369853 -73.3597153618834))";
        String utm = "POLYGON((640000 5570000, 680000 5570000, 680000 5600000, 640000 5600000, 640000 5570000))";
        Geometry area = new WKTReader().read(crs84);
        List<Item> areas = all("areas-protegidas", "");
        Set<String> expected = select(areas, i -> i.geometry().intersects(area));
        assertThat(expected).isNotEmpty().hasSizeLessThan(areas.size());
        assertThat(ids(
                        "areas-protegidas",
                        "filter=" + enc("S_INTERSECTS(geometry, " + utm + ")") + "&filter-crs="
                                + enc("http://www.opengis.net/def/crs/EPSG/0/32718")))
                .isEqualTo(expected);
        assertThat(ids(
                        "areas-protegidas",
                        "filter=" + enc("S_INTERSECTS(geometry, " + epsg4326 + ")") + "&filter-crs="
                                + enc("http://www.opengis.net/def/crs/EPSG/0/4326")))
                .isEqualTo(expected);
        assertThat(ids(
                        "areas-protegidas",
                        "filter=" + enc("S_INTERSECTS(geometry, " + crs84 + ")") + "&filter-crs="
                                + enc("http://www.opengis.net/def/crs/OGC/1.3/CRS84")))
                .isEqualTo(expected);
    }

    @Test
    void theOtherSpatialFunctionsSelectWhatJtsSelects() throws Exception {
        List<Item> communes = all("comunas", "");
        Geometry line = new WKTReader().read("LINESTRING(-73.5 -39.8, -72.0 -40.0)");
        Set<String> crossed = select(communes, i -> i.geometry().crosses(line));
        assertThat(crossed).isNotEmpty().hasSizeLessThan(communes.size());
        assertThat(ids("comunas", "filter=" + enc("S_CROSSES(geometry, " + line + ")")))
                .isEqualTo(crossed);
        Geometry box = box(-73.3, -40.0, -72.8, -39.7);
        Set<String> overlapped = select(communes, i -> i.geometry().overlaps(box));
        assertThat(overlapped).isNotEmpty();
        assertThat(ids("comunas", "filter=" + enc("S_OVERLAPS(geometry, BBOX(-73.3, -40.0, -72.8, -39.7))")))
                .isEqualTo(overlapped);
        Coordinate vertex = communes.get(0).geometry().getCoordinates()[0];
        Geometry point = box.getFactory().createPoint(vertex);
        Set<String> touched = select(communes, i -> i.geometry().touches(point));
        assertThat(touched).contains(communes.get(0).id());
        assertThat(ids("comunas", "filter=" + enc("S_TOUCHES(geometry, POINT(" + vertex.x + " " + vertex.y + "))")))
                .isEqualTo(touched);
        List<Item> projects = all("proyectos-inversion", "");
        Point p = (Point) projects.stream()
                .filter(i -> i.geometry() instanceof Point)
                .findFirst()
                .orElseThrow()
                .geometry();
        Set<String> equal =
                select(projects, i -> i.geometry() != null && i.geometry().equalsTopo(p));
        assertThat(equal).isNotEmpty().hasSizeLessThan(projects.size());
        assertThat(ids(
                        "proyectos-inversion",
                        "filter=" + enc("S_EQUALS(geometry, POINT(" + p.getX() + " " + p.getY() + "))")))
                .isEqualTo(equal);
    }

    @Test
    void dwithinSelectsPointsByGeodesicMetresWithinOnePercent() {
        List<Item> projects = all("proyectos-inversion", "");
        Coordinate centre = new Coordinate(-73.2452, -39.8142);
        double metres = 5000;
        Set<String> got = ids(
                "proyectos-inversion",
                "filter=" + enc("S_DWITHIN(geometry, POINT(" + centre.x + " " + centre.y + "), " + metres + ")"));
        int checked = 0;
        for (Item i : projects) {
            if (!(i.geometry() instanceof Point p)) {
                continue;
            }
            double d = haversine(centre, p.getCoordinate());
            if (d < metres * 0.99) {
                assertThat(got).as("%s at %.0f m", i.id(), d).contains(i.id());
                checked++;
            } else if (d > metres * 1.01) {
                assertThat(got).as("%s at %.0f m", i.id(), d).doesNotContain(i.id());
            }
        }
        assertThat(checked).as("points near Valdivia").isPositive();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "filter=costo > 5|InvalidFilter|'costo' no existe en la colección comunas. Consultables: cut, nombre",
                "filter=nombre = |InvalidFilter|posición 9",
                "filter=nombre = 'a' OR|InvalidFilter|se esperaba una propiedad o un valor",
                "filter=poblacion_2017 = 'mucha'|InvalidFilter|los tipos deben coincidir",
                "filter-lang=cql2-json&filter={\"op\":\"=\"}|InvalidFilter|/args",
                "filter-lang=ecql&filter=nombre = 'a'|InvalidParameterValue|cql2-text o cql2-json",
                "filter-crs=http://www.opengis.net/def/crs/EPSG/0/4674&filter=nombre = 'a'|InvalidParameterValue|no está soportado",
                "filter-crs=http://www.opengis.net/def/crs/EPSG/0/4326&filter=S_INTERSECTS(geometry, POINT(-120 -73))|InvalidFilter|fuera de CRS84",
                "filter=S_INTERSECTS(geometry, POINT(640000 5570000))|InvalidFilter|fuera de CRS84",
                "filter-lang=cql2-text|InvalidParameterValue|solo se usan junto con filter",
                "sortby=-costo|InvalidParameterValue|'costo' no es un atributo",
                "properties=nombre,costo|InvalidParameterValue|'costo' no es un atributo",
                "geometry=POINT(1)|InvalidFilter|WKT",
                "filter=T_AFTER(nombre, DATE('2020-01-01'))|InvalidFilter|T_AFTER compara fechas o instantes",
                "filter=T_DURING(vigente_desde, INTERVAL('2007-01-01', '..'))|InvalidFilter|T_DURING solo compara intervalos",
                "filter=T_MEETS(INTERVAL(vigente_desde, '..'), INTERVAL('2008-01-01', '2007-01-01'))|InvalidFilter|empieza",
                "filter-lang=cql2-json&filter={\"op\":\"t_after\",\"args\":[{\"property\":\"area_km2\"},{\"date\":"
                        + "\"2020-01-01\"}]}|InvalidFilter|y no la propiedad 'area_km2' (número)",
                "filter=T_AFTER(vigente_desde, INTERVAL('2007', '..'))|InvalidFilter|no es un extremo de INTERVAL"
            })
    void badFilteringParametersAre400(String query, String code, String description) {
        StringBuilder q = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            q.append(q.isEmpty() ? "" : "&").append(pair, 0, eq + 1).append(enc(pair.substring(eq + 1)));
        }
        HttpResponse<String> r = http.get("/collections/comunas/items?" + q);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode error = Http.parse(r.body());
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("description").asString()).contains(description);
    }

    @Test
    void filteredResponsesHaveTheirOwnEtags() {
        String a = etag("/collections/comunas/items?filter=" + enc("nombre = 'Corral'"));
        String b = etag("/collections/comunas/items?filter=" + enc("nombre = 'Lanco'"));
        String c = etag("/collections/comunas/items?filter=" + enc("nombre = 'Corral'") + "&sortby=nombre");
        String d = etag("/collections/comunas/items?filter=" + enc("nombre = 'Corral'") + "&properties=nombre");
        assertThat(Set.of(a, b, c, d)).hasSize(4);
        assertThat(etag("/collections/comunas/items?filter=" + enc("nombre = 'Corral'")))
                .isEqualTo(a);
    }

    private String etag(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.headers().firstValue("ETag").orElseThrow();
    }
}
