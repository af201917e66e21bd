package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On-site materials over HTTP: the rundown and its PDF; badges printed and read back (the QR
 * decodes to the participant's ticket; "changed since the last print" and the print log); the
 * protocol seating with a representative (JSON, SVG, PDF, place cards); the H-1 reminder queued
 * once however often the run is repeated; the schedule change mailed once.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnsiteIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static final String TOMORROW = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(1).toString();

    private record Pdf(int status, byte[] body) {
    }

    private Pdf post(String token, String path) throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .header("Authorization", "Bearer " + token).header("Accept", "*/*").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Pdf(r.statusCode(), r.body());
    }

    /**
     * Every QR code on every page, decoded from the page rendered at 300 dpi: the whole page with the
     * multi reader, then each cell of the 2×2 and 2×4 sheet grids on its own (the multi reader may miss
     * codes on a crowded page).
     */
    static Set<String> qrCodes(byte[] pdf) throws Exception {
        Set<String> out = new TreeSet<>();
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(i, 300, ImageType.GRAY);
                try {
                    for (Result res : new QRCodeMultiReader().decodeMultiple(bitmap(page), hints)) {
                        out.add(res.getText());
                    }
                } catch (com.google.zxing.NotFoundException none) {
                    // the cells below
                }
                for (int[] grid : new int[][] {{1, 1}, {2, 2}, {2, 4}}) {
                    int w = page.getWidth() / grid[0];
                    int h = page.getHeight() / grid[1];
                    for (int c = 0; c < grid[0]; c++) {
                        for (int r = 0; r < grid[1]; r++) {
                            try {
                                out.add(new com.google.zxing.qrcode.QRCodeReader().decode(bitmap(page.getSubimage(c * w, r * h, w, h)), hints)
                                        .getText());
                            } catch (com.google.zxing.NotFoundException | com.google.zxing.ChecksumException
                                     | com.google.zxing.FormatException none) {
                                // no code in this cell
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static BinaryBitmap bitmap(BufferedImage image) {
        return new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
    }

    private static String ics(Map<String, byte[]> attachments) {
        return attachments.entrySet().stream().filter(a -> a.getKey().endsWith(".ics")).map(a -> new String(a.getValue(),
                java.nio.charset.StandardCharsets.UTF_8)).findFirst().orElseThrow(() -> new AssertionError(attachments.keySet()));
    }

    private static String online(String name, String nip, String email) {
        return "{\"name\":\"" + name + "\",\"idKind\":\"NIP\",\"idNumber\":\"" + nip + "\",\"institutionName\":\"BKPSDM Kabupaten Agam\","
                + "\"phone\":\"081377001122\",\"email\":\"" + email + "\",\"consent\":true}";
    }

    @Test
    void rundownBadgesSeatingRemindersAndChangeNotice() throws Exception {
        String token = TestData.jdbcToken("sumbar.sekretariat");
        ApiClient sumbar = new ApiClient(base, token);
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Perlengkapan Acara", TOMORROW, 50);
        String ev = "/api/v1/events/" + eventId;

        // ---- rundown
        assertEquals(200, sumbar.post(ev + "/rundown/from-timetable", "{}").status());
        assertEquals(409, sumbar.post(ev + "/rundown/from-timetable", "{}").status(), "only an empty rundown is filled");
        var bad = sumbar.post(ev + "/rundown", "{\"date\":\"2020-01-01\",\"start\":\"08:00:00\",\"minutes\":5,\"kind\":\"DOA\",\"title\":\"Doa\"}");
        assertEquals(400, bad.status(), bad.body());
        assertTrue(bad.body().contains("date"), bad.body());
        var item = sumbar.post(ev + "/rundown", "{\"date\":\"" + TOMORROW + "\",\"start\":\"15:40:00\",\"minutes\":7,\"kind\":\"SAMBUTAN\","
                + "\"title\":\"Sambutan penutup\",\"person\":\"Ketua Bawaslu Provinsi\",\"mcNote\":\"Pembawa acara mempersilakan Ketua.\"}");
        assertEquals(201, item.status(), item.body());
        assertEquals("15.40\u201315.47", item.object().getString("time"));
        String rundownText = InvitationIT.text(sumbar.bytes(ev + "/rundown.pdf").body()).replaceAll("\\s+", " ");
        for (String s : List.of("SUSUNAN ACARA", "Indonesia Raya", "Pembacaan doa", "Foto bersama", "15.40\u201315.47",
                "MC: Pembawa acara mempersilakan Ketua.")) {
            assertTrue(rundownText.contains(s), s + " in " + rundownText);
        }
        ApiClient notulis = new ApiClient(base, TestData.jdbcToken("sumbar.notulis"));
        assertEquals(200, notulis.get(ev + "/rundown").status(), "the minute taker reads the rundown");

        // ---- badges
        String slug = sumbar.get(ev).object().getString("slug");
        ApiClient anonymous = new ApiClient(base, null);
        try (TestMail mail = new TestMail()) {
            var a = anonymous.postWithKey("/api/v1/public/events/" + slug + "/registrations",
                    online("Rahmi Yusnita", "198807122011012003", "rahmi@onsite.example.id"), "onsite-it-a");
            assertEquals(201, a.status(), a.body());
            var b = anonymous.postWithKey("/api/v1/public/events/" + slug + "/registrations",
                    online("Zulkifli Anwar", "197911042005011002", "zulkifli@onsite.example.id"), "onsite-it-b");
            assertEquals(201, b.status(), b.body());
            JsonArray people = sumbar.get(ev + "/participants").object().getJsonArray("items");
            assertEquals(2, people.size());
            JsonObject rahmi = people.stream().map(v -> v.asJsonObject()).filter(p -> p.getString("name").equals("Rahmi Yusnita"))
                    .findFirst().orElseThrow();
            long rahmiId = rahmi.getJsonNumber("id").longValue();
            Set<String> tickets = new TreeSet<>();
            people.forEach(p -> tickets.add("SIRAKOR-TIKET:" + p.asJsonObject().getString("ticketCode").replace("-", "")));

            assertEquals(204, sumbar.put(ev + "/badges/roles/" + rahmiId, "{\"role\":\"NARASUMBER\"}").status());
            Pdf all = post(token, ev + "/badges.pdf?selection=ALL&sheet=A4_4");
            assertEquals(200, all.status());
            assertEquals(tickets, qrCodes(all.body()), "every badge scans to its participant's ticket");
            String badgeText = InvitationIT.text(all.body());
            assertTrue(badgeText.contains("NARASUMBER") && badgeText.contains("PESERTA") && badgeText.contains("Rahmi Yusnita"), badgeText);

            assertEquals(200, post(token, ev + "/badges.pdf?selection=CHANGED&sheet=A6").status());
            JsonArray prints = sumbar.get(ev + "/badges/prints").array();
            assertEquals(0, prints.getJsonObject(0).getInt("count"), "nothing changed since the last print");
            assertEquals(2, prints.getJsonObject(1).getInt("count"));
            assertEquals(204, sumbar.put(ev + "/badges/roles/" + rahmiId, "{\"role\":\"VIP\"}").status());
            Pdf changed = post(token, ev + "/badges.pdf?selection=CHANGED&sheet=A6");
            assertEquals(Set.of("SIRAKOR-TIKET:" + rahmi.getString("ticketCode").replace("-", "")), qrCodes(changed.body()));
            Pdf one = post(token, ev + "/badges.pdf?selection=ONE&registration=" + rahmiId + "&sheet=A6");
            assertEquals(Set.of("SIRAKOR-TIKET:" + rahmi.getString("ticketCode").replace("-", "")), qrCodes(one.body()));
            assertEquals(400, post(token, ev + "/badges.pdf?selection=INSTITUTION").status(), "an institution is named");
            assertEquals(403, post(TestData.jdbcToken("sumbar.notulis"), ev + "/badges.pdf?selection=ALL").status());

            // ---- seating
            assertEquals(201, sumbar.post(ev + "/seating/guests", "{\"name\":\"H. Syafrizal, S.E.\",\"position\":\"Ketua DPRD Provinsi\","
                    + "\"precedence\":\"KETUA_DPRD_PROV\"}").status());
            var gub = sumbar.post(ev + "/seating/guests", "{\"name\":\"Dr. H. Arman Syahputra\",\"position\":\"Gubernur Sumatera Barat\","
                    + "\"precedence\":\"GUBERNUR\",\"representativeName\":\"Drs. Yulizar Hamdani, M.Si.\",\"representativePosition\":\"Asisten I\"}");
            assertEquals(201, gub.status(), gub.body());
            var wrong = sumbar.post(ev + "/seating/guests", "{\"name\":\"X\",\"position\":\"Y\",\"precedence\":\"RAJA\"}");
            assertEquals(400, wrong.status());
            assertTrue(wrong.body().contains("precedence"), wrong.body());
            JsonObject plan = sumbar.get(ev + "/seating").object();
            JsonObject first = plan.getJsonArray("guests").getJsonObject(0);
            assertEquals("Drs. Yulizar Hamdani, M.Si.", first.getString("seatedName"));
            assertEquals("mewakili Gubernur Sumatera Barat", first.getString("seatedLine"));
            assertTrue(sumbar.get(ev + "/seating").object().getString("svg").contains("mewakili Gubernur Sumatera Barat"));
            assertEquals(200, sumbar.put(ev + "/seating", "{\"layout\":\"HEAD_TABLE\",\"seatsPerRow\":5}").status());
            assertEquals(400, sumbar.put(ev + "/seating", "{\"layout\":\"ROUND\",\"seatsPerRow\":50}").status());
            String planText = InvitationIT.text(sumbar.bytes(ev + "/seating.pdf").body()).replaceAll("\\s+", " ");
            assertTrue(planText.contains("Yulizar") && planText.contains("MEJA PIMPINAN"), planText);
            String cards = InvitationIT.text(sumbar.bytes(ev + "/place-cards.pdf").body());
            assertTrue(cards.contains("mewakili Gubernur Sumatera Barat"), cards);

            // ---- reminders: H-1, once however often the run is repeated
            JsonObject run = sumbar.post(ev + "/reminders/run", "{}").object();
            assertEquals(2, run.getInt("reminders"));
            assertTrue(run.getBoolean("baselineRecorded"));
            assertEquals(0, sumbar.post(ev + "/reminders/run", "{}").object().getInt("reminders"), "each reminder is sent once");
            MimeMessage reminder = mail.waitFor("rahmi@onsite.example.id", "Pengingat H-1");
            assertTrue(TestMail.text(reminder).contains("besok"), TestMail.text(reminder));
            Map<String, byte[]> att = TestMail.attachments(reminder);
            assertEquals(2, att.size(), att.keySet().toString());
            String before = ics(att);
            assertTrue(before.contains("SEQUENCE:0"), before);

            // ---- change notice: a second day is a change of date; told once
            assertFalse(sumbar.get(ev + "/change-notice").object().getBoolean("changed"));
            assertEquals(409, sumbar.post(ev + "/change-notice", "{}").status(), "nothing to tell yet");
            long hall = sumbar.get(ev).object().getJsonArray("days").getJsonObject(0).getJsonNumber("hallId").longValue();
            var day = sumbar.post(ev + "/days", "{\"date\":\"" + LocalDate.parse(TOMORROW).plusDays(1) + "\",\"hallId\":" + hall
                    + ",\"start\":\"09:00:00\",\"end\":\"12:00:00\"}");
            assertEquals(200, day.status(), day.body());
            JsonObject change = sumbar.get(ev + "/change-notice").object();
            assertTrue(change.getBoolean("changed"), change.toString());
            assertEquals(2, sumbar.post(ev + "/change-notice", "{}").object().getInt("recipients"));
            assertEquals(409, sumbar.post(ev + "/change-notice", "{}").status(), "the same change is told once");
            MimeMessage notice = mail.waitFor("zulkifli@onsite.example.id", "Perubahan jadwal");
            String text = TestMail.text(notice);
            assertTrue(text.contains("SEBELUMNYA") && text.contains("MENJADI"), text);
            // RFC 5545: the same UID with SEQUENCE one higher updates the calendar entry
            String after = ics(TestMail.attachments(notice));
            String uid = before.lines().filter(l -> l.startsWith("UID:")).findFirst().orElseThrow();
            assertTrue(after.contains(uid + "\r\nSEQUENCE:1"), after);
            assertEquals(1, sumbar.get(ev + "/change-notice").object().getInt("notices"));
        }
    }

    /** Waits for a finished download (Chromium writes .crdownload first) and returns it. */
    private static byte[] downloaded(java.nio.file.Path dir, String prefix) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            try (var files = java.nio.file.Files.list(dir)) {
                var f = files.filter(x -> x.getFileName().toString().startsWith(prefix) && x.getFileName().toString().endsWith(".pdf"))
                        .findFirst();
                if (f.isPresent()) {
                    Thread.sleep(300);
                    return java.nio.file.Files.readAllBytes(f.get());
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no download " + prefix + " in " + dir);
    }

    @Test
    void aSecretariatPrintsTheBadgesAndTheSeatingPlanInTheBrowser() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long rakor = sumbar.get("/api/v1/events?q=Evaluasi%20Pengawasan%20Netralitas").array().getJsonObject(0).getJsonNumber("id").longValue();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("onsite-downloads");
        try (id.sirakor.it.browser.Browser b = new id.sirakor.it.browser.Browser(base.toString(), dir)) {
            b.open("/login.xhtml");
            b.waitFor("#username");
            b.type("#username", "sumbar.sekretariat");
            b.type("#password", "rakor2026demo");
            b.click("#submit");
            b.waitFor("#nav-events");
            b.open("/manage/onsite.xhtml?id=" + rakor);
            b.waitFor("#tabs");
            b.screenshot("60-onsite-rundown");
            b.click("a[href='#tabs:badgeTab']");
            b.waitFor("#tabs\\:badgeForm\\:printBadges");
            b.screenshot("61-onsite-badges");
            b.click("#tabs\\:badgeForm\\:printBadges");
            byte[] badges = downloaded(dir, "kartu-peserta");
            Set<String> codes = qrCodes(badges);
            assertFalse(codes.isEmpty(), "the printed badges carry QR codes");
            assertTrue(codes.stream().allMatch(c -> c.startsWith("SIRAKOR-TIKET:")), codes.toString());
            b.click("a[href='#tabs:seatingTab']");
            b.waitFor("#seating-svg svg");
            assertTrue(b.text("#seating-svg").contains("Drs. Yulizar Hamdani"), b.text("#seating-svg"));
            assertTrue(b.text("#tabs\\:guestForm\\:guests").contains("mewakili Gubernur Sumatera Barat"), b.text("#tabs\\:guestForm\\:guests"));
            b.screenshot("62-onsite-seating");
            b.click("#tabs\\:layoutForm\\:seatingPdf");
            String plan = InvitationIT.text(downloaded(dir, "tata-tempat")).replaceAll("\\s+", " ");
            assertTrue(plan.contains("Yulizar") && plan.contains("PANGGUNG"), plan);
            b.open("/manage/onsite.xhtml?id=" + rakor);
            b.waitFor("#tabs");
            assertTrue(sumbar.get("/api/v1/events/" + rakor + "/badges/prints").array().size() >= 1, "the print is logged");
        }
    }
}
