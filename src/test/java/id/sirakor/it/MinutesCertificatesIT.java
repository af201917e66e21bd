package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.platform.signing.PdfSignatures;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Minutes and certificates over HTTP against MariaDB: who may write, review and approve minutes
 * (the minute taker never approves their own), the signed NOTULA RAPAT with the daftar hadir read
 * back, version 2 with its diff, the follow-up tracker; certificates issued in the background to
 * the eligible participants, read back (name, number, Indonesian date, the QR's verification URL),
 * verified publicly, revoked and reissued, and a run stopped halfway and resumed without a
 * duplicate or a gap in the numbers.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class MinutesCertificatesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static String draft(String chair, String summary, String followUps) {
        return "{\"chairName\":" + (chair == null ? "null" : "\"" + chair + "\"") + ",\"chairPosition\":\"Ketua Bawaslu Provinsi Sumatera Barat\","
                + "\"opening\":\"Rapat dibuka pukul 09.00.\",\"summary\":\"" + summary + "\",\"points\":\"1. BKPSDM: format laporan seragam.\","
                + "\"decisions\":\"1. Laporan paling lambat 14 hari kerja.\",\"followUps\":[" + followUps + "]}";
    }

    @Test
    void minutesWorkflowPermissionsSignedPdfVersionsAndTracker() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient notulis = new ApiClient(base, TestData.jdbcToken("sumbar.notulis"));
        ApiClient balikpapan = new ApiClient(base, TestData.jdbcToken("balikpapan.sekretariat"));
        ApiClient speaker = new ApiClient(base, TestData.jdbcToken("narasumber.demo"));
        ApiClient pub = new ApiClient(base, null);
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Notula", "2031-05-06", 10);
        long day = AttendanceIT.day(sumbar, eventId, 0);
        String ticket = AttendanceIT.add(sumbar, eventId, "Wulan Sari", "198802022012022012", "Bawaslu Kota Padang").getString("ticketCode");
        assertEquals(201, sumbar.post("/api/v1/events/" + eventId + "/check-ins", AttendanceIT.checkIn(ticket, day, null)).status());
        String path = "/api/v1/events/" + eventId + "/minutes";

        assertEquals(401, pub.get(path).status());
        assertEquals(403, speaker.get(path).status(), "a speaker has no minutes");
        assertEquals(404, balikpapan.get(path).status(), "another unit does not see the event");
        assertEquals(404, notulis.get(path).status(), "none yet");
        assertEquals(403, speaker.post(path, "{}").status());
        assertEquals(404, balikpapan.post(path, "{}").status());
        var started = notulis.post(path, "{}");
        assertEquals(201, started.status(), started.body());
        assertEquals("sumbar.notulis", started.object().getString("taker"));
        assertEquals(409, notulis.post(path, "{}").status(), "one set of minutes per event");

        String follow = "{\"action\":\"Menyusun format laporan\",\"responsible\":\"Bawaslu Provinsi\",\"dueDate\":\"2031-05-20\",\"status\":\"OPEN\"}";
        var noResp = notulis.put(path, draft("Drs. Yulizar Hakim", "Pembahasan.", "{\"action\":\"X\",\"responsible\":\" \"}"));
        assertEquals(400, noResp.status());
        assertEquals("followUpResponsible", noResp.object().getString("field"));
        assertEquals(200, notulis.put(path, draft(null, "Pembahasan netralitas ASN.", follow)).status());
        var noChair = notulis.post(path + "/submit", "{}");
        assertEquals(400, noChair.status());
        assertEquals("chairName", noChair.object().getString("field"));
        assertEquals(200, notulis.put(path, draft("Drs. Yulizar Hakim, M.Si.", "Pembahasan netralitas ASN.", follow)).status());
        assertEquals("REVIEW", notulis.post(path + "/submit", "{}").object().getString("status"));
        assertEquals(409, notulis.put(path, draft("X", "Y", "")).status(), "locked in review");
        var own = notulis.post(path + "/approve", "{}");
        assertEquals(403, own.status(), "the minute taker cannot approve: " + own.body());
        assertEquals(403, notulis.post(path + "/comment", "{\"comment\":\"ok\"}").status());
        assertEquals(400, sumbar.post(path + "/comment", "{\"comment\":\" \"}").status());
        var back = sumbar.post(path + "/comment", "{\"comment\":\"Lengkapi jumlah peserta.\",\"sendBack\":true}");
        assertEquals("DRAFT", back.object().getString("status"));
        assertTrue(back.object().getString("chairComment").contains("Lengkapi jumlah peserta."));
        assertEquals(409, sumbar.post(path + "/approve", "{}").status(), "not in review");
        assertEquals(200, notulis.post(path + "/submit", "{}").status());
        var approved = sumbar.post(path + "/approve", "{}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.object().getString("status"));
        String code = approved.object().getString("verifyCode");
        assertEquals(409, notulis.put(path, draft("X", "Y", "")).status(), "approved minutes are locked");

        var pdf = sumbar.bytes(path + "/pdf");
        assertEquals(200, pdf.status());
        Path dir = Files.createDirectories(Path.of("target", "documents"));
        Files.write(dir.resolve("minutes-it.pdf"), pdf.body());
        String flat = InvitationIT.text(pdf.body()).replaceAll("\\s+", " ");
        assertTrue(flat.contains("NOTULA RAPAT"), flat);
        assertTrue(flat.contains("Pimpinan Rapat : Drs. Yulizar Hakim, M.Si."), flat);
        assertTrue(flat.contains("Pencatat : Fajar Ramadhan"), flat);
        assertTrue(flat.contains("Menyusun format laporan"), flat);
        assertTrue(flat.contains("DAFTAR HADIR") && flat.contains("Wulan Sari"), "the daftar hadir is attached: " + flat);
        assertTrue(PdfSignatures.check(pdf.body()).valid(), "signed PAdES");
        assertTrue(qrOnAnyPage(pdf.body()).endsWith("/p/verify.xhtml?c=" + code));
        assertEquals("VALID", pub.get("/api/v1/verify/" + code).object().getString("status"));

        // version 2 with its diff
        assertEquals(403, speaker.post(path + "/revise", "{}").status());
        var v2 = notulis.post(path + "/revise", "{}");
        assertEquals(200, v2.status(), v2.body());
        assertEquals(2, v2.object().getInt("versionNo"));
        assertEquals(200, notulis.put(path, draft("Drs. Yulizar Hakim, M.Si.", "Pembahasan netralitas ASN dan sanksi.", follow)).status());
        assertEquals(200, notulis.post(path + "/submit", "{}").status());
        assertEquals(200, sumbar.post(path + "/approve", "{}").status());
        JsonArray diff = sumbar.get(path + "/diff?version=2").array();
        assertTrue(diff.stream().map(v -> v.asJsonObject()).anyMatch(l -> l.getString("op").equals("+")
                && l.getString("text").equals("Pembahasan netralitas ASN dan sanksi.")), diff.toString());
        assertTrue(diff.stream().map(v -> v.asJsonObject()).anyMatch(l -> l.getString("op").equals("-")
                && l.getString("text").equals("Pembahasan netralitas ASN.")), diff.toString());
        assertEquals("SUPERSEDED", sumbar.get(path + "?version=1").object().getString("status"));
        assertEquals(200, sumbar.bytes(path + "/pdf?version=1").status(), "version 1 stays readable");

        // the tracker across the unit's events
        JsonArray open = notulis.get("/api/v1/follow-ups?open=true").array();
        JsonObject row = open.stream().map(v -> v.asJsonObject()).filter(r -> r.getJsonNumber("eventId").longValue() == eventId)
                .findFirst().orElseThrow();
        assertEquals("Menyusun format laporan", row.getString("action"));
        assertEquals(2, row.getInt("versionNo"));
        long fid = row.getJsonNumber("followUpId").longValue();
        assertEquals(404, balikpapan.put("/api/v1/follow-ups/" + fid, "{\"status\":\"DONE\"}").status());
        assertEquals(400, sumbar.put("/api/v1/follow-ups/" + fid, "{\"status\":\"LATER\"}").status());
        assertEquals(204, sumbar.put("/api/v1/follow-ups/" + fid, "{\"status\":\"DONE\"}").status());
        assertFalse(notulis.get("/api/v1/follow-ups?open=true").array().stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("followUpId").longValue() == fid));
        assertEquals(403, speaker.get("/api/v1/follow-ups").status());
    }

    /** The first QR found on any page (the minutes' QR stands after the text, often on page 2). */
    static String qrOnAnyPage(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                var image = renderer.renderImageWithDPI(p, 300);
                try {
                    return new com.google.zxing.MultiFormatReader().decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                            new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)))).getText();
                } catch (com.google.zxing.NotFoundException e) {
                    // next page
                }
            }
        }
        throw new AssertionError("no QR on any page");
    }

    static JsonObject waitDone(ApiClient c, long eventId) throws Exception {
        for (int i = 0; i < 600; i++) {
            var p = c.get("/api/v1/events/" + eventId + "/certificates/progress");
            if (p.status() == 200 && !p.object().getBoolean("running")) {
                return p.object();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run did not end");
    }

    static void gapFree(ApiClient c, long eventId, int expected) {
        JsonArray list = c.get("/api/v1/events/" + eventId + "/certificates").array();
        assertEquals(expected, list.size(), list.toString());
        Set<String> holders = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            assertEquals(i + 1, list.getJsonObject(i).getInt("seq"), "no gap: " + list);
            if (list.getJsonObject(i).getString("status").equals("VALID")) {
                assertTrue(holders.add(list.getJsonObject(i).getString("holderName")), "no duplicate: " + list);
            }
        }
    }

    @Test
    void certificatesDesignIssueReadBackVerifyRevokeAndResume() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient notulis = new ApiClient(base, TestData.jdbcToken("sumbar.notulis"));
        ApiClient balikpapan = new ApiClient(base, TestData.jdbcToken("balikpapan.sekretariat"));
        ApiClient pub = new ApiClient(base, null);
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Sertifikat", "2031-06-10", 80);
        long day = AttendanceIT.day(sumbar, eventId, 0);
        String names = "Rahmi Yuliani";
        for (int i = 0; i < 60; i++) {
            String name = i == 0 ? names : "Peserta Uji " + (i + 1);
            String nip = String.format("198802022012022%03d", i + 1);
            String t = AttendanceIT.add(sumbar, eventId, name, nip, "Bawaslu Kota Padang").getString("ticketCode");
            assertEquals(201, sumbar.post("/api/v1/events/" + eventId + "/check-ins", AttendanceIT.checkIn(t, day, null)).status());
        }
        String design = "/api/v1/events/" + eventId + "/certificate-design";
        String issue = "/api/v1/events/" + eventId + "/certificates/issue";
        assertEquals(403, notulis.get(design).status());
        assertEquals(404, balikpapan.get(design).status());
        assertEquals(409, sumbar.post(issue, "{}").status(), "no design yet");
        var bad = sumbar.put(design, "{\"heading\":\"SERTIFIKAT\",\"intro\":\"diberikan kepada\",\"signerName\":\"Dr. Surya\","
                + "\"signerPosition\":\"Ketua\",\"numberPattern\":\"SERT/2031\"}");
        assertEquals(400, bad.status());
        assertEquals("numberPattern", bad.object().getString("field"));
        assertEquals(200, sumbar.put(design, "{\"heading\":\"SERTIFIKAT\",\"intro\":\"diberikan kepada\",\"signerName\":\"Dr. Surya Efitrimen, S.H., M.H.\","
                + "\"signerPosition\":\"Ketua Bawaslu Provinsi Sumatera Barat\",\"signerPlace\":\"Padang\",\"numberPattern\":\"{no}/SERT/{year}\"}").status());
        assertEquals(200, sumbar.bytes(design + "/preview.pdf").status());

        // a run stopped after its first chunk, then resumed: every number once, no gap
        assertEquals(202, sumbar.post(issue, "{\"mail\":false}").status());
        assertEquals(204, sumbar.post("/api/v1/events/" + eventId + "/certificates/cancel", "{}").status());
        JsonObject stopped = waitDone(sumbar, eventId);
        int first = stopped.getInt("issued");
        assertTrue(first < 60, "stopped early: " + stopped);
        gapFree(sumbar, eventId, first);
        assertEquals(202, sumbar.post(issue, "{\"mail\":false}").status());
        JsonObject done = waitDone(sumbar, eventId);
        assertEquals(60 - first, done.getInt("issued"), done.toString());
        gapFree(sumbar, eventId, 60);
        assertEquals(202, sumbar.post(issue, "{\"mail\":false}").status());
        assertEquals(0, waitDone(sumbar, eventId).getInt("issued"), "a third run finds nobody left");

        // read back
        JsonObject rahmi = sumbar.get("/api/v1/events/" + eventId + "/certificates").array().stream().map(v -> v.asJsonObject())
                .filter(c -> c.getString("holderName").equals(names)).findFirst().orElseThrow();
        long cid = rahmi.getJsonNumber("id").longValue();
        var pdf = sumbar.bytes("/api/v1/events/" + eventId + "/certificates/" + cid + "/pdf");
        assertEquals(200, pdf.status());
        Files.write(Files.createDirectories(Path.of("target", "documents")).resolve("certificate-it.pdf"), pdf.body());
        String flat = InvitationIT.text(pdf.body()).replaceAll("\\s+", " ");
        assertTrue(flat.contains(names), flat);
        assertTrue(flat.contains("Nomor: " + rahmi.getString("number")), flat);
        assertTrue(rahmi.getString("number").matches("\\d{4}/SERT/\\d{4}"), rahmi.toString());
        assertTrue(flat.contains("10 Juni 2031"), flat);
        assertTrue(flat.contains("sebagai PESERTA"), flat);
        String code = rahmi.getString("verifyCode");
        assertTrue(ParticipantIT.qr(pdf.body()).endsWith("/p/verify.xhtml?c=" + code));
        var verified = pub.get("/api/v1/verify/" + code);
        assertEquals("VALID", verified.object().getString("status"));
        assertTrue(verified.body().contains(names) && verified.body().contains("Rakor Uji Sertifikat"), verified.body());
        assertFalse(verified.body().contains("198802022012022001"), "never the NIP/NIK");
        var zip = sumbar.bytes("/api/v1/events/" + eventId + "/certificates.zip");
        assertEquals(200, zip.status());
        assertEquals('P', (char) zip.body()[0]);

        // revoke needs a reason; reissue gives the next number and revokes the old code
        String revoke = "/api/v1/events/" + eventId + "/certificates/" + cid + "/revoke";
        assertEquals(403, notulis.post(revoke, "{\"reason\":\"x\"}").status());
        assertEquals(400, sumbar.post(revoke, "{\"reason\":\" \"}").status());
        var again = sumbar.post(revoke, "{\"reason\":\"Gelar akademik salah tulis\",\"reissue\":true}");
        assertEquals(200, again.status(), again.body());
        assertEquals(61, again.object().getInt("seq"));
        assertEquals(409, sumbar.post(revoke, "{\"reason\":\"lagi\"}").status());
        assertEquals("REVOKED", pub.get("/api/v1/verify/" + code).object().getString("status"));
        assertEquals("VALID", pub.get("/api/v1/verify/" + again.object().getString("verifyCode")).object().getString("status"));
        gapFree(sumbar, eventId, 61);
    }
}
