package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * Printing the map: the sheet has a title, a subtitle, the current view, the legend of the visible layers, a scale
 * bar, a north arrow, the sources and the date in Chile's time, and prints on one page of the chosen paper (the
 * browser's own PDF, read back with PDFBox). Found as a new user: the map printed split over two pages, with no
 * title, legend, scale or north arrow.
 */
class MapPrintBrowserIT extends AbstractBrowserIT {

    @Test
    void theSheetPrintsOnOnePageWithTitleLegendScaleNorthSourcesAndDate() throws IOException {
        open("/");
        long mapWidth = ((Number) js("return document.getElementById('sit-map').clientWidth;")).longValue();
        int visible = ((Number) js("return Object.keys(sitMap.layers).filter(function (id) {"
                        + " return sitMap.map.hasLayer(sitMap.layers[id]); }).length;"))
                .intValue();

        sheet("A4", "horizontal");
        assertThat(driver.findElement(By.cssSelector(".sit-print-title")).getText())
                .isEqualTo("Inversión pública en Los Ríos");
        assertThat(driver.findElement(By.cssSelector(".sit-print-subtitle")).getText())
                .isEqualTo("Capas base");
        assertThat(driver.findElements(By.cssSelector(".sit-print-legend li"))).hasSize(visible);
        assertThat(driver.findElements(By.id("sit-north-arrow"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector(".leaflet-control-scale")).isDisplayed())
                .isTrue();
        assertThat(driver.findElement(By.id("sit-panel")).isDisplayed()).isFalse();
        String year =
                String.valueOf(LocalDate.now(ZoneId.of("America/Santiago")).getYear());
        assertThat(driver.findElement(By.cssSelector(".sit-print-date")).getText())
                .matches("Impreso el \\d{1,2} de \\p{L}+ de " + year
                        + "(,| a las) \\d{1,2}:\\d{2} \\(hora de Chile\\).*");
        assertThat(driver.findElement(By.cssSelector(".sit-print-sources")).getText())
                .startsWith("Fuentes: ")
                .contains("BCN");
        screenshot("impresion-a4-horizontal.png");

        String text = printedOnOnePage(PrintOptions.Orientation.LANDSCAPE, new PageSize(21.0, 29.7), "a4");
        assertThat(text)
                .contains(
                        "Inversión pública en Los Ríos",
                        "Capas base",
                        "Fuentes:",
                        "Impreso el",
                        "hora de Chile",
                        " km");

        driver.findElement(By.cssSelector(".sit-print-back")).click();
        assertThat(body().getDomAttribute("data-sit-print")).isNull();
        assertThat(driver.findElement(By.id("sit-panel")).isDisplayed()).isTrue();
        assertThat(((Number) js("return document.getElementById('sit-map').clientWidth;")).longValue())
                .isEqualTo(mapWidth);

        // The server's sheet of the same view: a PNG of the visible layers, a one-page PDF.
        String png = (String)
                js("return sitMap.print.sheetUrl({title: 'Vista', paper: 'A4', orientation: 'horizontal'}, 'png');");
        assertThat(png).contains("/api/map/sheet?bbox=", "capas=comunas", "f=png");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> answer = (java.util.Map<String, Object>) asyncJs(
                "var done ="
                        + " arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done({status: r.status,"
                        + " type: r.headers.get('Content-Type')}));",
                png);
        assertThat(number(answer.get("status"))).isEqualTo(200);
        assertThat((String) answer.get("type")).isEqualTo("image/png");
        assertThat(driver.findElements(By.id("sit-print-pdf"))).hasSize(1);

        sheet("A3", "vertical");
        printedOnOnePage(PrintOptions.Orientation.PORTRAIT, new PageSize(42.0, 29.7), "a3");
        driver.findElement(By.cssSelector(".sit-print-back")).click();
    }

    private void sheet(String paper, String orientation) {
        driver.findElement(By.id("sit-print-open")).click();
        var title = driver.findElement(By.id("sit-print-titulo"));
        title.clear();
        title.sendKeys("Inversión pública en Los Ríos");
        var subtitle = driver.findElement(By.id("sit-print-subtitulo"));
        subtitle.clear();
        subtitle.sendKeys("Capas base");
        new Select(driver.findElement(By.id("sit-print-papel"))).selectByValue(paper);
        new Select(driver.findElement(By.id("sit-print-orientacion"))).selectByValue(orientation);
        driver.findElement(By.id("sit-print-preview")).click();
        wait.until(d -> (paper + "-" + orientation).equals(body().getDomAttribute("data-sit-print")));
    }

    /** Prints the page as Chromium does for "Guardar como PDF"; asserts one page and returns its text. */
    private String printedOnOnePage(PrintOptions.Orientation orientation, PageSize size, String name)
            throws IOException {
        PrintOptions options = new PrintOptions();
        options.setOrientation(orientation);
        options.setPageSize(size);
        options.setPageMargin(new PageMargin(1.0, 1.0, 1.0, 1.0));
        options.setBackground(true);
        Pdf pdf = ((PrintsPage) driver).print(options);
        byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("impresion-" + name + ".pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(document.getNumberOfPages())
                    .as("pages of the " + name + " sheet")
                    .isEqualTo(1);
            return new PDFTextStripper().getText(document);
        }
    }
}
