package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.platform.signing.PdfSignatures;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Minutes session by session (ADR 0063): per-session summary, points raised and decisions; a
 * participant's sumbang saran from the personal link taken into a session's points; photos and
 * slides attached (bounded, type by content); the minute taker's and the chair's signatures (the
 * taker never approves), both in the audit log; the approved PDF read back, its PAdES signature
 * and QR checked; version 2's diff covering the session sections. Permissions: minute taker,
 * secretariat (for the chair), an institution's operator, a foreign unit, anonymous.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class MinutesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static long sessionId(JsonObject event, String title) {
        return event.getJsonArray("sessions").stream().map(v -> v.asJsonObject()).filter(s -> s.getString("title").equals(title))
                .findFirst().orElseThrow(() -> new AssertionError(title + " in " + event)).getJsonNumber("id").longValue();
    }

    static byte[] photo(int w, int h) throws Exception {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xdde7f0));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x1b4f72));
        g.fillRect(w / 8, h / 3, w * 3 / 4, h / 2);
        g.setColor(Color.WHITE);
        g.fillOval(w / 3, h / 2, w / 3, h / 4);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static byte[] slides() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var pdf = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfWriter(out));
             var doc = new com.itextpdf.layout.Document(pdf)) {
            doc.add(new com.itextpdf.layout.element.Paragraph("Netralitas ASN – paparan"));
            doc.add(new com.itextpdf.layout.element.AreaBreak());
            doc.add(new com.itextpdf.layout.element.Paragraph("Terima kasih"));
        }
        return out.toByteArray();
    }

    /** The QR on any page, at several resolutions (zxing misses a small QR at one resolution and finds it at another). */
    static String qr(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                for (int dpi : new int[] {150, 200, 300}) {
                    var image = renderer.renderImageWithDPI(p, dpi);
                    try {
                        return new com.google.zxing.MultiFormatReader().decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                                new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image))),
                                java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
                    } catch (com.google.zxing.NotFoundException e) {
                        // another resolution, then the next page
                    }
                }
            }
        }
        throw new AssertionError("no QR on any page");
    }

    static String point(String kind, String by, String text) {
        return "{\"byKind\":\"" + kind + "\",\"byName\":\"" + by + "\",\"text\":\"" + text + "\"}";
    }

    @Test
    void sessionsSuggestionAttachmentsTwoSignaturesPdfAndDiff() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient notulis = new ApiClient(base, TestData.jdbcToken("sumbar.notulis"));
        ApiClient balikpapan = new ApiClient(base, TestData.jdbcToken("balikpapan.sekretariat"));
        ApiClient operator = new ApiClient(base, TestData.jdbcToken("operator.bkpsdm"));
        ApiClient pub = new ApiClient(base, null);
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Notula Per Sesi", "2031-08-12", 20);
        long day = AttendanceIT.day(sumbar, eventId, 0);
        var added = sumbar.post("/api/v1/events/" + eventId + "/sessions", "{\"dayId\":" + day + ",\"start\":\"10:00:00\",\"end\":\"12:00:00\","
                + "\"title\":\"Paparan Netralitas ASN\",\"kind\":\"PAPARAN\",\"speakers\":[]}");
        assertEquals(200, added.status(), added.body());
        JsonObject event = sumbar.get("/api/v1/events/" + eventId).object();
        long opening = sessionId(event, "Pembukaan");
        long paparan = sessionId(event, "Paparan Netralitas ASN");

        // a participant registers and sends a sumbang saran from the personal link
        var reg = pub.postWithKey("/api/v1/public/events/" + event.getString("slug") + "/registrations",
                "{\"name\":\"Sri Rahayu\",\"idKind\":\"NIP\",\"idNumber\":\"198703122011012099\",\"institutionName\":\"Inspektorat Kabupaten Agam\","
                        + "\"phone\":\"081277001299\",\"email\":\"sri.rahayu@contoh.go.id\",\"consent\":true}", "it-minutes-" + eventId);
        assertEquals(201, reg.status(), reg.body());
        assertEquals("CONFIRMED", reg.object().getString("status"));
        String token = reg.object().getString("token");
        String mine = "/api/v1/public/registrations/" + token + "/suggestions";
        assertEquals(404, pub.post("/api/v1/public/registrations/not-a-token/suggestions", "{\"text\":\"x\"}").status());
        var empty = pub.post(mine, "{\"text\":\"  \"}");
        assertEquals(400, empty.status());
        assertEquals("text", empty.object().getString("field"));
        var tooLong = pub.post(mine, "{\"text\":\"" + "a".repeat(1001) + "\"}");
        assertEquals(400, tooLong.status());
        assertEquals("text", tooLong.object().getString("field"));
        var english = new ApiClient(base, null).language("en").post(mine, "{\"text\":\"" + "a".repeat(1001) + "\"}");
        assertTrue(english.object().getString("message").contains("at most"), english.body());
        var foreignSession = pub.post(mine, "{\"text\":\"Saran\",\"sessionId\":999999999}");
        assertEquals(400, foreignSession.status());
        assertEquals("sessionId", foreignSession.object().getString("field"));
        var sent = pub.post(mine, "{\"text\":\"Sosialisasi netralitas ASN sampai tingkat desa.\",\"sessionId\":" + paparan + "}");
        assertEquals(201, sent.status(), sent.body());
        var burst = pub.post(mine, "{\"text\":\"Saran kedua.\"}");
        assertEquals(409, burst.status(), "one every 20 seconds: " + burst.body());
        assertFalse(burst.object().getString("message").isBlank());
        assertEquals(1, pub.get(mine).array().size());

        // minutes: who may read and write
        String path = "/api/v1/events/" + eventId + "/minutes";
        assertEquals(201, notulis.post(path, "{}").status());
        assertEquals(401, pub.get(path).status());
        assertEquals(403, operator.get(path).status(), "an institution's operator has no minutes");
        assertEquals(404, balikpapan.get(path).status(), "a foreign unit does not see the event");
        assertEquals(403, operator.get(path + "/suggestions").status());
        assertEquals(404, balikpapan.get(path + "/suggestions").status());
        JsonArray suggestions = notulis.get(path + "/suggestions").array();
        assertEquals(1, suggestions.size(), suggestions.toString());
        JsonObject sg = suggestions.getJsonObject(0);
        assertEquals("Sri Rahayu", sg.getString("author"));
        assertEquals("Inspektorat Kabupaten Agam", sg.getString("institution"));
        assertEquals("Paparan Netralitas ASN", sg.getString("session"));
        assertFalse(sg.getBoolean("taken"));
        assertFalse(sg.toString().contains("198703122011012099"), "no NIP for the minute taker");
        long sid = sg.getJsonNumber("id").longValue();

        // the per-session draft: bad input names its field, nothing half-saved
        String sessions = "[{\"sessionId\":" + opening + ",\"summary\":\"Ketua membuka rapat dan menyampaikan tujuan rakor.\",\"points\":["
                + point("SPEAKER", "Ketua Bawaslu Provinsi", "Rakor ini menindaklanjuti temuan pengawasan.") + "]},"
                + "{\"sessionId\":" + paparan + ",\"summary\":\"Narasumber memaparkan pola pelanggaran netralitas ASN.\",\"points\":["
                + point("SPEAKER", "Dr. Surya (Narasumber KASN)", "Empat puluh persen laporan berasal dari media sosial.") + ","
                + point("PARTICIPANT", "BKPSDM Kabupaten Agam", "Perlu format laporan tindak lanjut yang seragam.")
                + "],\"decisions\":\"Format laporan bersama disusun oleh Bawaslu Provinsi.\"}]";
        String draft = "{\"chairName\":\"Drs. Yulizar Hakim, M.Si.\",\"chairPosition\":\"Ketua Bawaslu Provinsi Sumatera Barat\","
                + "\"takerPosition\":\"Staf Divisi Pencegahan\",\"opening\":\"Rapat dibuka pukul 09.00.\",\"summary\":\"\",\"followUps\":["
                + "{\"action\":\"Menyusun format laporan\",\"responsible\":\"Bawaslu Provinsi\",\"dueDate\":\"2031-08-30\"}],\"sessions\":";
        var unknown = notulis.put(path, draft + "[{\"sessionId\":999999999,\"summary\":\"x\"}]}");
        assertEquals(400, unknown.status());
        assertEquals("sessions", unknown.object().getString("field"));
        var noBy = notulis.put(path, draft + "[{\"sessionId\":" + paparan + ",\"points\":[" + point("SPEAKER", " ", "Isi") + "]}]}");
        assertEquals(400, noBy.status());
        assertEquals("pointBy", noBy.object().getString("field"));
        assertEquals(403, operator.put(path, draft + sessions + "}").status());
        assertEquals(404, balikpapan.put(path, draft + sessions + "}").status());
        var saved = notulis.put(path, draft + sessions + "}");
        assertEquals(200, saved.status(), saved.body());
        JsonArray ss = saved.object().getJsonArray("sessions");
        assertEquals("Pembukaan", ss.getJsonObject(0).getString("title"), "timetable order");
        assertEquals("Paparan Netralitas ASN", ss.getJsonObject(1).getString("title"));
        assertEquals(2, ss.getJsonObject(1).getJsonArray("points").size());

        // take the suggestion into the session it was sent for
        String take = path + "/suggestions/" + sid + "/take";
        assertEquals(403, operator.post(take, "{}").status());
        assertEquals(404, balikpapan.post(take, "{}").status());
        var taken = notulis.post(take, "{}");
        assertEquals(200, taken.status(), taken.body());
        JsonObject p3 = taken.object().getJsonArray("sessions").getJsonObject(1).getJsonArray("points").getJsonObject(2);
        assertEquals("PARTICIPANT", p3.getString("byKind"));
        assertEquals("Sri Rahayu (Inspektorat Kabupaten Agam)", p3.getString("byName"));
        assertEquals("Sosialisasi netralitas ASN sampai tingkat desa.", p3.getString("text"));
        assertEquals(sid, p3.getJsonNumber("suggestionId").longValue());
        assertEquals(409, notulis.post(take, "{}").status(), "taken once per version");
        assertTrue(notulis.get(path + "/suggestions").array().getJsonObject(0).getBoolean("taken"));

        // attachments: bounded, type by content
        String att = path + "/attachments";
        byte[] png = photo(800, 500);
        assertEquals(403, operator.upload(att, "image/png", png).status());
        assertEquals(404, balikpapan.upload(att, "image/png", png).status());
        byte[] big = Arrays.copyOf(png, 6 * 1024 * 1024);
        var tooBig = notulis.upload(att, "image/png", big);
        assertEquals(400, tooBig.status(), tooBig.body());
        assertEquals("file", tooBig.object().getString("field"));
        assertTrue(tooBig.object().getString("message").contains("5 MB"), tooBig.body());
        var gif = notulis.upload(att, "image/png", "GIF89a not really a png".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, gif.status());
        assertEquals("file", gif.object().getString("field"));
        var exe = notulis.upload(att + "?name=paparan.pdf", "application/pdf", "MZ\u0090\u0000 windows program".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(400, exe.status());
        var wrongSession = notulis.upload(att + "?sessionId=999999999", "image/png", png);
        assertEquals(400, wrongSession.status());
        assertEquals("sessionId", wrongSession.object().getString("field"));
        var photo = notulis.upload(att + "?sessionId=" + paparan + "&name=foto-paparan.png&caption="
                + java.net.URLEncoder.encode("Narasumber menyampaikan paparan", StandardCharsets.UTF_8).replace("+", "%20"), "image/png", png);
        assertEquals(201, photo.status(), photo.body());
        assertEquals("image/png", photo.object().getString("contentType"));
        var slides = notulis.upload(att + "?sessionId=" + paparan + "&name=paparan.pdf", "application/octet-stream", slides());
        assertEquals(201, slides.status(), slides.body());
        assertEquals("application/pdf", slides.object().getString("contentType"));
        long photoId = photo.object().getJsonNumber("id").longValue();
        var back = sumbar.bytes(att + "/" + photoId);
        assertEquals(200, back.status());
        assertTrue(Arrays.equals(png, back.body()));
        assertEquals(404, balikpapan.bytes(att + "/" + photoId).status());
        byte[] tiny = photo(40, 30);
        for (int i = 2; i < 20; i++) {
            assertEquals(201, notulis.upload(att, "image/png", tiny).status());
        }
        var tooMany = notulis.upload(att, "image/png", tiny);
        assertEquals(400, tooMany.status(), "20 per version");
        assertEquals("file", tooMany.object().getString("field"));
        JsonArray all = notulis.get(path).object().getJsonArray("attachments");
        assertEquals(20, all.size());
        for (int i = 2; i < 20; i++) {
            assertEquals(204, notulis.delete(att + "/" + all.getJsonObject(i).getJsonNumber("id").longValue()).status());
        }
        assertEquals(2, notulis.get(path).object().getJsonArray("attachments").size());

        // two signatures: the secretariat sends it for review; the chair cannot approve before the minute taker signs
        assertEquals(200, sumbar.post(path + "/submit", "{}").status());
        assertEquals(409, sumbar.post(path + "/approve", "{}").status(), "the minute taker has not signed");
        assertEquals(403, sumbar.post(path + "/sign", "{}").status(), "only the minute taker signs as such");
        assertEquals(403, operator.post(path + "/sign", "{}").status());
        var signed = notulis.post(path + "/sign", "{}");
        assertEquals(200, signed.status(), signed.body());
        assertTrue(signed.object().containsKey("takerSignedAt") && !signed.object().isNull("takerSignedAt"), signed.body());
        assertEquals(403, notulis.post(path + "/approve", "{}").status(), "the minute taker cannot approve their own minutes");
        assertEquals(403, operator.post(path + "/approve", "{}").status());
        assertEquals(404, balikpapan.post(path + "/approve", "{}").status());
        var approved = sumbar.post(path + "/approve", "{}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals(409, notulis.upload(att, "image/png", tiny).status(), "approved minutes take no attachment");
        long minutesId = approved.object().getJsonNumber("id").longValue();
        assertEquals(1, AttendanceIT.rows("SELECT COUNT(*) FROM audit_entry WHERE action = 'minutes.sign' AND entity_id = ? AND actor LIKE ?",
                String.valueOf(minutesId), "%sumbar.notulis%"), "the minute taker's signature is in the audit log");
        assertEquals(1, AttendanceIT.rows("SELECT COUNT(*) FROM audit_entry WHERE action = 'minutes.approve' AND entity_id = ? AND actor LIKE ?",
                String.valueOf(minutesId), "%sumbar.sekretariat%"), "the chair's approval is in the audit log");

        // the approved PDF read back
        var pdf = sumbar.bytes(path + "/pdf");
        assertEquals(200, pdf.status());
        Files.write(Files.createDirectories(Path.of("target", "documents")).resolve("minutes-sessions-it.pdf"), pdf.body());
        String flat = InvitationIT.text(pdf.body()).replaceAll("\\s+", " ");
        int perSession = flat.indexOf("Jalannya rapat per sesi");
        assertTrue(perSession > 0, flat);
        int a = flat.indexOf("Pembukaan", perSession);
        int b = flat.indexOf("Paparan Netralitas ASN", perSession);
        assertTrue(a > 0 && b > a, "sessions in timetable order: " + flat);
        assertTrue(flat.contains("Format laporan bersama disusun oleh Bawaslu Provinsi."), flat);
        assertTrue(flat.contains("Sri Rahayu (Inspektorat Kabupaten Agam) [sumbang saran]: Sosialisasi netralitas ASN sampai tingkat desa."), flat);
        assertTrue(flat.contains("Dr. Surya (Narasumber KASN) (narasumber):"), flat);
        assertTrue(flat.contains("Pimpinan Rapat,") && flat.contains("Pencatat,"), flat);
        assertTrue(flat.contains("Drs. Yulizar Hakim, M.Si.") && flat.contains("Fajar Ramadhan"), "both signers: " + flat);
        assertTrue(flat.contains("Staf Divisi Pencegahan"), flat);
        assertTrue(flat.contains("LAMPIRAN NOTULA RAPAT"), flat);
        assertTrue(flat.contains("Foto 1. Narasumber menyampaikan paparan – sesi Paparan Netralitas ASN"), flat);
        assertTrue(flat.contains("Bahan paparan: paparan.pdf (PDF, 2 halaman)"), flat);
        assertTrue(PdfSignatures.check(pdf.body()).valid(), "signed PAdES");
        String code = approved.object().getString("verifyCode");
        assertTrue(qr(pdf.body()).endsWith("/p/verify.xhtml?c=" + code));
        assertEquals("VALID", pub.get("/api/v1/verify/" + code).object().getString("status"));

        // version 2: sessions and attachments copied; the diff covers the session sections
        var v2 = notulis.post(path + "/revise", "{}");
        assertEquals(200, v2.status(), v2.body());
        assertEquals(2, v2.object().getJsonArray("attachments").size());
        assertEquals(3, v2.object().getJsonArray("sessions").getJsonObject(1).getJsonArray("points").size());
        assertFalse(v2.object().containsKey("takerSignedAt") && !v2.object().isNull("takerSignedAt"), "version 2 is not signed yet");
        String changed = sessions.replace("Format laporan bersama disusun oleh Bawaslu Provinsi.", "Format laporan bersama disusun paling lambat 30 Agustus.");
        assertNotEquals(sessions, changed);
        // the suggestion point is kept by sending it back with its suggestionId
        changed = changed.replace("]," + "\"decisions\"", "," + "{\"byKind\":\"PARTICIPANT\",\"byName\":\"Sri Rahayu (Inspektorat Kabupaten Agam)\","
                + "\"text\":\"Sosialisasi netralitas ASN sampai tingkat desa.\",\"suggestionId\":" + sid + "}],\"decisions\"");
        assertEquals(200, notulis.put(path, draft + changed + "}").status());
        assertEquals(200, notulis.post(path + "/submit", "{}").status());
        assertEquals(200, sumbar.post(path + "/approve", "{}").status(), "signed by the minute taker when they sent it");
        JsonArray diff = sumbar.get(path + "/diff?version=2").array();
        assertTrue(diff.stream().map(v -> v.asJsonObject()).anyMatch(l -> l.getString("op").equals("#")
                && l.getString("text").equals("Sesi Paparan Netralitas ASN – keputusan")), diff.toString());
        assertTrue(diff.stream().map(v -> v.asJsonObject()).anyMatch(l -> l.getString("op").equals("+")
                && l.getString("text").equals("Format laporan bersama disusun paling lambat 30 Agustus.")), diff.toString());
        assertTrue(diff.stream().map(v -> v.asJsonObject()).anyMatch(l -> l.getString("op").equals("-")
                && l.getString("text").equals("Format laporan bersama disusun oleh Bawaslu Provinsi.")), diff.toString());
        assertFalse(diff.stream().map(v -> v.asJsonObject()).anyMatch(l -> l.getString("text").contains("Pembukaan –")),
                "an unchanged session is not in the diff: " + diff);
    }
}
