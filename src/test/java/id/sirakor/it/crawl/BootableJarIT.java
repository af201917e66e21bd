package id.sirakor.it.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import id.sirakor.it.WebSession;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's own path, as a newcomer takes it: the bootable JAR that {@code mvn package} built,
 * started with {@code SIRAKOR_DEMO=true} on a fresh embedded H2 file database, then crawled as
 * every demo account. Pages that work on the managed WildFly with MariaDB can still fail here
 * (another database, another start-up), so both are crawled. Also proves on H2 what ADR 0009
 * claims for hall bookings under concurrency.
 *
 * <p>Ports: the test server's offset + 50 (default 150: http 8230, SMTP for its GreenMail 3175).
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
class BootableJarIT {

    private static Process server;
    private static GreenMail mail;
    private static Path work;
    private static String base;

    @BeforeAll
    static void startTheBootableJarOnH2WithDemoData() throws Exception {
        Path jar = Path.of("target", "sirakor-bootable.jar").toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), "mvn package builds " + jar);
        int offset = Integer.getInteger("it.port.offset", 100) + 50;
        work = Path.of("target", "bootable-h2").toAbsolutePath();
        deleteTree(work);
        Files.createDirectories(work);
        mail = new GreenMail(new ServerSetup(3025 + offset, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-Djboss.socket.binding.port-offset=" + offset, "-jar", jar.toString())
                .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
        pb.environment().put("SIRAKOR_DEMO", "true");
        pb.environment().put("SMTP_HOST", "127.0.0.1");
        pb.environment().put("SMTP_PORT", String.valueOf(3025 + offset));
        pb.environment().remove("DB_URL");
        pb.environment().remove("DB_DRIVER");
        server = pb.start();
        base = "http://127.0.0.1:" + (8080 + offset);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (true) {
            assertTrue(server.isAlive(), "the bootable JAR stopped; see " + work.resolve("server.log"));
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && Files.readString(work.resolve("server.log")).contains("Demo participants loaded")) {
                    break;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            assertTrue(System.nanoTime() < until, "the bootable JAR did not answer within 300 s; see " + work.resolve("server.log"));
            Thread.sleep(500);
        }
        String log = Files.readString(work.resolve("server.log"));
        assertTrue(log.contains("sumbar.notulis") && log.contains("operator.bkpsdm") && log.contains("narasumber.demo"),
                "the start log names every demo account");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy(); // SIGTERM: WildFly shuts down and the bootable JAR removes its temporary server
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    void everyPageOfEveryAccountOpensWithoutAnErrorOnTheReadmePath() throws Exception {
        List<String> problems = CrawlIT.crawlAll(base, work.resolve("server.log"), "h2", true);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** ADR 0009 on H2: two secretaries book one hall at the same moment, round after round: one wins, one is told who. */
    @Test
    void aHallIsBookedOnceUnderConcurrencyOnH2() throws Exception {
        WebSession a = WebSession.login(base, "sumbar.sekretariat", DemoAccounts.PASSWORD);
        WebSession b = WebSession.login(base, "sumbar.sekretariat", DemoAccounts.PASSWORD);
        long hall = -1;
        for (var v : Json.createReader(new StringReader(a.json("GET", "/api/v1/venues", null).body())).readArray()) {
            if (v.asJsonObject().getString("name").equals("Hotel Golden Tulip Balikpapan")) {
                hall = v.asJsonObject().getJsonArray("halls").getJsonObject(0).getJsonNumber("id").longValue();
            }
        }
        assertTrue(hall > 0, "the demo venue");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < 5; round++) {
            long e1 = event(a, "Rakor uji H2 A" + round);
            long e2 = event(b, "Rakor uji H2 B" + round);
            String day = "{\"date\":\"2031-0" + (round + 1) + "-1" + round + "\",\"hallId\":" + hall + ",\"start\":\"09:00:00\",\"end\":\"12:00:00\"}";
            CountDownLatch go = new CountDownLatch(1);
            Future<WebSession.Page> fa = pool.submit(() -> { go.await(); return a.json("POST", "/api/v1/events/" + e1 + "/days", day); });
            Future<WebSession.Page> fb = pool.submit(() -> { go.await(); return b.json("POST", "/api/v1/events/" + e2 + "/days", day); });
            go.countDown();
            List<Integer> statuses = new ArrayList<>(List.of(fa.get().status(), fb.get().status()));
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses, "round " + round + ": " + fa.get().body() + " / " + fb.get().body());
            String refused = fa.get().status() == 409 ? fa.get().body() : fb.get().body();
            JsonObject error = Json.createReader(new StringReader(refused)).readObject();
            assertEquals("event.hallTaken", error.getString("error"));
            assertTrue(error.getString("message").contains("Rakor uji H2"), "names the other event: " + refused);
        }
        pool.shutdown();
    }

    private static long event(WebSession s, String title) {
        WebSession.Page p = s.json("POST", "/api/v1/events", "{\"type\":\"RAKOR\",\"title\":\"" + title + "\",\"capacity\":50}");
        assertEquals(201, p.status(), p.body());
        return Json.createReader(new StringReader(p.body())).readObject().getJsonNumber("id").longValue();
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
