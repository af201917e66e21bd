package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Check-in on real MariaDB over HTTP: two devices checking one ticket in at the same moment give
 * one record; an offline queue replayed twice gives no duplicate; refused tickets; walk-ins and
 * substitutes at the door; hand marks with a reason; the daftar hadir read back; eligibility.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceIT {

    /** A 1×1 transparent PNG: what a signature pad sends, in small. */
    static final String PNG = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static String person(String name, String nip, String institution) {
        return "{\"name\":\"" + name + "\",\"position\":\"Analis\",\"idKind\":\"NIP\",\"idNumber\":\"" + nip
                + "\",\"institutionName\":\"" + institution + "\",\"phone\":\"081266001122\",\"email\":\""
                + name.toLowerCase().replace(' ', '.') + "@contoh.example.id\",\"consent\":true}";
    }

    static JsonObject add(ApiClient c, long eventId, String name, String nip, String institution) {
        var r = c.post("/api/v1/events/" + eventId + "/participants", person(name, nip, institution));
        assertEquals(201, r.status(), r.body());
        return r.object();
    }

    static long day(ApiClient c, long eventId, int index) {
        return c.get("/api/v1/events/" + eventId).object().getJsonArray("days").getJsonObject(index).getJsonNumber("id").longValue();
    }

    static int rows(String sql, Object... args) throws Exception {
        try (var c = TestData.db(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    static String checkIn(String code, long dayId, String extra) {
        return "{\"code\":\"" + code + "\",\"dayId\":" + dayId + (extra == null ? "" : "," + extra) + "}";
    }

    @Test
    void twoDevicesAtOnceAndAReplayedQueueGiveOneRecordEach() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Kehadiran", "2031-03-11", 10);
        long dayId = day(sumbar, eventId, 0);
        String path = "/api/v1/events/" + eventId + "/check-ins";
        String ana = add(sumbar, eventId, "Ana Wulandari", "198406102009012001", "Bawaslu Kabupaten Agam").getString("ticketCode");
        JsonObject budiRow = add(sumbar, eventId, "Budi Santoso", "198502142010011002", "Bawaslu Kota Padang");
        String budi = budiRow.getString("ticketCode");
        String citra = add(sumbar, eventId, "Citra Lestari", "198703222011012003", "Bawaslu Kabupaten Agam").getString("ticketCode");

        // 16 devices scan Ana's ticket at the same moment, each with its own key: one record, one "welcome"
        int devices = 16;
        ExecutorService pool = Executors.newFixedThreadPool(devices);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiClient.Reply>> replies = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            String key = "it-dev-" + i + "-" + System.nanoTime();
            replies.add(pool.submit(() -> {
                go.await();
                return sumbar.postWithKey(path, checkIn(ana, dayId, "\"method\":\"SCAN\""), key);
            }));
        }
        go.countDown();
        int created = 0;
        Set<Long> ids = new HashSet<>();
        for (var f : replies) {
            var r = f.get();
            assertTrue(r.status() == 201 || r.status() == 200, r.body());
            created += r.status() == 201 ? 1 : 0;
            ids.add(r.object().getJsonNumber("attendanceId").longValue());
        }
        pool.shutdown();
        assertEquals(1, created, "one device gets the welcome, the others 'already'");
        assertEquals(1, ids.size(), "every answer names the one record");
        assertEquals(1, rows("SELECT COUNT(*) FROM attendance a JOIN registration r ON r.id = a.registration_id WHERE r.ticket_code = ?",
                ana.replace("-", "")));

        // the second scan tells the time of the first, in the event's zone
        var again = sumbar.postWithKey(path, checkIn(ana, dayId, null), "it-again-" + System.nanoTime());
        assertEquals(200, again.status());
        assertEquals("ALREADY", again.object().getString("outcome"));
        assertTrue(again.object().getString("message").matches("Ana Wulandari sudah hadir pukul \\d\\d\\.\\d\\d WIB"),
                again.object().getString("message"));

        // an offline queue (Budi with a signature, Citra) replayed twice, the second time in parallel: no duplicate
        String[] queue = {checkIn(budi, dayId, "\"method\":\"OFFLINE\",\"signaturePng\":\"" + PNG + "\""),
                checkIn(citra, dayId, "\"method\":\"OFFLINE\"")};
        String[] keys = {"it-queue-budi-" + System.nanoTime(), "it-queue-citra-" + System.nanoTime()};
        long[] first = new long[2];
        for (int i = 0; i < 2; i++) {
            var r = sumbar.postWithKey(path, queue[i], keys[i]);
            assertEquals(201, r.status(), r.body());
            first[i] = r.object().getJsonNumber("attendanceId").longValue();
        }
        ExecutorService replay = Executors.newFixedThreadPool(4);
        List<Future<ApiClient.Reply>> again2 = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 2; i++) {
                int n = i;
                again2.add(replay.submit(() -> sumbar.postWithKey(path, queue[n], keys[n])));
            }
        }
        for (var f : again2) {
            var r = f.get();
            assertEquals(200, r.status(), r.body());
            assertTrue(r.object().getJsonNumber("attendanceId").longValue() == first[0]
                    || r.object().getJsonNumber("attendanceId").longValue() == first[1]);
        }
        replay.shutdown();
        assertEquals(3, rows("SELECT COUNT(*) FROM attendance WHERE event_id = ?", eventId), "Ana, Budi, Citra: one each");

        // refused: cancelled, another event's ticket, an unknown code; each with a clear message
        long budiId = budiRow.getJsonNumber("id").longValue();
        String dedi = add(sumbar, eventId, "Dedi Kurniawan", "198811302012011004", "Bawaslu Kota Padang").getString("ticketCode");
        long dediId = sumbar.get("/api/v1/events/" + eventId + "/participants?q=Dedi").object().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        assertEquals(200, sumbar.post("/api/v1/events/" + eventId + "/participants/" + dediId + "/cancel", "{}").status());
        var cancelled = sumbar.post(path, checkIn(dedi, dayId, null));
        assertEquals(409, cancelled.status());
        assertEquals("DITOLAK: pendaftaran Dedi Kurniawan sudah dibatalkan.", cancelled.object().getString("message"));
        long other = TestData.publishedEvent(sumbar, "Rakor Uji Kehadiran Lain", "2031-03-12", 5);
        String elsewhere = add(sumbar, other, "Eka Putri", "199001152014022005", "Bawaslu Kabupaten Agam").getString("ticketCode");
        var wrong = sumbar.post(path, checkIn(elsewhere, dayId, null));
        assertEquals(409, wrong.status());
        assertTrue(wrong.object().getString("message").contains("untuk acara lain"), wrong.body());
        assertEquals(409, sumbar.post(path, checkIn("ZZZZZ-ZZZZZ", dayId, null)).status());
        var noDay = sumbar.post(path, "{\"code\":\"" + budi + "\"}");
        assertEquals(400, noDay.status());
        assertEquals("dayId", noDay.object().getString("field"));
        var badSignature = sumbar.post(path, checkIn(budi, dayId, "\"signaturePng\":\"bm90IGEgcG5n\""));
        assertEquals(400, badSignature.status());
        assertEquals("signaturePng", badSignature.object().getString("field"));

        // a hand mark needs a reason, and is logged
        String fajar = add(sumbar, eventId, "Fajar Hidayat", "198905202013011006", "Bawaslu Kabupaten Agam").getString("ticketCode");
        long fajarId = sumbar.get("/api/v1/events/" + eventId + "/participants?q=Fajar").object().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        var noReason = sumbar.post("/api/v1/events/" + eventId + "/attendance/manual", "{\"registrationId\":" + fajarId + ",\"dayId\":" + dayId + "}");
        assertEquals(400, noReason.status());
        assertEquals("reason", noReason.object().getString("field"));
        assertEquals(201, sumbar.post("/api/v1/events/" + eventId + "/attendance/manual", "{\"registrationId\":" + fajarId
                + ",\"dayId\":" + dayId + ",\"reason\":\"Daftar kertas pagi, perangkat mati\"}").status());
        assertEquals(1, rows("SELECT COUNT(*) FROM audit_entry WHERE action = 'attendance.manual' AND summary = 'Fajar Hidayat'"));
        assertNotNull(fajar);

        // a walk-in: registered under the usual rules and present at once
        var walk = sumbar.postWithKey("/api/v1/events/" + eventId + "/walk-ins", "{\"dayId\":" + dayId + ",\"person\":"
                + person("Gita Ramadhani", "199102102015032007", "Bawaslu Kota Bukittinggi") + ",\"signaturePng\":\"" + PNG + "\"}", "it-walk-" + System.nanoTime());
        assertEquals(201, walk.status(), walk.body());
        assertEquals(1, rows("SELECT COUNT(*) FROM registration WHERE event_id = ? AND name = 'Gita Ramadhani' AND source = 'WALKIN' AND status = 'CONFIRMED'", eventId));
        // the same person again at the door: the one-registration rule applies
        var twice = sumbar.post("/api/v1/events/" + eventId + "/walk-ins", "{\"dayId\":" + dayId + ",\"person\":"
                + person("Gita Ramadhani", "199102102015032007", "Bawaslu Kota Bukittinggi") + "}");
        assertEquals(409, twice.status(), twice.body());

        // a substitute at the door takes over Budi's… no: Budi is present; Hadi's seat goes to Indah
        JsonObject hadi = add(sumbar, eventId, "Hadi Prasetyo", "198604182010011008", "Bawaslu Kabupaten Agam");
        var present = sumbar.post("/api/v1/events/" + eventId + "/walk-ins", "{\"dayId\":" + dayId + ",\"replacesId\":" + budiId + ",\"person\":"
                + person("Joko Susilo", "198201012008011009", "Bawaslu Kota Padang") + "}");
        assertEquals(409, present.status(), "a delegate already present cannot be substituted: " + present.body());
        var sub = sumbar.post("/api/v1/events/" + eventId + "/walk-ins", "{\"dayId\":" + dayId + ",\"replacesId\":"
                + hadi.getJsonNumber("id").longValue() + ",\"person\":" + person("Indah Permata", "199203032016022010", "x") + "}");
        assertEquals(201, sub.status(), sub.body());
        var hadiScan = sumbar.post(path, checkIn(hadi.getString("ticketCode"), dayId, null));
        assertEquals(409, hadiScan.status());
        assertEquals("DITOLAK: Hadi Prasetyo sudah diwakili oleh Indah Permata.", hadiScan.object().getString("message"));
        assertEquals(1, rows("SELECT COUNT(*) FROM registration WHERE event_id = ? AND name = 'Indah Permata' AND institution_name = 'Bawaslu Kabupaten Agam'", eventId),
                "the substitute sits for the delegate's institution");

        // a walk-in when the event is full: refused, nothing saved
        ApiClient full = sumbar;
        long small = TestData.publishedEvent(full, "Rakor Uji Kehadiran Penuh", "2031-03-13", 1);
        add(full, small, "Kurnia Sari", "199304042017012011", "Bawaslu Kabupaten Agam");
        var noSeat = full.post("/api/v1/events/" + small + "/walk-ins", "{\"dayId\":" + day(full, small, 0) + ",\"person\":"
                + person("Lukman Hakim", "198705052011011012", "Bawaslu Kota Padang") + "}");
        assertEquals(409, noSeat.status(), noSeat.body());
        assertEquals(0, rows("SELECT COUNT(*) FROM registration WHERE name = 'Lukman Hakim'"));

        // the board counts; the daftar hadir lists those present in order, with their signatures
        var board = sumbar.get("/api/v1/events/" + eventId + "/attendance/board").object();
        assertEquals(6, board.getJsonArray("days").getJsonObject(0).getInt("present"), board.toString());
        var pdf = sumbar.bytes("/api/v1/events/" + eventId + "/attendance/days/" + dayId + "/daftar-hadir.pdf");
        assertEquals(200, pdf.status());
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/documents/it-daftar-hadir.pdf"), pdf.body());
        String text = InvitationIT.text(pdf.body()).replaceAll("\\s+", " ");
        int a = text.indexOf("Ana Wulandari"), b = text.indexOf("Budi Santoso"), c = text.indexOf("Citra Lestari"),
                f = text.indexOf("Fajar Hidayat"), g = text.indexOf("Gita Ramadhani"), i = text.indexOf("Indah Permata");
        assertTrue(a > 0 && a < b && b < c && c < f && f < g && g < i, text);
        assertFalse(text.contains("Dedi Kurniawan") || text.contains("Hadi Prasetyo"), "only those present");
        assertTrue(text.contains("dicatat manual"), text);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            int images = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getXObjectNames()) {
                    images += page.getResources().getXObject(n) instanceof PDImageXObject ? 1 : 0;
                }
            }
            assertTrue(images >= 2, "Budi's and Gita's signatures: " + images);
        }
        assertNotNull(Base64.getDecoder().decode(PNG.substring(PNG.indexOf(',') + 1)));
        assertEquals(200, sumbar.bytes("/api/v1/events/" + eventId + "/attendance/days/" + dayId + "/daftar-hadir.pdf?blank=true").status());

        // the roster the device keeps: codes and masked names, never a NIK or a phone
        var roster = sumbar.get("/api/v1/events/" + eventId + "/attendance/roster");
        assertTrue(roster.body().contains("\"Ana W.\""), roster.body());
        assertFalse(roster.body().contains("081266001122") || roster.body().contains("Wulandari"), roster.body());
        new ByteArrayInputStream(new byte[0]).close();
    }

    @Test
    void eligibilityOverTwoDaysWithItsReasonAndAnOverride() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Kelayakan", "2031-04-08", 10);
        long hall = TestData.hall(sumbar, "Grand Rocky Hotel Bukittinggi");
        var d2 = sumbar.post("/api/v1/events/" + eventId + "/days", "{\"date\":\"2031-04-09\",\"hallId\":" + hall
                + ",\"start\":\"09:00:00\",\"end\":\"16:00:00\"}");
        assertEquals(200, d2.status(), d2.body());
        long day1 = day(sumbar, eventId, 0), day2 = day(sumbar, eventId, 1);
        String path = "/api/v1/events/" + eventId + "/check-ins";
        String mira = add(sumbar, eventId, "Mira Anggraini", "198907072013022013", "Bawaslu Kabupaten Agam").getString("ticketCode");
        JsonObject nanda = add(sumbar, eventId, "Nanda Saputra", "199008082014011014", "Bawaslu Kota Padang");
        assertEquals(201, sumbar.post(path, checkIn(mira, day1, null)).status());
        assertEquals(201, sumbar.post(path, checkIn(mira, day2, null)).status());
        assertEquals(201, sumbar.post(path, checkIn(nanda.getString("ticketCode"), day1, null)).status());

        var rows = sumbar.get("/api/v1/events/" + eventId + "/eligibility").array();
        assertEquals(2, rows.size());
        assertTrue(rows.getJsonObject(0).getBoolean("eligible"));
        assertEquals("hadir 2 dari 2 hari", rows.getJsonObject(0).getString("reason"));
        assertFalse(rows.getJsonObject(1).getBoolean("eligible"));
        assertEquals("hadir 1 dari 2 hari", rows.getJsonObject(1).getString("reason"));

        long nandaId = nanda.getJsonNumber("id").longValue();
        var noReason = sumbar.put("/api/v1/events/" + eventId + "/eligibility/" + nandaId, "{\"eligible\":true}");
        assertEquals(400, noReason.status());
        var decided = sumbar.put("/api/v1/events/" + eventId + "/eligibility/" + nandaId,
                "{\"eligible\":true,\"reason\":\"Tugas pengawasan di hari kedua, surat tugas terlampir\"}").array();
        assertTrue(decided.getJsonObject(1).getBoolean("eligible"));
        assertTrue(decided.getJsonObject(1).getString("reason").startsWith("Layak oleh keputusan sekretariat"));
        assertEquals(1, rows("SELECT COUNT(*) FROM audit_entry WHERE action = 'attendance.override' AND entity_id = ?", String.valueOf(nandaId)));

        // the rule changed to sessions: one session per day here (the first day has "Pembukaan")
        var setting = sumbar.put("/api/v1/events/" + eventId + "/attendance/setting",
                "{\"rule\":\"SESSIONS\",\"threshold\":150,\"countsSessions\":true,\"checksOut\":false}");
        assertEquals(400, setting.status());
        assertEquals("threshold", setting.object().getString("field"));
        assertEquals(200, sumbar.put("/api/v1/events/" + eventId + "/attendance/setting",
                "{\"rule\":\"SESSIONS\",\"threshold\":100,\"countsSessions\":true,\"checksOut\":false}").status());
        long session = sumbar.get("/api/v1/events/" + eventId).object().getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals("hadir 0 dari 1 sesi (minimal 1)", sumbar.get("/api/v1/events/" + eventId + "/eligibility").array().getJsonObject(0).getString("reason"));
        var inSession = sumbar.post(path, "{\"code\":\"" + mira + "\",\"sessionId\":" + session + "}");
        assertEquals(201, inSession.status(), inSession.body());
        assertEquals("hadir 1 dari 1 sesi (minimal 1)", sumbar.get("/api/v1/events/" + eventId + "/eligibility").array().getJsonObject(0).getString("reason"));
        var board = sumbar.get("/api/v1/events/" + eventId + "/attendance/board").object();
        assertEquals(1, board.getJsonArray("sessions").getJsonObject(0).getInt("present"));

        // check-out: refused while the event does not count it; minutes need it
        String out = "{\"code\":\"" + mira + "\",\"dayId\":" + day1 + "}";
        assertEquals(409, sumbar.post("/api/v1/events/" + eventId + "/check-outs", out).status());
        var minutesWithout = sumbar.put("/api/v1/events/" + eventId + "/attendance/setting",
                "{\"rule\":\"MINUTES\",\"threshold\":1,\"countsSessions\":false,\"checksOut\":false}");
        assertEquals(400, minutesWithout.status());
        assertEquals("checksOut", minutesWithout.object().getString("field"));
        assertEquals(200, sumbar.put("/api/v1/events/" + eventId + "/attendance/setting",
                "{\"rule\":\"MINUTES\",\"threshold\":1,\"countsSessions\":false,\"checksOut\":true}").status());
        var left = sumbar.post("/api/v1/events/" + eventId + "/check-outs", out);
        assertEquals(200, left.status(), left.body());
        assertEquals("CHECKED_OUT", left.object().getString("outcome"));
        assertEquals(409, sumbar.post("/api/v1/events/" + eventId + "/check-outs", out).status(), "one check-out per day");
        assertEquals("hadir 0 menit (minimal 1)", sumbar.get("/api/v1/events/" + eventId + "/eligibility").array().getJsonObject(0).getString("reason"));
    }
}
