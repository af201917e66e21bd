package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import id.sirakor.platform.signing.PdfSignatures;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The certificate designer over HTTP against MariaDB: a layout with the name and the dates moved is
 * saved, certificates issued with it are read back (the name printed at the saved millimetres, the
 * number, the Indonesian dates, the QR decoded from the rendered page to the verification URL, the
 * PAdES signature checked by iText and by poppler's pdfsig, the public verification by code and by
 * upload); a session's moderator and an entered committee member receive MODERATOR and PANITIA
 * certificates; a layout with a field outside the page is refused with 400 naming the field, in
 * Indonesian and in English, and nothing of it is saved.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CertificateDesignIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static final String DESIGN = "\"heading\":\"SERTIFIKAT\",\"intro\":\"diberikan kepada\",\"signerName\":\"Dr. Surya Efitrimen, S.H., M.H.\","
            + "\"signerPosition\":\"Ketua Bawaslu Provinsi Sumatera Barat\",\"signerPlace\":\"Padang\",\"numberPattern\":\"{no}/SERT-D/{year}\"";

    /** Where the first piece of text starting with {@code prefix} begins on page 1: x and y in millimetres from the top-left corner. */
    static double[] position(byte[] pdf, String prefix) throws Exception {
        List<double[]> at = new ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            float h = doc.getPage(1).getPageSize().getHeight();
            new PdfCanvasProcessor(new IEventListener() {
                @Override
                public void eventOccurred(IEventData data, EventType type) {
                    TextRenderInfo t = (TextRenderInfo) data;
                    if (at.isEmpty() && t.getText().startsWith(prefix)) {
                        var p = t.getBaseline().getStartPoint();
                        at.add(new double[] {p.get(0) * 25.4 / 72, (h - p.get(1)) * 25.4 / 72});
                    }
                }

                @Override
                public Set<EventType> getSupportedEvents() {
                    return Set.of(EventType.RENDER_TEXT);
                }
            }).processPageContent(doc.getPage(1));
        }
        if (at.isEmpty()) {
            throw new AssertionError("no text starting with " + prefix);
        }
        return at.get(0);
    }

    JsonObject upload(byte[] pdf) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/$", "") + "/api/v1/verify"))
                .header("Content-Type", "application/pdf").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(pdf)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return (JsonObject) jakarta.json.Json.createReader(new java.io.StringReader(r.body())).read();
    }

    static JsonObject holder(ApiClient c, long eventId, String role) {
        return c.get("/api/v1/events/" + eventId + "/certificates").array().stream().map(v -> v.asJsonObject())
                .filter(x -> x.getString("role").equals(role)).findFirst().orElseThrow(() -> new AssertionError("no " + role));
    }

    @Test
    void movedLayoutRolesSignatureAndALayoutOutsideThePage() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient balikpapan = new ApiClient(base, TestData.jdbcToken("balikpapan.sekretariat"));
        ApiClient notulis = new ApiClient(base, TestData.jdbcToken("sumbar.notulis"));
        ApiClient pub = new ApiClient(base, null);
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Desain Sertifikat", "2031-07-15", 20);
        long day = AttendanceIT.day(sumbar, eventId, 0);
        String person = "Wulan Sari";
        String t = AttendanceIT.add(sumbar, eventId, person, "198802022012022099", "Bawaslu Kota Padang").getString("ticketCode");
        assertEquals(201, sumbar.post("/api/v1/events/" + eventId + "/check-ins", AttendanceIT.checkIn(t, day, null)).status());
        // a session with a moderator from the unit's speakers
        JsonObject moderator = sumbar.get("/api/v1/speakers").array().getJsonObject(0);
        long moderatorId = moderator.getJsonNumber("id").longValue();
        var session = sumbar.post("/api/v1/events/" + eventId + "/sessions", "{\"dayId\":" + day + ",\"start\":\"10:00:00\",\"end\":\"11:00:00\","
                + "\"title\":\"Diskusi Panel\",\"kind\":\"DISKUSI\",\"moderatorId\":" + moderatorId + ",\"speakers\":[]}");
        assertEquals(200, session.status(), session.body());

        String design = "/api/v1/events/" + eventId + "/certificate-design";
        String committee = "/api/v1/events/" + eventId + "/certificate-committee";

        // a layout with a field outside the page: 400 naming the field, in both languages, nothing saved
        assertEquals(200, sumbar.put(design, "{" + DESIGN + "}").status());
        var outside = sumbar.put(design, "{" + DESIGN + ",\"layout\":{\"name\":{\"x\":250,\"y\":72,\"w\":120,\"align\":\"left\"}}}");
        assertEquals(400, outside.status(), outside.body());
        assertEquals("layout.name", outside.object().getString("field"));
        assertTrue(outside.object().getString("message").contains("keluar dari halaman"), outside.body());
        var outsideEn = sumbar.language("en").put(design, "{" + DESIGN + ",\"layout\":{\"dates\":{\"y\":209.5}}}");
        sumbar.language("id");
        assertEquals(400, outsideEn.status(), outsideEn.body());
        assertEquals("layout.dates", outsideEn.object().getString("field"));
        assertTrue(outsideEn.object().getString("message").contains("outside the page"), outsideEn.body());
        var tooBig = sumbar.put(design, "{" + DESIGN + ",\"layout\":{\"qr\":{\"size\":400}}}");
        assertEquals(400, tooBig.status());
        assertEquals("layout.qr.size", tooBig.object().getString("field"));
        var unknown = sumbar.put(design, "{" + DESIGN + ",\"layout\":{\"nik\":{\"x\":10}}}");
        assertEquals(400, unknown.status());
        assertEquals(95.0 - 3, sumbar.get(design).object().getJsonObject("layout").getJsonObject("name").getJsonNumber("y").doubleValue(),
                0.01, "the refused layouts left the defaults");

        // the moved layout is saved and shown back
        String layout = "{\"name\":{\"x\":30,\"y\":74,\"size\":26,\"w\":160,\"align\":\"left\"},"
                + "\"dates\":{\"x\":267,\"y\":40,\"size\":12,\"w\":90,\"align\":\"right\"},\"institution\":{\"hidden\":true}}";
        var saved = sumbar.put(design, "{" + DESIGN + ",\"layout\":" + layout + "}");
        assertEquals(200, saved.status(), saved.body());
        JsonObject name = saved.object().getJsonObject("layout").getJsonObject("name");
        assertEquals(30, name.getJsonNumber("x").doubleValue(), 0.01);
        assertEquals("left", name.getString("align"));
        assertEquals(403, notulis.put(design, "{" + DESIGN + ",\"layout\":" + layout + "}").status());

        // a committee member entered by the secretariat
        var noName = sumbar.post(committee, "{\"name\":\" \",\"institution\":\"Bawaslu\"}");
        assertEquals(400, noName.status());
        assertEquals("name", noName.object().getString("field"));
        assertEquals(400, sumbar.post(committee, "{\"name\":\"Rina\",\"email\":\"bukan-surel\"}").status());
        assertEquals(404, balikpapan.post(committee, "{\"name\":\"Rina\"}").status());
        var member = sumbar.post(committee, "{\"name\":\"Rina Marlina, S.Kom.\",\"institution\":\"Sekretariat Bawaslu Provinsi Sumatera Barat\"}");
        assertEquals(201, member.status(), member.body());
        assertEquals(1, sumbar.get(committee).array().size());

        // issue: participant, moderator and committee member
        assertEquals(202, sumbar.post("/api/v1/events/" + eventId + "/certificates/issue", "{\"mail\":false}").status());
        JsonObject done = MinutesCertificatesIT.waitDone(sumbar, eventId);
        assertEquals(3, done.getInt("issued"), done.toString());
        MinutesCertificatesIT.gapFree(sumbar, eventId, 3);

        JsonObject peserta = holder(sumbar, eventId, "PESERTA");
        var pdf = sumbar.bytes("/api/v1/events/" + eventId + "/certificates/" + peserta.getJsonNumber("id").longValue() + "/pdf");
        assertEquals(200, pdf.status());
        Path dir = Files.createDirectories(Path.of("target", "documents"));
        Files.write(dir.resolve("certificate-design-it.pdf"), pdf.body());
        String flat = InvitationIT.text(pdf.body()).replaceAll("\\s+", " ");
        assertTrue(flat.contains(person), flat);
        assertTrue(flat.contains("Nomor: " + peserta.getString("number")), flat);
        assertTrue(peserta.getString("number").matches("\\d{4}/SERT-D/\\d{4}"), peserta.toString());
        assertTrue(flat.contains("15 Juli 2031"), flat);
        assertTrue(flat.contains("sebagai PESERTA"), flat);
        assertFalse(flat.contains("Bawaslu Kota Padang"), "the institution was hidden: " + flat);
        double[] at = position(pdf.body(), person);
        assertEquals(30, at[0], 0.3, "the name starts where it was moved (x mm)");
        assertEquals(74, at[1], 0.3, "the name's baseline where it was moved (y mm)");
        double[] dates = position(pdf.body(), "15 Juli 2031");
        assertEquals(40, dates[1], 0.3, "the dates moved to the top right (y mm)");
        assertTrue(dates[0] > 200, "right-aligned to x = 267 mm: starts at " + dates[0]);
        String code = peserta.getString("verifyCode");
        assertTrue(ParticipantIT.qr(pdf.body()).endsWith("/p/verify.xhtml?c=" + code));

        // signed as PAdES through the DocumentSigner; the verification page finds it original, then altered
        PdfSignatures.Check check = PdfSignatures.check(pdf.body());
        assertTrue(check.valid(), String.valueOf(check));
        assertTrue(DeclarationIT.pdfsig(dir.resolve("certificate-design-it.pdf")).contains("Signature is Valid"));
        assertEquals("VALID", pub.get("/api/v1/verify/" + code).object().getString("status"));
        assertEquals("ORIGINAL", upload(pdf.body()).getString("result"));
        byte[] altered = pdf.body().clone();
        int i = id.sirakor.platform.signing.DocumentSignerTest.insideSignedRange(altered);
        altered[i] = (byte) (altered[i] ^ 0x20);
        assertFalse(PdfSignatures.check(altered).valid());
        assertEquals("ALTERED", upload(altered).getString("result"));

        // the moderator and the committee member, each with their role printed
        JsonObject mod = holder(sumbar, eventId, "MODERATOR");
        String modText = InvitationIT.text(sumbar.bytes("/api/v1/events/" + eventId + "/certificates/" + mod.getJsonNumber("id").longValue()
                + "/pdf").body()).replaceAll("\\s+", " ");
        assertTrue(modText.contains("sebagai MODERATOR") && modText.contains(moderator.getString("name")), modText);
        JsonObject panitia = holder(sumbar, eventId, "PANITIA");
        assertEquals("Rina Marlina, S.Kom.", panitia.getString("holderName"));
        byte[] panitiaPdf = sumbar.bytes("/api/v1/events/" + eventId + "/certificates/" + panitia.getJsonNumber("id").longValue() + "/pdf").body();
        String panText = InvitationIT.text(panitiaPdf).replaceAll("\\s+", " ");
        assertTrue(panText.contains("sebagai PANITIA") && panText.contains("Rina Marlina, S.Kom."), panText);
        assertTrue(PdfSignatures.check(panitiaPdf).valid());
        assertEquals(0, sumbar.post("/api/v1/events/" + eventId + "/certificates/issue", "{\"mail\":false}").status() == 202
                ? MinutesCertificatesIT.waitDone(sumbar, eventId).getInt("issued") : -1, "a second run finds nobody left");
    }
}
