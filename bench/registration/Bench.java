import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registration benchmark (see README.md): the raw commit rate of a single-row UPDATE on the same
 * database, then N concurrent registration attempts over HTTP at an event with S seats.
 * Arguments: baseUrl jdbcUrl user password slug attempts concurrency seats eventId
 */
public class Bench {

    public static void main(String[] a) throws Exception {
        String base = a[0], url = a[1], user = a[2], pw = a[3], slug = a[4];
        int attempts = Integer.parseInt(a[5]), concurrency = Integer.parseInt(a[6]), seats = Integer.parseInt(a[7]);
        long eventId = Long.parseLong(a[8]);
        String warmupSlug = a.length > 9 ? a[9] : null;
        int warmup = a.length > 10 ? Integer.parseInt(a[10]) : 0;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        // 0. optional warm-up at another event (JIT, pools, caches), not measured
        if (warmupSlug != null && warmup > 0) {
            long t = System.nanoTime();
            List<long[]> w = fire(http, base, warmupSlug, "warm", warmup, concurrency, 500_000);
            System.out.printf("warm-up: %d registrations at %s in %.1f s (not measured)%n", w.size(), warmupSlug, (System.nanoTime() - t) / 1e9);
        }

        // 1. raw commit rate: 32 clients, autocommit single-row UPDATE, 5 seconds
        try (Connection c = DriverManager.getConnection(url, user, pw); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS bench_counter (id INT PRIMARY KEY, n BIGINT NOT NULL)");
            s.execute("REPLACE INTO bench_counter VALUES (1, 0)");
        }
        AtomicLong commits = new AtomicLong();
        long rawEnd = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        ExecutorService rawPool = Executors.newFixedThreadPool(32);
        List<Future<?>> raw = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            raw.add(rawPool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, user, pw); Statement s = c.createStatement()) {
                    while (System.nanoTime() < rawEnd) {
                        s.executeUpdate("UPDATE bench_counter SET n = n + 1 WHERE id = 1");
                        commits.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : raw) {
            f.get();
        }
        rawPool.shutdown();
        double rawRate = commits.get() / 5.0;

        // 2. registrations over HTTP
        long start = System.nanoTime();
        List<long[]> replies = fire(http, base, slug, "bench-" + eventId, attempts, concurrency, 0);
        List<Long> latencies = new ArrayList<>();
        int ok = 0, errors = 0;
        for (long[] r : replies) {
            latencies.add(r[0]);
            if (r[1] == 201) {
                ok++;
            } else {
                errors++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
                Collections.sort(latencies);
        long confirmed;
        try (Connection c = DriverManager.getConnection(url, user, pw); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM registration WHERE event_id = " + eventId + " AND status = 'CONFIRMED'")) {
            rs.next();
            confirmed = rs.getLong(1);
        }
        double rate = ok / seconds;
        System.out.printf("raw single-row UPDATE commits/s (32 clients): %.0f%n", rawRate);
        System.out.printf("registration attempts: %d over HTTP, %d concurrent; answered 201: %d, errors: %d, in %.2f s%n",
                attempts, concurrency, ok, errors, seconds);
        System.out.printf("registrations/s: %.0f  (ratio to raw commit rate: %.1f %%)%n", rate, 100 * rate / rawRate);
        System.out.printf("confirmed: %d of %d seats; overbooked: %d%n", confirmed, seats, Math.max(0, confirmed - seats));
        System.out.printf("latency p50: %d ms, p99: %d ms, max: %d ms%n", latencies.get(latencies.size() / 2) / 1_000_000,
                latencies.get((int) Math.ceil(latencies.size() * 0.99) - 1) / 1_000_000, latencies.get(latencies.size() - 1) / 1_000_000);
    }

    /** n registrations at an event from {@code concurrency} clients, all released at once; {latency ns, status} each. */
    static List<long[]> fire(HttpClient http, String base, String slug, String keyPrefix, int n, int concurrency, int offset)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> futures = new ArrayList<>();
        String district = "137501";
        for (int i = 0; i < n; i++) {
            int k = i + offset;
            String nik = district + "120490" + String.format("%04d", (k % 9999) + 1);
            String name = "Peserta Bench " + k;
            // the NIK's last four digits repeat after 9,999: the warm-up varies the birth date instead
            if (k >= 9999) {
                nik = district + String.format("%02d", 1 + (k / 9999) % 28) + "0490" + String.format("%04d", (k % 9999) + 1);
            }
            String body = "{\"name\":\"" + name + "\",\"idKind\":\"NIK\",\"idNumber\":\"" + nik
                    + "\",\"institutionName\":\"Dinas " + (k % 50) + "\",\"phone\":\"0812" + String.format("%08d", k % 100_000_000)
                    + "\",\"email\":\"bench" + k + "@contoh.id\",\"consent\":true}";
            HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/public/events/" + slug + "/registrations"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Idempotency-Key", keyPrefix + "-" + k)
                    .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            futures.add(pool.submit(() -> {
                go.await();
                long t0 = System.nanoTime();
                HttpResponse<String> r = http.send(req, HttpResponse.BodyHandlers.ofString());
                return new long[] {System.nanoTime() - t0, r.statusCode()};
            }));
        }
        go.countDown();
        List<long[]> out = new ArrayList<>();
        for (Future<long[]> f : futures) {
            out.add(f.get());
        }
        pool.shutdown();
        return out;
    }
}
