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
public class OnsiteIT {

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
    public static Set<String> qrCodes(byte[] pdf) throws Exception {
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
            Set<String> scanned = qrCodes(one.body());
            assertEquals(Set.of("SIRAKOR-TIKET:" + rahmi.getString("ticketCode").replace("-", "")), scanned);
            Pdf eight = post(token, ev + "/badges.pdf?selection=ALL&sheet=A4_8");
            assertEquals(tickets, qrCodes(eight.body()), "the small badges of the 8-up sheet scan too");

            // the badge's QR, as read off the printed page, is what the door scans: the check-in accepts it once
            long dayId = sumbar.get(ev).object().getJsonArray("days").getJsonObject(0).getJsonNumber("id").longValue();
            String scan = "{\"code\":\"" + scanned.iterator().next() + "\",\"dayId\":" + dayId + "}";
            var in = sumbar.post(ev + "/check-ins", scan);
            assertEquals(201, in.status(), in.body());
            assertEquals(rahmiId, in.object().getJsonNumber("registrationId").longValue(), in.body());
            var again = sumbar.post(ev + "/check-ins", scan);
            assertEquals(200, again.status(), again.body());
            assertEquals("ALREADY", again.object().getString("outcome"), again.body());
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

    /** A PNG of w × h pixels: a coloured square, as a small logo. */
    public static byte[] png(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        g.setColor(new java.awt.Color(0x15325f));
        g.fillRect(0, 0, w, h);
        g.setColor(java.awt.Color.ORANGE);
        g.fillOval(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** Image XObjects on the first page (the logo is one; the QR code is drawn as vectors or one more image). */
    static int images(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var res = doc.getPage(0).getResources();
            int n = 0;
            for (var name : res.getXObjectNames()) {
                if (res.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) {
                    n++;
                }
            }
            return n;
        }
    }

    @Test
    void theBadgeDesignerShapesThePrintedBadges() throws Exception {
        String token = TestData.jdbcToken("sumbar.sekretariat");
        ApiClient sumbar = new ApiClient(base, token);
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Desain Kartu", "2031-05-27", 20);
        String ev = "/api/v1/events/" + eventId;
        var p = sumbar.post(ev + "/participants", "{\"name\":\"Fitri Handayani\",\"position\":\"Analis\",\"idKind\":\"NIP\","
                + "\"idNumber\":\"199203032015022001\",\"institutionName\":\"Bawaslu Kabupaten Tanah Datar\",\"phone\":\"081266001133\","
                + "\"email\":\"fitri@desain.example.id\",\"consent\":true}");
        assertEquals(201, p.status(), p.body());
        String ticket = "SIRAKOR-TIKET:" + p.object().getString("ticketCode").replace("-", "");

        JsonObject defaults = sumbar.get(ev + "/badge-design").object();
        assertFalse(defaults.getBoolean("saved"));
        assertEquals("A4_4", defaults.getString("sheet"));
        assertTrue(defaults.getBoolean("editable"));

        // bad input: 400 naming the field, in Indonesian and in English, nothing saved
        var badSheet = sumbar.put(ev + "/badge-design", "{\"sheet\":\"A5\"}");
        assertEquals(400, badSheet.status(), badSheet.body());
        assertTrue(badSheet.body().contains("sheet"), badSheet.body());
        var badColour = sumbar.put(ev + "/badge-design", "{\"colours\":{\"PERS\":\"kuning\"}}");
        assertEquals(400, badColour.status(), badColour.body());
        assertTrue(badColour.body().contains("colourPERS") && badColour.body().contains("#rrggbb"), badColour.body());
        assertFalse(sumbar.get(ev + "/badge-design").object().getBoolean("saved"), "nothing half-saved");
        var text = sumbar.putBytes(ev + "/badge-design/logo", "image/png", "bukan gambar".getBytes());
        assertEquals(400, text.status(), text.body());
        assertTrue(text.body().contains("bukan gambar PNG atau JPEG"), text.body());
        var english = sumbar.language("en").putBytes(ev + "/badge-design/logo", "image/png", "not an image".getBytes());
        assertTrue(english.body().contains("not a readable PNG or JPEG image"), english.body());
        byte[] real = png(200, 120);
        byte[] truncated = java.util.Arrays.copyOf(real, 60); // a PNG signature and a header, then nothing
        var broken = sumbar.language("id").putBytes(ev + "/badge-design/logo", "image/png", truncated);
        assertEquals(400, broken.status(), broken.body());
        assertTrue(broken.body().contains("\"file\""), broken.body());
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(real, 0, big, 0, real.length);
        var tooLarge = sumbar.putBytes(ev + "/badge-design/logo", "image/png", big);
        assertEquals(400, tooLarge.status(), tooLarge.body());
        assertTrue(tooLarge.body().contains("1 MB"), tooLarge.body());
        var huge = sumbar.putBytes(ev + "/badge-design/logo", "image/png", png(5000, 10));
        assertEquals(400, huge.status(), huge.body());
        assertEquals(403, new ApiClient(base, TestData.jdbcToken("sumbar.notulis")).putBytes(ev + "/badge-design/logo", "image/png", real)
                .status(), "the minute taker does not design badges");

        // without a logo: the organizer's monogram; then the logo
        byte[] plain = post(token, ev + "/badges.pdf?selection=ALL&sheet=A6").body();
        assertEquals(204, sumbar.putBytes(ev + "/badge-design/logo", "image/png", real).status());
        var saved = sumbar.put(ev + "/badge-design", "{\"sheet\":\"A6\",\"showInstitution\":false,\"showRole\":true,\"showDates\":true,"
                + "\"colours\":{\"PERS\":\"#FFEB3B\"}}");
        assertEquals(200, saved.status(), saved.body());
        JsonObject design = saved.object();
        assertTrue(design.getBoolean("saved") && design.getBoolean("hasLogo"), design.toString());
        assertEquals("#ffeb3b", design.getJsonObject("colours").getString("PERS"));
        JsonObject reread = sumbar.get(ev + "/badge-design").object();
        assertEquals("A6", reread.getString("sheet"), "saved, not only answered: " + reread);
        assertFalse(reread.getBoolean("showInstitution"));
        assertEquals("#ffeb3b", reread.getJsonObject("colours").getString("PERS"));
        assertEquals("#1d5c9a", design.getJsonObject("colours").getString("PESERTA"), "a colour not sent keeps its value");

        // printed with the design: its sheet (A6) when none is asked for, no institution, the dates, the logo; the QR still scans
        Pdf designed = post(token, ev + "/badges.pdf?selection=ALL");
        assertEquals(200, designed.status());
        try (PDDocument doc = Loader.loadPDF(designed.body())) {
            assertEquals(105, Math.round(doc.getPage(0).getMediaBox().getWidth() / 72 * 25.4), "an A6 page");
        }
        String printed = InvitationIT.text(designed.body());
        assertFalse(printed.contains("Tanah Datar"), printed);
        assertTrue(printed.contains("Fitri Handayani") && printed.contains("2031"), printed);
        assertTrue(images(designed.body()) > images(plain), "the logo is on the badge");
        assertEquals(Set.of(ticket), qrCodes(designed.body()));

        // the live preview: one sample badge in the design's size
        var preview = sumbar.bytes(ev + "/badge-design/preview.pdf?role=PERS");
        assertEquals(200, preview.status());
        assertTrue(InvitationIT.text(preview.body()).contains("PERS"), InvitationIT.text(preview.body()));
        assertEquals(204, sumbar.delete(ev + "/badge-design/logo").status());
        assertFalse(sumbar.get(ev + "/badge-design").object().getBoolean("hasLogo"));
    }

    /**
     * Reloads the test server through its management port (the local user's silent authentication,
     * as Arquillian itself connects) and waits until it runs again and the application answers.
     */
    static void reloadServer(URL base) throws Exception {
        int port = 9990 + TestPorts.offset();
        try (org.jboss.as.controller.client.ModelControllerClient c = org.jboss.as.controller.client.ModelControllerClient.Factory
                .create("remote+http", "127.0.0.1", port)) {
            org.jboss.dmr.ModelNode op = new org.jboss.dmr.ModelNode();
            op.get("operation").set("reload");
            op.get("address").setEmptyList();
            org.jboss.dmr.ModelNode r = c.execute(op);
            assertEquals("success", r.get("outcome").asString(), r.toString());
        }
        long until = System.currentTimeMillis() + 180_000;
        Thread.sleep(1_000);
        while (true) {
            try (org.jboss.as.controller.client.ModelControllerClient c = org.jboss.as.controller.client.ModelControllerClient.Factory
                    .create("remote+http", "127.0.0.1", port)) {
                org.jboss.dmr.ModelNode op = new org.jboss.dmr.ModelNode();
                op.get("operation").set("read-attribute");
                op.get("address").setEmptyList();
                op.get("name").set("server-state");
                org.jboss.dmr.ModelNode r = c.execute(op);
                if ("running".equals(r.get("result").asString())) {
                    HttpResponse<String> ping = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "login.xhtml")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (ping.statusCode() == 200) {
                        return;
                    }
                }
            } catch (java.io.IOException | RuntimeException notYet) {
                // reloading
            }
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the server did not come back from the reload");
            }
            Thread.sleep(500);
        }
    }

