package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The secretariat's participant list over HTTP: approval, moving from the waitlist, the logged
 * NIK reveal, the Excel export (NIK masked) and import (row by row), and the QR ticket of the
 * confirmation mail decoded from the rendered PDF.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParticipantIT {

    private static final String NIK = "1306054107900003";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static String online(String name, String kind, String number, String email) {
        return "{\"name\":\"" + name + "\",\"idKind\":\"" + kind + "\",\"idNumber\":\"" + number + "\",\"institutionName\":\"Kantor Wali Nagari Koto Tuo\","
                + "\"phone\":\"081377001122\",\"email\":\"" + email + "\",\"consent\":true}";
    }

    private static JsonObject find(ApiClient c, long eventId, String q) {
        var page = c.get("/api/v1/events/" + eventId + "/participants?q=" + q).object();
        assertEquals(1, page.getInt("total"), page.toString());
        return page.getJsonArray("items").getJsonObject(0);
    }

    static String qr(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 300);
            return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
        }
    }

    @Test
    void approvalWaitlistRevealExcelAndTheTicket() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long eventId = InvitationIT.event(sumbar, "Sosialisasi Uji Peserta", "2029-09-12", 1);
        String slug = sumbar.get("/api/v1/events/" + eventId).object().getString("slug");
        assertEquals(200, sumbar.put("/api/v1/events/" + eventId + "/participants/settings", "{\"requiresApproval\":true}").status());
        ApiClient anonymous = new ApiClient(base, null);
        try (TestMail mail = new TestMail()) {
            var a = anonymous.postWithKey("/api/v1/public/events/" + slug + "/registrations",
                    online("Nurhayati", "NIK", NIK, "nurhayati@nagari.example.id"), "participant-it-a");
            assertEquals(201, a.status(), a.body());
            assertEquals("PENDING", a.object().getString("status"));
            var b = anonymous.postWithKey("/api/v1/public/events/" + slug + "/registrations",
                    online("Zulkifli", "NIP", "198406102009011003", "zulkifli@nagari.example.id"), "participant-it-b");
            assertEquals("PENDING", b.object().getString("status"));

            // approving the first takes the only seat; approving the second puts him on the waitlist
            long aId = a.object().getJsonNumber("id").longValue();
            long bId = b.object().getJsonNumber("id").longValue();
            assertEquals("CONFIRMED", sumbar.post("/api/v1/events/" + eventId + "/participants/" + aId + "/approve", "{}").object().getString("status"));
            assertEquals("WAITLISTED", sumbar.post("/api/v1/events/" + eventId + "/participants/" + bId + "/approve", "{}").object().getString("status"));
            var noSeat = sumbar.post("/api/v1/events/" + eventId + "/participants/" + bId + "/promote", "{}");
            assertEquals(409, noSeat.status());
            assertEquals("Tidak ada kursi kosong (atau kuota instansinya penuh).", noSeat.object().getString("message"));

            // the confirmation carries the ticket; its QR scans to the ticket code of the list
            MimeMessage m = mail.waitFor("nurhayati@nagari.example.id", "Pendaftaran disetujui");
            Map<String, byte[]> files = TestMail.attachments(m);
            byte[] ticket = files.entrySet().stream().filter(e -> e.getKey().startsWith("Tiket-")).findFirst().orElseThrow().getValue();
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/documents/it-tiket.pdf"), ticket);
            String code = find(sumbar, eventId, "Nurhayati").getString("ticketCode");
            assertEquals("SIRAKOR-TIKET:" + code.replace("-", ""), qr(ticket));
            assertTrue(InvitationIT.text(ticket).contains(code), "the code is printed too");
            assertTrue(files.keySet().stream().anyMatch(f -> f.endsWith(".ics")), files.keySet().toString());

            // the NIK: masked in the list and the export, revealed only on request, and the reveal is logged
            JsonObject listed = find(sumbar, eventId, "Nurhayati");
            assertFalse(listed.toString().contains(NIK), listed.toString());
            ApiClient bna = new ApiClient(base, TestData.jdbcToken("banjarnegara.sekretariat"));
            assertEquals(404, bna.post("/api/v1/events/" + eventId + "/participants/" + aId + "/nik", "{}").status());
            assertEquals(NIK, sumbar.post("/api/v1/events/" + eventId + "/participants/" + aId + "/nik", "{}").object().getString("nik"));
            try (var c = TestData.db(); var s = c.prepareStatement("SELECT COUNT(*) FROM audit_entry WHERE action = 'registration.nik.reveal' AND entity_id = ?")) {
                s.setString(1, String.valueOf(aId));
                try (var rs = s.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "the reveal is in the audit log");
                }
            }
            var xlsx = sumbar.bytes("/api/v1/events/" + eventId + "/participants.xlsx");
            assertEquals(200, xlsx.status());
            try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
                Sheet sheet = wb.getSheetAt(0);
                assertEquals(2, sheet.getLastRowNum(), "header and two participants");
                String all = sheet.getRow(1).getCell(7).getStringCellValue() + sheet.getRow(2).getCell(7).getStringCellValue();
                assertFalse(all.contains(NIK), "the export masks the NIK: " + all);
                assertTrue(all.contains("1306\u2022"), all);
                assertEquals("Status", sheet.getRow(0).getCell(11).getStringCellValue());
                for (int r = 1; r <= 2; r++) {
                    String status = sheet.getRow(r).getCell(11).getStringCellValue();
                    String source = sheet.getRow(r).getCell(12).getStringCellValue();
                    assertTrue(java.util.List.of("Terdaftar", "Daftar tunggu", "Menunggu persetujuan").contains(status), "in Indonesian: " + status);
                    assertTrue(java.util.List.of("Daring", "Operator", "Sekretariat", "Impor").contains(source), "in Indonesian: " + source);
                }
            }

            // a cancellation frees the seat: the waiting one is promoted and mailed
            assertEquals("CANCELLED", sumbar.post("/api/v1/events/" + eventId + "/participants/" + aId + "/cancel", "{}").object().getString("status"));
            assertEquals("CONFIRMED", find(sumbar, eventId, "Zulkifli").getString("status"));
            mail.waitFor("zulkifli@nagari.example.id", "Pendaftaran terkonfirmasi");

            // import: a good row, a wrong NIP, a duplicate; each reported on its own
            byte[] sheet = importSheet(new String[][] {
                {"Drs.", "Syafrizal", "M.Si.", "Wali Nagari", "NIP", "197008171998031006", "Nagari Koto Tuo", "081311223344", "syafrizal@nagari.example.id"},
                {"", "Salah Nomor", "", "", "NIP", "197008171998031", "Nagari Koto Tuo", "081311223345", "salah@nagari.example.id"},
                {"", "Zulkifli", "", "", "NIP", "198406102009011003", "Nagari Koto Tuo", "081311223346", "zul2@nagari.example.id"}});
            var report = sumbar.upload("/api/v1/events/" + eventId + "/participants/import",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", sheet);
            assertEquals(200, report.status(), report.body());
            var lines = report.array();
            assertEquals(3, lines.size());
            assertEquals("ADDED", lines.getJsonObject(0).getString("status"));
            assertEquals("WAITLISTED", lines.getJsonObject(0).getString("result"), "one seat, taken");
            assertEquals(2, lines.getJsonObject(0).getInt("row"));
            assertEquals("ERROR", lines.getJsonObject(1).getString("status"));
            assertEquals("ERROR", lines.getJsonObject(2).getString("status"));
            assertEquals("registration.duplicate", lines.getJsonObject(2).getString("messageKey"));
            // more seats: the waiting one (the imported row) is confirmed at once; fewer than held is refused
            var raised = sumbar.put("/api/v1/events/" + eventId, "{\"type\":\"RAKOR\",\"title\":\"Sosialisasi Uji Peserta\",\"capacity\":2}");
            assertEquals(200, raised.status(), raised.body());
            assertEquals("CONFIRMED", find(sumbar, eventId, "Syafrizal").getString("status"));
            mail.waitFor("syafrizal@nagari.example.id", "Pendaftaran terkonfirmasi");
            var lowered = sumbar.put("/api/v1/events/" + eventId, "{\"type\":\"RAKOR\",\"title\":\"Sosialisasi Uji Peserta\",\"capacity\":1}");
            assertEquals(400, lowered.status(), lowered.body());
            assertEquals("Kapasitas tidak boleh kurang dari 2 kursi yang sudah terisi.", lowered.object().getString("message"));
            assertEquals(2, sumbar.get("/api/v1/events/" + eventId).object().getInt("capacity"), "nothing half-saved");
            assertEquals(403, new ApiClient(base, TestData.jdbcToken("sumbar.notulis"))
                    .post("/api/v1/events/" + eventId + "/participants/" + bId + "/cancel", "{}").status(), "a note taker may not cancel");
        }
    }

    private static byte[] importSheet(String[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Peserta");
            String[] head = {"Gelar Depan", "Nama", "Gelar Belakang", "Jabatan", "Jenis Identitas", "NIP/NIK", "Instansi", "No. HP", "Surel"};
            Row h = s.createRow(0);
            for (int i = 0; i < head.length; i++) {
                h.createCell(i).setCellValue(head[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
