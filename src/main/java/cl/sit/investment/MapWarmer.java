package cl.sit.investment;

import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerGenerations.Generation;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.SitProperties;
import cl.sit.system.WriteConcurrency;
import cl.sit.tiles.TileOptions;
import cl.sit.tiles.TileWarming;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Makes the investment map's first view before anyone opens it: every {@code sit.tiles.warm-every-seconds}, when
 * the projects' layer has changed generation since the last time and no write is being served, it reads the filter
 * form, the unfiltered count (both kept per generation by {@link ProjectMap}) and the layer's extent (kept likewise
 * by the feature store, for {@code /collections}) and renders the compact tiles over the communes
 * ({@link TileWarming}). At 1,000,000 projects the first visitor after an import otherwise waited 5 s
 * (PostGIS) to 36 s (H2GIS) for them. A write that starts stops the rendering; it starts again at the next look.
 */
@Component
class MapWarmer {

    private static final Logger log = LoggerFactory.getLogger(MapWarmer.class);
    /** The layer the map opens on (its view fits the communes). */
    static final String COMMUNES = "comunas";
    /** Zooms are rendered while the communes fit in this many tiles (the whole country: zoom 0 to 5). */
    static final int MAX_TILES = 64;
    /** The page size the map asks for ({@code PAGE_LIMIT} of {@code mapa-util.js}). */
    static final int START_PAGE = 10_000;

    private final LayerGenerations generations;
    private final LayerRegistry registry;
    private final FeatureStore features;
    private final ProjectMap map;
    private final TileWarming warming;
    private final WriteConcurrency writes;
    private final ScheduledExecutorService executor;
    private volatile Generation warmed;

    MapWarmer(
            LayerGenerations generations,
            LayerRegistry registry,
            FeatureStore features,
            ProjectMap map,
            TileWarming warming,
            WriteConcurrency writes,
            SitProperties properties) {
        this.generations = generations;
        this.registry = registry;
        this.features = features;
        this.map = map;
        this.warming = warming;
        this.writes = writes;
        int seconds = properties.tiles() == null ? 0 : properties.tiles().warmEverySeconds();
        this.executor = seconds <= 0
                ? null
                : Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "sit-map-warmer");
                    t.setDaemon(true);
                    t.setPriority(Thread.MIN_PRIORITY);
                    return t;
                });
        if (executor != null) {
            executor.scheduleWithFixedDelay(this::lookQuietly, seconds, seconds, TimeUnit.SECONDS);
        }
    }

    /**
     * Once SIT serves requests: asks itself, on loopback, for the map page and what it reads at start besides the
     * projects (the collections, and the layers read-only and visible by default, as the page asks them:
     * {@code f=json&limit=10000}), so the first visitor does not wait for the first run of that code (the national
     * communes took 390 ms cold against 85 ms after). Kept bodies are per public origin ({@code ItemBodyCache}):
     * with {@code SIT_BASE_URL} set they serve every visitor; without it, this ask on {@code localhost} leaves warm
     * code and a warm database.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUpStartLayers(ApplicationReadyEvent event) {
        Integer port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", Integer.class);
        if (executor != null && port != null) {
            executor.execute(() -> {
                long t0 = System.nanoTime();
                int answered = warmStartLayers(port);
                log.info("Map start layers warmed up: {} in {} ms", answered, (System.nanoTime() - t0) / 1_000_000);
            });
        }
    }

    /**
     * Asks SIT on {@code port} for the map page itself (its HTML: the first render of its template took 480 ms), the
     * list of collections it reads first, each start layer once and the communes' label points; returns how many
     * answered 200.
     */
    int warmStartLayers(int port) {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        List<String[]> asks = new ArrayList<>();
        asks.add(new String[] {"/", "text/html"});
        asks.add(new String[] {"/collections?f=json", "application/json"});
        for (Layer layer : registry.all()) {
            if (layer.defaultVisible() && !layer.editable() && !layer.id().equals(InvestmentWriter.LAYER_ID)) {
                asks.add(new String[] {
                    "/collections/" + layer.id() + "/items?f=json&limit=" + START_PAGE, "application/geo+json"
                });
            }
        }
        // The communes' label points: computed once per generation, the national ones in a few hundred ms.
        asks.add(new String[] {"/api/layers/" + COMMUNES + "/label-points", "application/json"});
        int answered = 0;
        for (String[] ask : asks) {
            URI uri = URI.create("http://localhost:" + port + ask[0]);
            try {
                HttpResponse<Void> r = client.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(60))
                                .header("Accept", ask[1])
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                answered += r.statusCode() == 200 ? 1 : 0;
            } catch (IOException | RuntimeException e) {
                log.debug("Could not warm up {}: {}", uri, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return answered;
    }

    @PreDestroy
    void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void lookQuietly() {
        try {
            look();
        } catch (RuntimeException e) {
            log.warn("Could not make the investment map's first view ahead: {}", e.toString());
        }
    }

    /** One look: makes the map's first view again if the projects changed. Returns the tiles rendered (-1: none). */
    int look() {
        if (writes.writing()) {
            return -1;
        }
        Generation now = generations.of(InvestmentWriter.LAYER_ID);
        Layer layer = registry.find(InvestmentWriter.LAYER_ID).orElse(null);
        Layer communes = registry.find(COMMUNES).orElse(null);
        if (now.equals(warmed) || layer == null || communes == null) {
            return -1;
        }
        Envelope area = features.extent(communes, null).orElse(null);
        if (area == null) {
            return -1;
        }
        long t0 = System.nanoTime();
        map.form();
        map.count(TileOptions.NONE);
        features.extent(layer, null);
        int rendered = warming.warm(layer, area, MAX_TILES, writes::writing);
        if (!writes.writing()) {
            warmed = now;
            log.info(
                    "Investment map made ahead for generation {}: form, count and {} tiles in {} ms",
                    now.number(),
                    rendered,
                    (System.nanoTime() - t0) / 1_000_000);
        }
        return rendered;
    }
}
