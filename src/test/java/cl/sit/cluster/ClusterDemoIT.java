package cl.sit.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Ci;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SIT scaled out on loopback (issue 15), as {@code scripts/cluster-demo.sh} builds it: a PostGIS primary, a
 * streaming replica, two SIT instances from the packaged jar and HAProxy in front. Through the balancer a person
 * signs in, edits an Agenda 21 feature and reads it back through both instances; the replica serves reads (its
 * {@code pg_stat_activity} and each instance's counters say so); a style changed on one instance is served by the
 * other within a second or two; with the replica stopped reads go on from the primary; with one instance stopped
 * the session goes on on the other.
 */
class ClusterDemoIT {

    private static final String ADMIN_PASSWORD = "clave-cluster-prueba";
    private static final Path SCRIPT = Path.of("scripts", "cluster-demo.sh");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Map<String, String> env;
    private static String lb;
    private static String a;
    private static String b;
    private static int replicaPort;
    private static Path dir;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void startCluster() throws Exception {
        Ci.require(isRoot(), "root (PostgreSQL runs as the postgres user)");
        Ci.require(Files.isExecutable(Path.of("/usr/sbin/haproxy")), "haproxy (Debian haproxy)");
        Ci.require(
                Files.isExecutable(Path.of("/usr/lib/postgresql/15/bin/pg_basebackup")),
                "pg_basebackup (Debian postgresql-15)");
        Ci.require(Files.isRegularFile(Path.of("target", "sit.jar")), "target/sit.jar (./mvnw package)");
        dir = Path.of("/var/tmp", "sit-cluster-it-" + ProcessHandle.current().pid());
        int[] ports = freePorts(5);
        replicaPort = ports[1];
        env = Map.of(
                "SIT_CLUSTER_DIR",
                dir.toString(),
                "PRIMARY_PORT",
                String.valueOf(ports[0]),
                "REPLICA_PORT",
                String.valueOf(ports[1]),
                "SIT_A_PORT",
                String.valueOf(ports[2]),
                "SIT_B_PORT",
                String.valueOf(ports[3]),
                "LB_PORT",
                String.valueOf(ports[4]),
                "SIT_ADMIN_PASSWORD",
                ADMIN_PASSWORD);
        script("stop");
        script("start");
        lb = "http://127.0.0.1:" + ports[4];
        a = "http://127.0.0.1:" + ports[2];
        b = "http://127.0.0.1:" + ports[3];
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (env != null) {
            script("stop");
        }
    }

    @Test
    void aSessionEditsThroughTheBalancerReadsFromTheReplicaAndSurvivesTheLossOfAReplicaAndAnInstance()
            throws Exception {
        signIn(lb);
        assertThat(json(send("GET", lb + "/api/editing/me", null, null))
                        .get("usuario")
                        .asString())
                .isEqualTo("admin");

        // An edit through the balancer, read back at once through it and through each instance.
        HttpResponse<String> created =
                send("POST", lb + "/collections/a21-uso-suelo/items", """
                {"type": "Feature", "properties": {"uso": "Humedales", "anio": 2025},
                 "geometry": {"type": "Polygon", "coordinates": [[[-73.392, -39.986], [-73.388, -39.986],
                 [-73.388, -39.982], [-73.392, -39.986]]]}}""", "application/geo+json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String item =
                "/collections/a21-uso-suelo/items/" + json(created).get("id").asString();
        for (String instance : List.of(lb, a, b, lb)) {
            HttpResponse<String> read = send("GET", instance + item, null, null);
            assertThat(read.statusCode()).as(instance).isEqualTo(200);
            assertThat(json(read).at("/properties/uso").asString()).isEqualTo("Humedales");
        }
        HttpResponse<String> patched = send(
                "PATCH",
                lb + item,
                "{\"properties\": {\"uso\": \"Bosques\"}}",
                "application/merge-patch+json",
                "If-Match",
                "\"1\"");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        for (String instance : List.of(a, b)) {
            assertThat(json(send("GET", instance + item, null, null))
                            .at("/properties/uso")
                            .asString())
                    .as("the session's own write, read through %s", instance)
                    .isEqualTo("Bosques");
        }

        // Reads of anonymous visitors go to the replica, on both instances.
        for (String instance : List.of(a, b)) {
            double before = metric(instance, "sit_db_connections_total{target=\"replica\"}");
            for (int i = 0; i < 5; i++) {
                assertThat(anonymous(instance + "/collections/comunas/items?limit=3")
                                .statusCode())
                        .isEqualTo(200);
            }
            assertThat(metric(instance, "sit_db_connections_total{target=\"replica\"}"))
                    .isGreaterThan(before);
        }
        List<String> onReplica = psql(
                replicaPort,
                "SELECT DISTINCT application_name FROM pg_stat_activity "
                        + "WHERE application_name LIKE 'sit/%' ORDER BY 1");
        assertThat(onReplica).containsExactly("sit/a/replica-1", "sit/b/replica-1");

        // A layer restyled on instance a is served restyled by instance b.
        String style =
                json(anonymous(b + "/collections/a21-uso-suelo")).get("style").toString();
        String restyled = style.replace("\"#4db6ac\"", "\"#006064\"");
        assertThat(send("PUT", a + "/api/layers/a21-uso-suelo/style", restyled, "application/json")
                        .statusCode())
                .isEqualTo(200);
        long start = System.nanoTime();
        await(() -> anonymous(b + "/collections/a21-uso-suelo").body().contains("#006064"), Duration.ofSeconds(5));
        long seenAfterMs = (System.nanoTime() - start) / 1_000_000;
        System.out.println("ClusterDemoIT: instance b served the style changed on a after " + seenAfterMs + " ms");
        assertThat(seenAfterMs).as("ms until instance b served the new style").isLessThan(2000);
        send("PUT", a + "/api/layers/a21-uso-suelo/style", style, "application/json");

        // The replica stops: reads go on from the primary, the instances stay ready.
        script("stop-replica");
        for (int i = 0; i < 6; i++) {
            assertThat(anonymous(lb + "/collections/comunas/items?limit=3").statusCode())
                    .isEqualTo(200);
            assertThat(send("GET", lb + item, null, null).statusCode()).isEqualTo(200);
        }
        await(() -> metric(a, "sit_db_replica_healthy{replica=\"replica-1\"}") == 0, Duration.ofSeconds(5));
        assertThat(metric(a, "sit_db_replica_fallbacks_total{replica=\"replica-1\"}"))
                .isGreaterThanOrEqualTo(1);
        assertThat(anonymous(a + "/actuator/health/readiness").statusCode()).isEqualTo(200);
        double primaryBefore = metric(a, "sit_db_connections_total{target=\"primary\"}");
        assertThat(anonymous(a + "/collections/comunas/items?limit=3").statusCode())
                .isEqualTo(200);
        assertThat(metric(a, "sit_db_connections_total{target=\"primary\"}")).isGreaterThan(primaryBefore);

        // Instance a stops: the balancer sends everything to b, and the session (in the database) goes on there.
        script("stop-instance", "a");
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> me = send("GET", lb + "/api/editing/me", null, null);
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(json(me).get("usuario").asString()).isEqualTo("admin");
        }
        HttpResponse<String> again = send(
                "PATCH",
                lb + item,
                "{\"properties\": {\"uso\": \"Humedales\"}}",
                "application/merge-patch+json",
                "If-Match",
                "\"2\"");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(send("DELETE", lb + item, null, null, "If-Match", "\"3\"").statusCode())
                .isEqualTo(204);
    }

    // ---------------------------------------------------------------- helpers

    /** The sign-in form, as a browser fills it (its CSRF token and the session cookie). */
    private void signIn(String base) throws Exception {
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).as("CSRF token in the sign-in form").isTrue();
        String body = "username=admin&password=" + ADMIN_PASSWORD + "&_csrf=" + token.group(1);
        HttpResponse<String> posted = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(posted.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    /** A request of the signed-in session, with its CSRF token on writes. */
    private HttpResponse<String> send(String method, String url, String body, String contentType, String... headers)
            throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/geo+json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            r.header("Content-Type", contentType);
        }
        if (!method.equals("GET")) {
            r.header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no cookie " + name));
    }

    private static HttpResponse<String> anonymous(String url) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Accept", "application/json")
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(url, e);
        }
    }

    /** One value of an instance's Prometheus page (read as an admin), 0 when absent. */
    private static double metric(String instance, String series) {
        try {
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(instance + "/actuator/prometheus"))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + Base64.getEncoder()
                                                            .encodeToString(("admin:" + ADMIN_PASSWORD)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            return page.body()
                    .lines()
                    .filter(l -> l.startsWith(series + " "))
                    .findFirst()
                    .map(l ->
                            Double.parseDouble(l.substring(series.length() + 1).trim()))
                    .orElse(0.0);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private static void await(Supplier<Boolean> condition, Duration most) throws InterruptedException {
        long end = System.nanoTime() + most.toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not true within " + most);
            }
            Thread.sleep(100);
        }
    }

    private static List<String> psql(int port, String query) throws Exception {
        Process p = new ProcessBuilder(
                        "runuser",
                        "-u",
                        "postgres",
                        "--",
                        "/usr/lib/postgresql/15/bin/psql",
                        "-X",
                        "-At",
                        "-h",
                        dir.toString(),
                        "-p",
                        String.valueOf(port),
                        "-d",
                        "sit",
                        "-c",
                        query)
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.lines().filter(l -> !l.isBlank()).toList();
    }

    private static void script(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        if (code != 0) {
            String logs = "";
            for (String name : List.of("sit-a.log", "sit-b.log")) {
                Path log = dir.resolve(name);
                if (Files.exists(log)) {
                    List<String> lines = Files.readAllLines(log);
                    logs += "\n--- " + name + "\n"
                            + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
                }
            }
            throw new AssertionError(
                    "cluster-demo.sh " + String.join(" ", args) + " failed (" + code + "):\n" + out + logs);
        }
    }

    private static int[] freePorts(int n) throws IOException {
        int[] ports = new int[n];
        List<ServerSocket> open = new ArrayList<>();
        try {
            for (int i = 0; i < n; i++) {
                ServerSocket s = new ServerSocket(0);
                open.add(s);
                ports[i] = s.getLocalPort();
            }
        } finally {
            for (ServerSocket s : open) {
                s.close();
            }
        }
        return ports;
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
