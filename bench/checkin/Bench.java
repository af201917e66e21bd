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
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Check-in benchmark (see bench/README.md): registrations over HTTP as the baseline, then check-ins
 * of the same tickets from D concurrent devices on day 1 (cold) and day 2 (warm).
 * Arguments: baseUrl jdbcUrl user password slug eventId tickets devices token
 */
public class Bench {

    public static void main(String[] a) throws Exception {
        String base = a[0], url = a[1], user = a[2], pw = a[3], slug = a[4];
        long eventId = Long.parseLong(a[5]);
        int tickets = Integer.parseInt(a[6]), devices = Integer.parseInt(a[7]);
        String token = a[8];
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        // 1. the baseline: registrations over HTTP from the same number of clients
        List<HttpRequest> regs = new ArrayList<>();
        for (int k = 0; k < tickets; k++) {
            String nik = "137501" + String.format("%02d", 1 + (k / 9999) % 28) + "0490" + String.format("%04d", (k % 9999) + 1);
            String body = "{\"name\":\"Peserta Bench " + k + "\",\"idKind\":\"NIK\",\"idNumber\":\"" + nik
                    + "\",\"institutionName\":\"Dinas " + (k % 50) + "\",\"phone\":\"0812" + String.format("%08d", k)
                    + "\",\"email\":\"bench" + k + "@contoh.id\",\"consent\":true}";
            regs.add(HttpRequest.newBuilder(URI.create(base + "/api/v1/public/events/" + slug + "/registrations"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Idempotency-Key", "bench-reg-" + k).timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }
        Result reg = run(http, regs, devices, 201, null);

        List<String> codes = new ArrayList<>();
        List<Long> days = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, pw); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT ticket_code FROM registration WHERE event_id = " + eventId + " AND status = 'CONFIRMED'")) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id FROM event_day WHERE event_id = " + eventId + " ORDER BY day_date")) {
                while (rs.next()) {
                    days.add(rs.getLong(1));
                }
            }
        }
        Collections.shuffle(codes, new java.util.Random(7));
        Result cold = run(http, checkIns(base, eventId, days.get(0), codes), devices, 201, token);
        Result warm = run(http, checkIns(base, eventId, days.get(1), codes), devices, 201, token);
        long rows;
        try (Connection c = DriverManager.getConnection(url, user, pw); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM attendance WHERE event_id = " + eventId)) {
            rs.next();
            rows = rs.getLong(1);
        }
        System.out.printf("tickets: %d, devices/clients at once: %d, cores: %d%n", tickets, devices, Runtime.getRuntime().availableProcessors());
        reg.print("registrations (baseline)");
        cold.print("check-ins day 1 (cold)  ");
        warm.print("check-ins day 2 (warm)  ");
        System.out.printf("ratio check-ins/s to registrations/s: cold %.2f, warm %.2f%n", cold.rate() / reg.rate(), warm.rate() / reg.rate());
        System.out.printf("ratio p99 check-in to p99 registration: cold %.2f, warm %.2f%n",
                (double) cold.p99() / reg.p99(), (double) warm.p99() / reg.p99());
        System.out.printf("attendance rows: %d (expected %d); target p99 <= 100 ms: cold %s, warm %s%n", rows, 2L * codes.size(),
                cold.p99() <= 100 ? "met" : "NOT met", warm.p99() <= 100 ? "met" : "NOT met");
    }

    static List<HttpRequest> checkIns(String base, long eventId, long dayId, List<String> codes) {
        List<HttpRequest> out = new ArrayList<>();
        for (String code : codes) {
            out.add(HttpRequest.newBuilder(URI.create(base + "/api/v1/events/" + eventId + "/check-ins"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .header("Idempotency-Key", "bench-" + dayId + "-" + code)
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"dayId\":" + dayId + ",\"method\":\"SCAN\"}")).build());
        }
        return out;
    }

    record Result(int n, int ok, double seconds, long p50, long p99, long max) {
        double rate() {
            return ok / seconds;
        }

        void print(String what) {
            System.out.printf("%s: %d requests, %d as expected, %.2f s, %.0f/s, latency p50 %d ms, p99 %d ms, max %d ms%n",
                    what, n, ok, seconds, rate(), p50, p99, max);
        }
    }

    /**
     * The requests from {@code devices} clients, each sending its next one when the last was answered;
     * with a token, device d signs in with {@code token_d}.
     */
    static Result run(HttpClient http, List<HttpRequest> requests, int devices, int expected, String token) throws Exception {
        ConcurrentLinkedQueue<HttpRequest> todo = new ConcurrentLinkedQueue<>(requests);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger ok = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(devices);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> fs = new ArrayList<>();
        for (int d = 0; d < devices; d++) {
            String bearer = token == null ? null : "Bearer " + token + "_" + d;
            fs.add(pool.submit(() -> {
                go.await();
                HttpRequest r;
                while ((r = todo.poll()) != null) {
                    if (bearer != null) {
                        r = HttpRequest.newBuilder(r, (n, v) -> true).header("Authorization", bearer).build();
                    }
                    long t0 = System.nanoTime();
                    HttpResponse<String> res = http.send(r, HttpResponse.BodyHandlers.ofString());
                    latencies.add(System.nanoTime() - t0);
                    if (res.statusCode() == expected) {
                        ok.incrementAndGet();
                    } else if (ok.get() < 3) {
                        System.err.println(res.statusCode() + " " + res.body());
                    }
                }
                return null;
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        for (Future<?> f : fs) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        List<Long> l = new ArrayList<>(latencies);
        Collections.sort(l);
        return new Result(l.size(), ok.get(), seconds, l.get(l.size() / 2) / 1_000_000,
                l.get((int) Math.ceil(l.size() * 0.99) - 1) / 1_000_000, l.get(l.size() - 1) / 1_000_000);
    }
}
