package cl.sit.mapsheet;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code GET /api/map/sheet}: the view as a PNG or a one-page PDF of the paper's size, drawn on the server from
 * SIT's layers in their styles (commune fill over the water colour), and 400s for bad parameters. The same contract
 * runs on H2GIS and PostGIS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractMapSheetIT {

    /** Los Ríos. */
    static final String REGION = "bbox=-73.8,-40.8,-71.5,-39.2";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void aPngOfTheViewAtTheSheetSizeWithTheCommunesDrawn() throws IOException {
        HttpResponse<byte[]> r = http.bytes("/api/map/sheet?" + REGION + "&layers=comunas&title=Los%20R%C3%ADos", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("image/png");
        java.nio.file.Path out = java.nio.file.Path.of(
                "target", "screenshots", "hoja-" + getClass().getSimpleName() + ".png");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.write(out, r.body());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(r.body()));
        // A4 landscape at 150 dpi.
        assertThat(image.getWidth()).isEqualTo(SheetPainter.px(297));
        assertThat(image.getHeight()).isEqualTo(SheetPainter.px(210));
        // The middle of the map frame is inside Los Lagos: the communes' fill (#eceff1 at 0.35 over the water).
        Viewport view = SheetPainter.viewport(
                SheetRequest.parse(java.util.Map.of("bbox", new String[] {"-73.8,-40.8,-71.5,-39.2"})));
        java.awt.geom.Point2D losLagos = new java.awt.geom.Point2D.Double();
        view.toPixel(new org.locationtech.jts.geom.Coordinate(-72.7, -39.95), losLagos);
        Color inside = new Color(
                image.getRGB(SheetPainter.px(10) + (int) losLagos.getX(), SheetPainter.px(30) + (int) losLagos.getY()));
        Color water = new Color(image.getRGB(SheetPainter.px(10) + 5, SheetPainter.px(30) + 5));
        assertThat(water).isEqualTo(new Color(0xdf, 0xe7, 0xec));
        assertThat(inside).isNotEqualTo(water);
        assertThat(inside.getRed()).isGreaterThan(water.getRed());
    }

    @Test
    void aPdfOfOnePageOfThePaperAsked() throws IOException {
        HttpResponse<byte[]> r = http.bytes("/api/map/sheet?" + REGION + "&paper=A3&orientation=portrait&f=pdf", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("mapa-a3.pdf");
        try (PDDocument pdf = Loader.loadPDF(r.body())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(Math.round(box.getWidth() / 72 * 25.4)).isEqualTo(297);
            assertThat(Math.round(box.getHeight() / 72 * 25.4)).isEqualTo(420);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Región de Los Ríos");
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "layers=comunas",
                "bbox=-73,-40,-74,-39",
                "bbox=a,b,c,d",
                "bbox=-73,-40,-72",
                REGION + "&layers=no-existe",
                REGION + "&layers=poblacion",
                REGION + "&paper=A5",
                REGION + "&orientation=diagonal",
                REGION + "&f=svg",
                REGION + "&zoom=3"
            })
    void badParametersAre400WithAReason(String query) {
        HttpResponse<String> r = http.get("/api/map/sheet?" + query);
        assertThat(r.statusCode()).as(query).isEqualTo(400);
        assertThat(Http.parse(r.body()).get("description").asString()).as(query).isNotBlank();
    }

    @Test
    void aTitleOverItsBoundIs400() {
        assertThat(http.get("/api/map/sheet?" + REGION + "&title=" + "x".repeat(121))
                        .statusCode())
                .isEqualTo(400);
    }
}
