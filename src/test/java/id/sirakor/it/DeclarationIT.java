package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.platform.signing.DocumentSignerTest;
import id.sirakor.platform.signing.PdfSignatures;
import jakarta.json.JsonObject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Declarations end to end over HTTP against MariaDB with a real SMTP server: the signing link and
 * its one-time code, five wrong codes locking a link, one link used twice at once signing once, a
 * decline, the final PDF read back (text, QR) and its PAdES signature checked by iText and by
 * poppler's pdfsig before and after one byte is changed, the public verification, and an audit row
 * altered in the database named by the evidence check.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class DeclarationIT {

    private static final Pattern LINK = Pattern.compile("sign\\.xhtml\\?t=([A-Za-z0-9_-]+)");
    private static final Pattern CODE = Pattern.compile("\\s(\\d{6})\\s");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static String signature() throws Exception {
        BufferedImage img = new BufferedImage(360, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1a, 0x2a, 0x6c));
        g.setStroke(new BasicStroke(4));
        g.drawPolyline(new int[] {20, 80, 120, 170, 220, 300, 340}, new int[] {90, 20, 100, 30, 95, 40, 70}, 7);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    static String signBody(String name, String position, String representation, String repName, String repPosition) throws Exception {
        return "{\"name\":\"" + name + "\",\"position\":\"" + position + "\",\"nip\":\"\",\"representation\":"
                + (representation == null ? "null" : "\"" + representation + "\"") + ",\"repName\":"
                + (repName == null ? "null" : "\"" + repName + "\"") + ",\"repPosition\":"
                + (repPosition == null ? "null" : "\"" + repPosition + "\"") + ",\"signature\":\"" + signature() + "\"}";
    }

    long declaration(ApiClient c, String... signers) {
        var created = c.post("/api/v1/declarations", "{\"templateKey\":\"NETRALITAS_ASN\",\"place\":\"Padang\",\"date\":\"2029-09-17\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        for (String s : signers) {
            var r = c.post("/api/v1/declarations/" + id + "/signers", s);
            assertEquals(201, r.status(), r.body());
        }
        return id;
    }

    static String signer(String name, String position, String region, String email) {
        return "{\"name\":\"" + name + "\",\"position\":\"" + position + "\",\"regionCode\":\"" + region + "\",\"email\":\"" + email + "\"}";
    }

    static String token(TestMail mail, String to) throws Exception {
        Matcher m = LINK.matcher(TestMail.text(mail.waitFor(to, "Permintaan tanda tangan")));
        assertTrue(m.find());
        return m.group(1);
    }

    static String code(TestMail mail, String to, int nth) throws Exception {
        var all = mail.waitFor(to, "Kode tanda tangan", nth, 30_000);
        Matcher m = CODE.matcher(TestMail.text(all.get(nth - 1)));
        assertTrue(m.find());
        return m.group(1);
    }

    @Test
    void signByLinkAndCodeLockAfterFiveWrongDeclineFinalizeAndVerify() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient pub = new ApiClient(base, null);
        long id = declaration(sumbar,
                signer("Budi Santoso", "Bupati Agam", "13.06", "bupati.agam@it.example.id"),
                signer("Rahmat Hidayat", "Wali Kota Bukittinggi", "13.75", "walikota.bkt@it.example.id"),
                signer("Sri Wahyuni", "Bupati Tanah Datar", "13.04", "bupati.tanahdatar@it.example.id"));
        // the text changes while DRAFT, never after it is frozen
        var text = sumbar.get("/api/v1/declarations/" + id).object();
        assertEquals(5, text.getJsonArray("points").size(), "the five points of seed 001");
        var badSigner = sumbar.post("/api/v1/declarations/" + id + "/signers", signer("X", "Y", "99.99", "x@it.example.id"));
        assertEquals(400, badSigner.status());
        assertEquals("regionCode", badSigner.object().getString("field"));
        var opened = sumbar.post("/api/v1/declarations/" + id + "/open", "{}");
        assertEquals(200, opened.status(), opened.body());
        String hash = opened.object().getString("textHash");
        assertEquals(64, hash.length());
        var edit = sumbar.put("/api/v1/declarations/" + id, "{\"title\":\"Lain\",\"opening\":\"a\",\"points\":\"b\",\"place\":\"Padang\",\"date\":\"2029-09-17\"}");
        assertEquals(409, edit.status(), edit.body());
        // a secretariat of another unit does not see it
        ApiClient balikpapan = new ApiClient(base, TestData.jdbcToken("balikpapan.sekretariat"));
        assertEquals(404, balikpapan.get("/api/v1/declarations/" + id).status());

        try (TestMail mail = new TestMail()) {
            assertEquals(3, sumbar.post("/api/v1/declarations/" + id + "/send", "{}").object().getInt("sent"));
            String agam = token(mail, "bupati.agam@it.example.id");
            String bkt = token(mail, "walikota.bkt@it.example.id");
            String tanahDatar = token(mail, "bupati.tanahdatar@it.example.id");

            // 1. signs with the code
            var view = pub.get("/api/v1/sign/" + agam);
            assertEquals(200, view.status(), view.body());
            assertEquals(hash, view.object().getString("textHash"));
            assertEquals(403, pub.post("/api/v1/sign/" + agam, signBody("Budi Santoso", "Bupati Agam", null, null, null)).status(),
                    "no signature without the code");
            assertEquals(200, pub.post("/api/v1/sign/" + agam + "/code", "{}").status());
            assertEquals(409, pub.post("/api/v1/sign/" + agam + "/code", "{}").status(), "one code a minute");
            String code = code(mail, "bupati.agam@it.example.id", 1);
            var wrong = pub.post("/api/v1/sign/" + agam + "/verify", "{\"code\":\"" + (code.equals("000000") ? "111111" : "000000") + "\"}");
            assertEquals(400, wrong.status(), wrong.body());
            assertEquals("Kode salah atau kedaluwarsa. Sisa percobaan: 4.", wrong.object().getString("message"));
            assertEquals(200, pub.post("/api/v1/sign/" + agam + "/verify", "{\"code\":\"" + code + "\"}").status());
            var noSig = pub.post("/api/v1/sign/" + agam, "{\"name\":\"Budi Santoso\",\"position\":\"Bupati Agam\",\"signature\":\"aGVsbG8=\"}");
            assertEquals(400, noSig.status());
            assertEquals("signature", noSig.object().getString("field"));
            var signed = pub.post("/api/v1/sign/" + agam, signBody("Budi Santoso", "Bupati Agam", "AN", "Drs. Yusran Effendi", "Sekretaris Daerah"));
            assertEquals(200, signed.status(), signed.body());
            assertEquals(409, pub.post("/api/v1/sign/" + agam, signBody("Budi Santoso", "Bupati Agam", null, null, null)).status(),
                    "the link is spent");

            // 2. five wrong codes lock the link; the right code then no longer helps
            assertEquals(200, pub.post("/api/v1/sign/" + bkt + "/code", "{}").status());
            String right = code(mail, "walikota.bkt@it.example.id", 1);
            String bad = right.equals("123456") ? "654321" : "123456";
            for (int i = 1; i <= 4; i++) {
                assertEquals(400, pub.post("/api/v1/sign/" + bkt + "/verify", "{\"code\":\"" + bad + "\"}").status());
            }
            assertEquals(409, pub.post("/api/v1/sign/" + bkt + "/verify", "{\"code\":\"" + bad + "\"}").status(), "fifth wrong code locks");
            var locked = pub.post("/api/v1/sign/" + bkt + "/verify", "{\"code\":\"" + right + "\"}");
            assertEquals(409, locked.status());
            assertTrue(locked.object().getString("message").contains("terkunci"), locked.body());
            assertTrue(pub.get("/api/v1/sign/" + bkt).object().getBoolean("locked"));

            // 3. declines with a reason
            assertEquals(200, pub.post("/api/v1/sign/" + tanahDatar + "/code", "{}").status());
            assertEquals(200, pub.post("/api/v1/sign/" + tanahDatar + "/verify", "{\"code\":\"" + code(mail, "bupati.tanahdatar@it.example.id", 1) + "\"}").status());
            assertEquals(400, pub.post("/api/v1/sign/" + tanahDatar + "/decline", "{\"reason\":\"  \"}").status());
            assertEquals(200, pub.post("/api/v1/sign/" + tanahDatar + "/decline", "{\"reason\":\"Sedang cuti di luar negeri\"}").status());
        }

        // the board by its secret link, no login
        String board = sumbar.get("/api/v1/declarations/" + id).object().getString("boardToken");
        var b = pub.get("/api/v1/boards/" + board).object();
        assertEquals(1, b.getInt("signed"));
        assertEquals(3, b.getInt("total"));
        assertEquals(404, pub.get("/api/v1/boards/notaboard").status());

        // coverage: Sumatera Barat partly signed
        var cov = sumbar.get("/api/v1/declarations/" + id + "/coverage").object();
        assertEquals(38, cov.getJsonArray("provinces").size());
        var sb = cov.getJsonArray("provinces").stream().map(v -> v.asJsonObject()).filter(t -> t.getString("code").equals("13")).findFirst().orElseThrow();
        assertEquals("PARTIAL", sb.getString("status"));
        assertEquals(3, sb.getInt("invited"));
        var xlsx = sumbar.bytes("/api/v1/declarations/" + id + "/coverage.xlsx");
        assertEquals(200, xlsx.status());
        assertEquals('P', (char) xlsx.body()[0]);

        // finalize: PDF read back, QR decoded, signature checked by iText and pdfsig
        var fin = sumbar.post("/api/v1/declarations/" + id + "/finalize", "{}");
        assertEquals(200, fin.status(), fin.body());
        String verifyCode = fin.object().getString("verifyCode");
        var pdf = sumbar.bytes("/api/v1/declarations/" + id + "/declaration.pdf");
        assertEquals(200, pdf.status());
        Path dir = Files.createDirectories(Path.of("target", "documents"));
        Files.write(dir.resolve("declaration-it.pdf"), pdf.body());
        String flat = InvitationIT.text(pdf.body()).replaceAll("\\s+", " ");
        assertTrue(flat.contains("DEKLARASI KEPALA DAERAH MENJAGA NETRALITAS ASN"), flat);
        assertTrue(flat.contains("5. Akan melakukan sosialisasi"), flat);
        assertTrue(flat.contains("a.n. Bupati Agam"), flat);
        assertTrue(flat.contains("Drs. Yusran Effendi"), flat);
        assertTrue(flat.contains("LEMBAR JEJAK AUDIT"), flat);
        assertTrue(flat.contains("Sedang cuti di luar negeri"), flat);
        assertTrue(flat.contains(hash), "the frozen text's hash is printed");
        assertTrue(ParticipantIT.qr(pdf.body()).endsWith("/p/verify.xhtml?c=" + verifyCode));

        PdfSignatures.Check check = PdfSignatures.check(pdf.body());
        assertTrue(check.valid(), String.valueOf(check));
        assertTrue(pdfsig(dir.resolve("declaration-it.pdf")).contains("Signature is Valid"));

        byte[] altered = pdf.body().clone();
        int at = DocumentSignerTest.insideSignedRange(altered);
        altered[at] = (byte) (altered[at] ^ 0x20);
        Files.write(dir.resolve("declaration-it-altered.pdf"), altered);
        assertFalse(PdfSignatures.check(altered).valid());
        assertFalse(pdfsig(dir.resolve("declaration-it-altered.pdf")).contains("Signature is Valid"));

        // public verification: by code, by the PDF, the altered PDF, then revoked
        var byCode = pub.get("/api/v1/verify/" + verifyCode.toLowerCase());
        assertEquals(200, byCode.status(), byCode.body());
        assertEquals("VALID", byCode.object().getString("status"));
        assertEquals(404, pub.get("/api/v1/verify/ZZZZZZZZZZ").status());
        assertEquals("ORIGINAL", upload(pdf.body()).getString("result"));
        assertEquals("ALTERED", upload(altered).getString("result"));
        assertEquals(200, sumbar.post("/api/v1/declarations/" + id + "/revoke", "{\"reason\":\"Diganti deklarasi baru\"}").status());
        assertEquals("REVOKED", upload(pdf.body()).getString("result"));
        assertEquals("REVOKED", pub.get("/api/v1/verify/" + verifyCode).object().getString("status"));

        // an audit row altered in the database is named by the evidence check
        var ev = sumbar.get("/api/v1/declarations/" + id + "/evidence").object();
        assertTrue(ev.getBoolean("intact"), ev.toString());
        long seq = ev.getJsonArray("steps").getJsonObject(3).getJsonNumber("seq").longValue();
        String original;
        try (var c = TestData.db(); var s = c.prepareStatement("SELECT summary FROM audit_entry WHERE chain = 'main' AND seq = ?")) {
            s.setLong(1, seq);
            var rs = s.executeQuery();
            rs.next();
            original = rs.getString(1);
        }
        try (var c = TestData.db(); var s = c.prepareStatement("UPDATE audit_entry SET summary = ? WHERE chain = 'main' AND seq = ?")) {
            s.setString(1, original + " (diubah)");
            s.setLong(2, seq);
            assertEquals(1, s.executeUpdate());
        }
        try {
            var broken = sumbar.get("/api/v1/declarations/" + id + "/evidence").object();
            assertFalse(broken.getBoolean("intact"));
            assertEquals(seq, broken.getJsonNumber("brokenAtSeq").longValue());
        } finally {
            try (var c = TestData.db(); var s = c.prepareStatement("UPDATE audit_entry SET summary = ? WHERE chain = 'main' AND seq = ?")) {
                s.setString(1, original);
                s.setLong(2, seq);
                s.executeUpdate();
            }
        }
        assertTrue(sumbar.get("/api/v1/declarations/" + id + "/evidence").object().getBoolean("intact"));
    }

    /** A signer is chosen from the institution directory or from the event's participants, not only typed by hand. */
    @Test
    void signersAreFoundInTheDirectoryAndAmongTheEventsParticipants() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long event = -1;
        for (var v : sumbar.get("/api/v1/events?max=200").array()) {
            if (v.asJsonObject().getString("title").equals("Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN")) {
                event = v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        var created = sumbar.post("/api/v1/declarations", "{\"templateKey\":\"NETRALITAS_ASN\",\"eventId\":" + event
                + ",\"place\":\"Bukittinggi\",\"date\":\"2029-09-17\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        // from the directory: a contact person of an institution, with its region
        var dir = sumbar.get("/api/v1/declarations/" + id + "/signer-candidates?q=benny").array();
        var benny = dir.stream().map(v -> v.asJsonObject()).filter(o -> o.getString("name").equals("Benny Saputra")).findFirst().orElseThrow();
        assertEquals("DIREKTORI", benny.getString("source"));
        assertEquals("Asisten KASN Bidang NKK-NET", benny.getString("position"));
        // from the event: a confirmed participant, with the institution's region and the e-mail
        var participants = sumbar.get("/api/v1/events/" + event + "/participants?status=CONFIRMED").object().getJsonArray("items");
        var someone = participants.getJsonObject(0);
        String part = someone.getString("name").split(" ")[0];
        var found = sumbar.get("/api/v1/declarations/" + id + "/signer-candidates?q=" + java.net.URLEncoder.encode(part, java.nio.charset.StandardCharsets.UTF_8)).array();
        assertTrue(found.stream().map(v -> v.asJsonObject()).anyMatch(o -> o.getString("source").equals("PESERTA") && o.getString("name").contains(someone.getString("name"))
                && !o.isNull("email")), found.toString());
        // too short a query finds nobody; a caller who may not change the declaration may not look
        assertEquals(0, sumbar.get("/api/v1/declarations/" + id + "/signer-candidates?q=b").array().size());
        assertEquals(403, new ApiClient(base, TestData.jdbcToken("sumbar.notulis")).get("/api/v1/declarations/" + id + "/signer-candidates?q=benny").status());
        // a candidate becomes a signer through the same checks as one typed by hand
        var added = sumbar.post("/api/v1/declarations/" + id + "/signers", signer(benny.getString("name"), benny.getString("position"),
                benny.getString("regionCode"), "benny@it.example.id"));
        assertEquals(201, added.status(), added.body());
    }

    @Test
    void oneLinkUsedTwiceAtTheSameMomentSignsOnce() throws Exception {
        ApiClient admin = new ApiClient(base, TestData.jdbcToken("admin"));
        ApiClient pub = new ApiClient(base, null);
        long id = declaration(admin, signer("Hendra Putra", "Wali Kota Padang", "13.71", "walikota.padang@it.example.id"));
        assertEquals(200, admin.post("/api/v1/declarations/" + id + "/open", "{}").status());
        try (TestMail mail = new TestMail()) {
            admin.post("/api/v1/declarations/" + id + "/send", "{}");
            String t = token(mail, "walikota.padang@it.example.id");
            pub.post("/api/v1/sign/" + t + "/code", "{}");
            assertEquals(200, pub.post("/api/v1/sign/" + t + "/verify", "{\"code\":\"" + code(mail, "walikota.padang@it.example.id", 1) + "\"}").status());
            String body = signBody("Hendra Putra", "Wali Kota Padang", null, null, null);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            Future<ApiClient.Reply> a = pool.submit(() -> { go.await(); return pub.post("/api/v1/sign/" + t, body); });
            Future<ApiClient.Reply> b = pool.submit(() -> { go.await(); return pub.post("/api/v1/sign/" + t, body); });
            go.countDown();
            List<Integer> statuses = List.of(a.get().status(), b.get().status());
            pool.shutdown();
            assertTrue(statuses.contains(200) && statuses.contains(409), statuses.toString());
        }
        var signers = admin.get("/api/v1/declarations/" + id + "/signers").array();
        assertEquals("SIGNED", signers.getJsonObject(0).getString("status"));
        long signs = admin.get("/api/v1/declarations/" + id + "/evidence").object().getJsonArray("steps").stream()
                .filter(v -> v.asJsonObject().getString("action").equals("declaration.sign")).count();
        assertEquals(1, signs);
    }

    JsonObject upload(byte[] pdf) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1/verify"))
                .header("Content-Type", "application/pdf").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return (JsonObject) jakarta.json.Json.createReader(new java.io.StringReader(r.body())).read();
    }

    static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static String pdfsig(Path pdf) throws Exception {
        Process p = new ProcessBuilder("pdfsig", "-nocert", pdf.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }
}
