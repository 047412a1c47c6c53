package cl.sit.mapsheet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays the sheet out and paints it: the title and subtitle on top, the map in a frame (with a scale bar and a north
 * arrow), and below it the legend in two columns beside the sources and the date. Sizes are in millimetres on the
 * paper, at {@value #DPI} dots per inch; the map page's print sheet (mapa-impresion.js) has the same layout.
 */
final class SheetPainter {

    static final int DPI = 150;
    private static final double MARGIN_MM = 10;
    private static final double HEAD_MM = 20;
    private static final double FOOT_MM = 36;
    private static final Color INK = new Color(0x26, 0x32, 0x38);
    private static final Color WATER = new Color(0xdf, 0xe7, 0xec);
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy, HH:mm", Locale.forLanguageTag("es-CL"));

    /** One layer as drawn: its title and style for the legend, its geometries, and whether some were left out. */
    record Drawn(
            String title,
            LayerStyle style,
            boolean points,
            List<org.locationtech.jts.geom.Geometry> geometries,
            boolean truncated,
            int limit) {}

    private SheetPainter() {}

    static int px(double mm) {
        return (int) Math.round(mm / 25.4 * DPI);
    }

    /** The map frame's size in pixels for a request, so the caller can read the features the frame shows. */
    static Viewport viewport(SheetRequest r) {
        int[] page = page(r);
        return new Viewport(
                r.bbox(), page[0] - 2 * px(MARGIN_MM), page[1] - 2 * px(MARGIN_MM) - px(HEAD_MM) - px(FOOT_MM));
    }

    /** The page in pixels, width and height. */
    static int[] page(SheetRequest r) {
        int w = px(r.paper().widthMm);
        int h = px(r.paper().heightMm);
        return r.landscape() ? new int[] {h, w} : new int[] {w, h};
    }

    static BufferedImage paint(SheetRequest r, Viewport view, List<Drawn> layers, String sources, ZonedDateTime when) {
        int[] page = page(r);
        BufferedImage image = new BufferedImage(page[0], page[1], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, page[0], page[1]);
            int left = px(MARGIN_MM);
            int top = px(MARGIN_MM);
            int width = page[0] - 2 * left;
            head(g, r, left, top, width);
            int mapTop = top + px(HEAD_MM);
            map(g, view, layers, left, mapTop);
            foot(g, layers, sources, when, left, mapTop + view.height() + px(2), width);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void head(Graphics2D g, SheetRequest r, int left, int top, int width) {
        g.setColor(INK);
        g.setFont(font(Font.BOLD, 16));
        FontMetrics title = g.getFontMetrics();
        g.drawString(fit(r.title(), title, width), left, top + title.getAscent());
        if (!r.subtitle().isEmpty()) {
            g.setFont(font(Font.PLAIN, 10));
            g.setColor(new Color(0x37, 0x47, 0x4f));
            g.drawString(
                    fit(r.subtitle(), g.getFontMetrics(), width),
                    left,
                    top + title.getHeight() + px(1) + g.getFontMetrics().getAscent());
        }
    }

    private static void map(Graphics2D g, Viewport view, List<Drawn> layers, int left, int top) {
        Graphics2D frame = (Graphics2D) g.create(left, top, view.width(), view.height());
        try {
            frame.setColor(WATER);
            frame.fillRect(0, 0, view.width(), view.height());
            float scale = DPI / 96f;
            for (Drawn layer : layers) {
                LayerPainter painter = new LayerPainter(frame, view, layer.style());
                layer.geometries().forEach(painter::draw);
            }
            scaleBar(frame, view, scale);
            northArrow(frame, view.width() - px(12), px(4));
        } finally {
            frame.dispose();
        }
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.5f));
        g.drawRect(left, top, view.width(), view.height());
    }

    /** A bar of a round length (1, 2 or 5 times a power of ten) no longer than a fifth of the frame. */
    static double scaleLength(double metresPerPixel, int frameWidth) {
        double most = metresPerPixel * frameWidth / 5;
        double power = Math.pow(10, Math.floor(Math.log10(most)));
        for (double step : new double[] {5, 2, 1}) {
            if (step * power <= most) {
                return step * power;
            }
        }
        return power;
    }

    private static void scaleBar(Graphics2D g, Viewport view, float scale) {
        double metres = scaleLength(view.groundMetresPerPixel(), view.width());
        int length = (int) Math.round(metres / view.groundMetresPerPixel());
        String label = metres >= 1000
                ? String.format(Locale.ROOT, "%.0f km", metres / 1000)
                : String.format(Locale.ROOT, "%.0f m", metres);
        g.setFont(font(Font.PLAIN, 8));
        FontMetrics m = g.getFontMetrics();
        int x = px(3);
        int y = view.height() - px(4);
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRect(x - px(1.5), y - m.getHeight() - px(2), length + px(3), m.getHeight() + px(4));
        g.setColor(INK);
        g.setStroke(new BasicStroke(2 * scale));
        g.drawLine(x, y, x + length, y);
        g.drawLine(x, y, x, y - px(1.5));
        g.drawLine(x + length, y, x + length, y - px(1.5));
        g.drawString(label, x + (length - m.stringWidth(label)) / 2, y - px(1.2));
    }

    private static void northArrow(Graphics2D g, int x, int y) {
        int w = px(6);
        int h = px(9);
        g.setColor(new Color(255, 255, 255, 220));
        g.fillRoundRect(x - px(1), y - px(1), w + px(2), h + px(5), px(1), px(1));
        Path2D west = new Path2D.Double();
        west.moveTo(x + w / 2.0, y);
        west.lineTo(x, y + h);
        west.lineTo(x + w / 2.0, y + h * 0.8);
        west.closePath();
        Path2D east = new Path2D.Double();
        east.moveTo(x + w / 2.0, y);
        east.lineTo(x + w, y + h);
        east.lineTo(x + w / 2.0, y + h * 0.8);
        east.closePath();
        g.setColor(INK);
        g.fill(west);
        g.setColor(Color.WHITE);
        g.fill(east);
        g.setColor(INK);
        g.setStroke(new BasicStroke(1.2f));
        g.draw(east);
        g.setFont(font(Font.BOLD, 8));
        FontMetrics m = g.getFontMetrics();
        g.drawString("N", x + (w - m.stringWidth("N")) / 2, y + h + m.getAscent());
    }

    private static void foot(
            Graphics2D g, List<Drawn> layers, String sources, ZonedDateTime when, int left, int top, int width) {
        int legendWidth = (int) (width * 0.6);
        int column = (legendWidth - px(4)) / 2;
        g.setFont(font(Font.PLAIN, 8));
        FontMetrics m = g.getFontMetrics();
        int row = Math.max(m.getHeight(), px(4.5));
        int perColumn = Math.max(1, (px(FOOT_MM) - px(2)) / row);
        // Two columns; what does not fit ends in a last line that says how many symbols were left out.
        int shown = layers.size() <= 2 * perColumn ? layers.size() : 2 * perColumn - 1;
        if (shown < layers.size()) {
            int rest = layers.size() - shown;
            g.setColor(INK);
            g.drawString(
                    fit("… y " + rest + (rest == 1 ? " símbolo más" : " símbolos más"), m, column),
                    left + column + px(4) + px(7),
                    top + (perColumn - 1) * row + (row + m.getAscent() - m.getDescent()) / 2);
        }
        for (int i = 0; i < shown; i++) {
            Drawn layer = layers.get(i);
            int x = left + i / perColumn * (column + px(4));
            int y = top + (i % perColumn) * row;
            swatch(g, layer, x, y + (row - px(3.5)) / 2);
            g.setColor(INK);
            String text = layer.title()
                    + (layer.truncated()
                            ? " (solo los primeros "
                                    + String.format(Locale.forLanguageTag("es-CL"), "%,d", layer.limit())
                                    + " de la vista)"
                            : "");
            g.drawString(fit(text, m, column - px(7)), x + px(7), y + (row + m.getAscent() - m.getDescent()) / 2);
        }
        int notesLeft = left + legendWidth + px(6);
        int notesWidth = width - legendWidth - px(6);
        List<String> lines = new ArrayList<>(wrap("Fuentes: " + sources, m, notesWidth));
        lines.add("");
        lines.addAll(wrap(
                "Impreso el " + WHEN.format(when) + " (hora de Chile) · SIT, Sistema de Información Territorial",
                m,
                notesWidth));
        int y = top + m.getAscent();
        for (String line : lines) {
            if (y > top + px(FOOT_MM)) {
                break;
            }
            g.drawString(line, notesLeft, y);
            y += m.getHeight();
        }
    }

    private static void swatch(Graphics2D g, Drawn layer, int x, int y) {
        int size = px(3.5);
        Shape shape = layer.points()
                ? new java.awt.geom.Ellipse2D.Double(x + px(0.5), y, size, size)
                : new Rectangle2D.Double(x, y, px(5), size);
        g.setColor(Color.WHITE);
        g.fill(shape);
        if (layer.style().fill() != null) {
            g.setColor(layer.style().fill());
            g.fill(shape);
        }
        if (layer.style().stroke() != null) {
            g.setColor(layer.style().stroke());
            g.setStroke(new BasicStroke(Math.min(3f, layer.style().weight())));
            g.draw(shape);
        }
    }

    private static Font font(int style, double points) {
        return new Font(Font.SANS_SERIF, style, (int) Math.round(points * DPI / 72));
    }

    /** The text cut with an ellipsis to fit {@code width}. */
    private static String fit(String text, FontMetrics m, int width) {
        if (m.stringWidth(text) <= width) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && m.stringWidth(cut + "…") > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static List<String> wrap(String text, FontMetrics m, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (m.stringWidth(next) > width && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
