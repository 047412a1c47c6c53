package cl.sit.mapsheet;

import cl.sit.layer.Feature;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.layer.LayerVisibility;
import cl.sit.system.ErrorCode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.stereotype.Component;

/**
 * Draws sheets: reads the features of each layer inside the view (what the reader may see of editable layers, at
 * most {@value #MAX_FEATURES} per layer), paints them with {@link SheetPainter} and writes a PNG, or a one-page
 * PDF of the paper's size holding that image. At most {@value #AT_ONCE} sheets are drawn at once (an A3 sheet is
 * a 2,500 × 1,750 image): a request that waits more than 20 s gets a 503.
 */
@Component
class MapSheets {

    static final int MAX_FEATURES = 50_000;
    static final int AT_ONCE = 2;
    private static final ZoneId CHILE = ZoneId.of("America/Santiago");

    private final LayerRegistry registry;
    private final FeatureStore store;
    private final LayerVisibility visibility;
    private final Semaphore painting = new Semaphore(AT_ONCE);

    MapSheets(LayerRegistry registry, FeatureStore store, LayerVisibility visibility) {
        this.registry = registry;
        this.store = store;
        this.visibility = visibility;
    }

    byte[] draw(SheetRequest r) {
        List<Layer> layers = layers(r.layers());
        try {
            if (!painting.tryAcquire(20, TimeUnit.SECONDS)) {
                throw ErrorCode.BUSY.exception("Hay otras hojas dibujándose; intente de nuevo en unos segundos");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ErrorCode.BUSY.exception("Interrumpido");
        }
        try {
            Viewport view = SheetPainter.viewport(r);
            float scale = SheetPainter.DPI / 96f;
            List<SheetPainter.Drawn> drawn = new ArrayList<>();
            Set<String> sources = new LinkedHashSet<>();
            for (Layer layer : layers) {
                LayerSymbols symbols = new LayerSymbols(
                        layer.title(), layer.style(), layer.geometryType().contains("Point"), scale);
                int[] read = {0};
                store.forEach(
                        layer,
                        new FeatureQuery(view.lonLat(), Map.of(), visibility.visibleOwners(layer), MAX_FEATURES + 1, 0),
                        (Feature f) -> {
                            if (++read[0] <= MAX_FEATURES) {
                                symbols.add(f.properties(), f.geometry());
                            }
                        });
                drawn.addAll(symbols.drawn(read[0] > MAX_FEATURES, MAX_FEATURES));
                if (layer.source() != null && !layer.source().isBlank()) {
                    sources.add(layer.source());
                }
            }
            BufferedImage image = SheetPainter.paint(
                    r,
                    view,
                    drawn,
                    sources.isEmpty() ? "SIT" : String.join("; ", sources) + ".",
                    ZonedDateTime.now(CHILE));
            return r.pdf() ? pdf(image, r) : png(image);
        } finally {
            painting.release();
        }
    }

    /** The layers asked for (unknown ones and layers without geometry are a 400), or the map's start layers. */
    private List<Layer> layers(List<String> ids) {
        if (ids.isEmpty()) {
            return registry.all().stream()
                    .filter(l -> l.defaultVisible() && drawable(l))
                    .toList();
        }
        List<Layer> out = new ArrayList<>();
        for (String id : ids) {
            Layer layer = registry.find(id)
                    .filter(MapSheets::drawable)
                    .orElseThrow(() -> ErrorCode.INVALID_PARAMETER_VALUE.exception(
                            "Parámetro 'capas': no existe la capa con geometría '" + id + "'; ver /collections"));
            out.add(layer);
        }
        return out;
    }

    /** Layers with geometry ("None" marks a table such as the population by age, as for tiles). */
    private static boolean drawable(Layer layer) {
        return layer.geometryType() != null && !layer.geometryType().equals("None");
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** One page of the paper's size (in points), the sheet's image filling it. */
    private static byte[] pdf(BufferedImage image, SheetRequest r) {
        float w = r.paper().widthMm / 25.4f * 72;
        float h = r.paper().heightMm / 25.4f * 72;
        PDRectangle size = r.landscape() ? new PDRectangle(h, w) : new PDRectangle(w, h);
        try (PDDocument document = new PDDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            document.getDocumentInformation().setTitle(r.title());
            document.getDocumentInformation().setCreator("SIT, Sistema de Información Territorial");
            PDImageXObject picture = LosslessFactory.createFromImage(document, image);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(picture, 0, 0, size.getWidth(), size.getHeight());
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