    @Test
    void theReminderIsSentExactlyOnceAcrossAServerReload() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        // three days ahead: the H-3 reminder is due (tomorrow and the day after are the other test's, in the same hall)
        String inThreeDays = LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3).toString();
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Pengingat Sekali", inThreeDays, 20);
        String ev = "/api/v1/events/" + eventId;
        String slug = sumbar.get(ev).object().getString("slug");
        String to = "yusra@pengingat.example.id";
        try (TestMail mail = new TestMail()) {
            var reg = new ApiClient(base, null).postWithKey("/api/v1/public/events/" + slug + "/registrations",
                    online("Yusra Hidayati", "199001152015022004", to), "onsite-it-reload");
            assertEquals(201, reg.status(), reg.body());
            assertEquals(1, sumbar.post(ev + "/reminders/run", "{}").object().getInt("reminders"));
            mail.waitFor(to, "Pengingat H-3");

            reloadServer(base);

            // the reloaded server knows it was sent: the run finds nothing due, and no second mail comes
            JsonObject again = sumbar.post(ev + "/reminders/run", "{}").object();
            assertEquals(0, again.getInt("reminders"), again.toString());
            assertFalse(again.getBoolean("baselineRecorded"), "the baseline schedule survived too");
            Thread.sleep(6_000); // the outbox polls every second in the test server
            assertEquals(1, mail.count(to, "Pengingat H-3"), "exactly one reminder across the reload");
        }
    }
}
