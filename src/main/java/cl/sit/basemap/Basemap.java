package cl.sit.basemap;

import java.net.URI;

/**
 * One base map the map and the editor offer: an XYZ tile service ({@code url} with {@code {z}}, {@code {x}},
 * {@code {y}}) or a WMS ({@code url} of the service and its {@code layers}), with its attribution as plain text
 * and a link (never markup).
 *
 * @param id short identifier (letters, digits, hyphens)
 * @param name what the layer control shows
 * @param type {@code xyz} or {@code wms}
 * @param url an {@code http(s)} URL, or a path on SIT itself starting with {@code /}
 * @param layers the WMS layers (WMS only)
 * @param attribution who to credit, as text
 * @param attributionUrl where the credit links to (may be null)
 * @param maxZoom the deepest zoom the service draws
 */
public record Basemap(
        String id,
        String name,
        String type,
        String url,
        String layers,
        String attribution,
        String attributionUrl,
        int maxZoom) {

    /** This base map, or an exception naming what is wrong with it. */
    Basemap checked() {
        require(id != null && id.matches("[A-Za-z0-9-]{1,40}"), "id: letters, digits and hyphens, up to 40");
        require(name != null && !name.isBlank() && name.length() <= 80, "name: 1 to 80 characters");
        require("xyz".equals(type) || "wms".equals(type), "type: xyz or wms");
        require(
                url != null
                        && url.length() <= 500
                        && (url.startsWith("/") && !url.startsWith("//")
                                || url.startsWith("https://")
                                || url.startsWith("http://")),
                "url: http(s):// or a path of SIT");
        require(!"wms".equals(type) || layers != null && !layers.isBlank(), "layers: needed for a WMS");
        require(
                attribution != null && !attribution.isBlank() && attribution.length() <= 200,
                "attribution: 1 to 200 characters");
        require(
                attributionUrl == null || attributionUrl.startsWith("https://") || attributionUrl.startsWith("http://"),
                "attributionUrl: http(s)://");
        require(maxZoom >= 1 && maxZoom <= 22, "maxZoom: 1 to 22");
        return this;
    }

    /** The origin of its tiles ({@code https://host:port}), or null for a path of SIT itself. */
    String origin() {
        if (url.startsWith("/")) {
            return null;
        }
        URI uri = URI.create(url.replaceAll("[{}]", ""));
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    private void require(boolean ok, String rule) {
        if (!ok) {
            throw new IllegalArgumentException("Base map " + (id == null ? "(sin id)" : id) + ": " + rule);
        }
    }
}
