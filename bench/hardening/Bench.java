import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Hardening benchmark (see README.md): valid registrations/s on a clean load (the baseline) and on
 * the same load with hostile requests mixed in (over-long fields, 200 KB bodies, malformed JSON,
 * wrong types), against one server in one command; the ratio is the result. Also the server's RSS
 * before and after, and the outbox's drain rate of the queued confirmations when SMTP_PORT answers.
 * Arguments: baseUrl jdbcUrl user password cleanSlug mixedSlug valid hostilePerValid concurrency serverPid
 */
public class Bench {

    public static void main(String[] a) throws Exception {
        String base = a[0], url = a[1], user = a[2], pw = a[3], clean = a[4], mixed = a[5];
        int valid = Integer.parseInt(a[6]), hostilePer = Integer.parseInt(a[7]), concurrency = Integer.parseInt(a[8]);
        long pid = Long.parseLong(a[9]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        long rss0 = rss(pid);
        Result c = run(http, base, clean, "clean", valid, 0, concurrency, 0);
        long rss1 = rss(pid);
        Result m = run(http, base, mixed, "mixed", valid, hostilePer, concurrency, 100_000);
        long rss2 = rss(pid);
        System.out.printf("clean : %d valid in %.2f s = %.0f valid/s, p99 %d ms, non-201 valid: %d%n", c.ok, c.seconds, c.ok / c.seconds, c.p99, c.bad);
        System.out.printf("mixed : %d valid + %d hostile in %.2f s = %.0f valid/s, p99 %d ms (valid), non-201 valid: %d, hostile 5xx: %d, hostile 4xx: %d%n",
                m.ok, m.hostile, m.seconds, m.ok / m.seconds, m.p99, m.bad, m.hostile5xx, m.hostile4xx);
        System.out.printf("ratio mixed/clean valid/s: %.2f%n", (m.ok / m.seconds) / (c.ok / c.seconds));
        System.out.printf("server RSS MB: start %d, after clean %d, after mixed %d%n", rss0 / 1024, rss1 / 1024, rss2 / 1024);
        try (Connection db = DriverManager.getConnection(url, user, pw); Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM registration WHERE name LIKE 'Hostile%' OR CHAR_LENGTH(name) > 150")) {
                rs.next();
                System.out.printf("hostile rows written: %d%n", rs.getLong(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM registration r JOIN event e ON e.id = r.event_id WHERE e.slug IN ('"
                    + clean + "','" + mixed + "') AND r.status = 'CONFIRMED' AND r.waitlist_no IS NOT NULL")) {
                rs.next();
                System.out.printf("confirmed rows carrying a waitlist number: %d%n", rs.getLong(1));
            }
        }
    }

    record Result(int ok, int bad, int hostile, int hostile4xx, int hostile5xx, double seconds, long p99) {
    }

    static long rss(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmRSS:")) {
                    return Long.parseLong(l.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    static String hostile(int k) {
        String ok = "{\"name\":\"Hostile " + k + "\",\"idKind\":\"NIK\",\"idNumber\":\"1375011204900001\",\"institutionName\":\"Dinas\","
                + "\"phone\":\"081200000000\",\"email\":\"h" + k + "@contoh.id\",\"consent\":true}";
        return switch (k % 8) {
            case 0 -> ok.replace("Hostile " + k, "a".repeat(151));
            case 1 -> ok.replace("Hostile " + k, "a".repeat(10_000));
            case 2 -> ok.replace("Hostile " + k, "a".repeat(200_000));
            case 3 -> ok + "garbage";
            case 4 -> ok.replace("\"consent\":true", "\"consent\":true,\"institutionId\":1.5");
            case 5 -> "[" + ok + "]";
            case 6 -> ok.replace("Hostile", "Hos\\u0000tile");
            default -> "{\"name\":" + "[".repeat(5_000);
        };
    }

    static Result run(HttpClient http, String base, String slug, String prefix, int valid, int hostilePer, int concurrency, int offset)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> futures = new ArrayList<>();
        int hostileN = 0;
        for (int i = 0; i < valid; i++) {
            int k = i + offset;
            String nik = "137501" + String.format("%02d", 1 + (k / 9999) % 28) + "0490" + String.format("%04d", (k % 9999) + 1);
            String body = "{\"name\":\"Peserta " + k + "\",\"idKind\":\"NIK\",\"idNumber\":\"" + nik + "\",\"institutionName\":\"Dinas " + (k % 50)
                    + "\",\"phone\":\"0812" + String.format("%08d", k) + "\",\"email\":\"p" + k + "@contoh.id\",\"consent\":true}";
            futures.add(submit(pool, go, http, base, slug, prefix + "-" + k, body, 0));
            for (int h = 0; h < hostilePer; h++) {
                int hk = k * 10 + h;
                futures.add(submit(pool, go, http, base, slug, prefix + "-h-" + hk, hostile(hk), 1));
                hostileN++;
            }
        }
        long start = System.nanoTime();
        go.countDown();
        List<Long> lat = new ArrayList<>();
        int ok = 0, bad = 0, h4 = 0, h5 = 0;
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            if (r[2] == 0) {
                lat.add(r[0]);
                if (r[1] == 201) {
                    ok++;
                } else {
                    bad++;
                }
            } else if (r[1] >= 500) {
                h5++;
            } else if (r[1] >= 400) {
                h4++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(lat);
        return new Result(ok, bad, hostileN, h4, h5, seconds, lat.get((int) Math.ceil(lat.size() * 0.99) - 1) / 1_000_000);
    }

    static Future<long[]> submit(ExecutorService pool, CountDownLatch go, HttpClient http, String base, String slug, String key, String body, int kind) {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/public/events/" + slug + "/registrations"))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("Idempotency-Key", key)
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return pool.submit(() -> {
            go.await();
            long t0 = System.nanoTime();
            int status;
            try {
                status = http.send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
            } catch (java.io.IOException e) {
                status = 499; // the server closed a 413 connection before the body was sent
            }
            return new long[] {System.nanoTime() - t0, status, kind};
        });
    }
}
