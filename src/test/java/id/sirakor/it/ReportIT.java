package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.signing.PdfSignatures;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The laporan kegiatan (ADR 0091): texts prefilled, then edited (bounds refused with the field and
 * nothing saved); finalizing refused before the minutes are approved; after approval the signed PDF
 * read back (chapters I–IV and Lampiran, participants per institution type as the attendance
 * records count them, the approved decisions, the edited latar belakang, the PAdES signature, the
 * verification QR), the .docx opened with POI holding the same headings, counts and decisions;
 * saving after finalizing revokes the verification. Access: anonymous, operator, notulis, a foreign
 * unit.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ReportIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String texts(String background, Long version) {
        return "{\"background\":\"" + json(background) + "\",\"legalBasis\":\"1. Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum\\n"
                + "2. DIPA Bawaslu Provinsi Sumatera Barat Tahun Anggaran 2031\",\"purpose\":\"Menyamakan persepsi pengawasan.\","
                + "\"conclusion\":\"Rakor berjalan lancar.\",\"recommendation\":\"Sosialisasi sampai tingkat desa.\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    /** Present people per institution type as the attendance records say (no institution: Lainnya). */
    static Map<String, long[]> expectedCounts(long eventId) throws Exception {
        Map<String, long[]> m = new LinkedHashMap<>();
        try (var c = TestData.db()) {
            try (var s = c.prepareStatement("SELECT COALESCE(i.type, 'LAINNYA'), SUM(v.quota) FROM invitation v JOIN institution i"
                    + " ON i.id = v.institution_id WHERE v.event_id = ? GROUP BY COALESCE(i.type, 'LAINNYA')")) {
                s.setLong(1, eventId);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        m.computeIfAbsent(rs.getString(1), k -> new long[3])[0] += rs.getLong(2);
                    }
                }
            }
            // registered and present: the directory institution's type, else the type read from the typed name (ADR 0091)
            try (var s = c.prepareStatement("SELECT i.type, r.institution_name FROM registration r LEFT JOIN institution i"
                    + " ON i.id = r.institution_id WHERE r.event_id = ? AND r.status = 'CONFIRMED'")) {
                s.setLong(1, eventId);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        m.computeIfAbsent(type(rs.getString(1), rs.getString(2)), k -> new long[3])[1]++;
                    }
                }
            }
            try (var s = c.prepareStatement("SELECT DISTINCT r.id, i.type, r.institution_name FROM attendance a"
                    + " JOIN registration r ON r.id = a.registration_id LEFT JOIN institution i ON i.id = r.institution_id"
                    + " WHERE a.event_id = ?")) {
                s.setLong(1, eventId);
                try (var rs = s.executeQuery()) {
                    while (rs.next()) {
                        m.computeIfAbsent(type(rs.getString(2), rs.getString(3)), k -> new long[3])[2]++;
                    }
                }
            }
        }
        return m;
    }

    static String type(String directory, String typedName) {
        return id.sirakor.report.control.ReportService.typeOf(
                directory == null ? null : id.sirakor.institution.entity.InstitutionType.valueOf(directory), typedName).name();
    }

    static long registrationId(ApiClient c, long eventId, String name) {
        return c.get("/api/v1/events/" + eventId + "/participants?q=" + name.replace(" ", "%20")).object().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void textsPdfDocxSignatureAndAccess() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient notulis = new ApiClient(base, TestData.jdbcToken("sumbar.notulis"));
        ApiClient balikpapan = new ApiClient(base, TestData.jdbcToken("balikpapan.sekretariat"));
        ApiClient operator = new ApiClient(base, TestData.jdbcToken("operator.bkpsdm"));
        ApiClient pub = new ApiClient(base, null);
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Laporan Kegiatan", "2032-03-16", 30);
        long day = AttendanceIT.day(sumbar, eventId, 0);
        String path = "/api/v1/events/" + eventId + "/report";

        // participants: invited BKPSDM of the province, four registered, three present; two given a directory institution
        assertEquals(201, sumbar.post("/api/v1/events/" + eventId + "/invitations", "{\"type\":\"BKPSDM\",\"regionCode\":\"13\",\"quota\":2}").status());
        AttendanceIT.add(sumbar, eventId, "Ana Wulandari", "198406102009012001", "BKPSDM Kabupaten Agam");
        AttendanceIT.add(sumbar, eventId, "Budi Santoso", "198502142010011002", "Bawaslu Kota Padang");
        AttendanceIT.add(sumbar, eventId, "Citra Lestari", "198703222011012003", "Yayasan Pemilu Bersih Agam");
        AttendanceIT.add(sumbar, eventId, "Dedi Kurniawan", "198801012012011004", "Kejaksaan Negeri Bukittinggi");
        long ana = registrationId(sumbar, eventId, "Ana Wulandari");
        long budi = registrationId(sumbar, eventId, "Budi Santoso");
        long citra = registrationId(sumbar, eventId, "Citra Lestari");
        try (var c = TestData.db()) {
            for (Object[] x : new Object[][] {{ana, "BKPSDM"}, {budi, "BAWASLU"}}) {
                try (var s = c.prepareStatement("UPDATE registration SET institution_id = (SELECT MIN(id) FROM institution WHERE type = ?)"
                        + " WHERE id = ?")) {
                    s.setString(1, (String) x[1]);
                    s.setLong(2, (Long) x[0]);
                    assertEquals(1, s.executeUpdate());
                }
            }
        }
        for (long r : new long[] {ana, budi, citra}) {
            assertEquals(201, sumbar.post("/api/v1/events/" + eventId + "/attendance/manual", "{\"registrationId\":" + r + ",\"dayId\":" + day
                    + ",\"reason\":\"Daftar hadir kertas\"}").status());
        }

        // access
        assertEquals(401, pub.get(path).status());
        assertEquals(403, operator.get(path).status());
        assertEquals(403, notulis.get(path).status(), "the report carries the daftar hadir: staff only");
        assertEquals(404, balikpapan.get(path).status());
        assertEquals(404, balikpapan.put(path, texts("x", null)).status());
        assertEquals(403, notulis.put(path, texts("x", null)).status());
        assertEquals(404, sumbar.get("/api/v1/events/999999999/report").status());
        assertEquals(403, operator.bytes(path + ".pdf").status());
        assertEquals(404, balikpapan.bytes(path + ".docx").status());
        assertEquals(401, pub.bytes(path + ".pdf").status());

        // prefilled from the event's data, not saved yet
        JsonObject first = sumbar.get(path).object();
        assertFalse(first.getBoolean("saved"));
        assertTrue(first.getJsonObject("texts").getString("background").contains("Rakor Uji Laporan Kegiatan"), first.toString());
        assertEquals(3, first.getJsonObject("summary").getJsonNumber("present").longValue());

        // bad input: the field and the message, nothing saved
        var tooLong = sumbar.put(path, texts("a".repeat(8001), null));
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("background", tooLong.object().getString("field"));
        assertTrue(tooLong.object().getString("message").contains("8"), tooLong.body());
        var english = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat")).language("en").put(path, texts("a".repeat(8001), null));
        assertTrue(english.object().getString("message").contains("at most"), english.body());
        var empty = sumbar.put(path, texts("   ", null));
        assertEquals(400, empty.status());
        assertEquals("background", empty.object().getString("field"));
        assertFalse(sumbar.get(path).object().getBoolean("saved"), "nothing saved");

        String background = "Latar belakang uji: pengawasan netralitas perangkat nagari menjelang pemilihan.";
        var saved = sumbar.put(path, texts(background, null));
        assertEquals(200, saved.status(), saved.body());
        long version = saved.object().getJsonNumber("version").longValue();
        assertEquals(409, sumbar.put(path, texts(background + " lagi", version + 5)).status(), "someone else's change is not overwritten");
        assertEquals(background, sumbar.get(path).object().getJsonObject("texts").getString("background"));

        // the draft PDF says it is a draft and that the minutes are missing
        var draft = sumbar.bytes(path + ".pdf");
        assertEquals(200, draft.status());
        String draftText = InvitationIT.text(draft.body()).replaceAll("\\s+", " ");
        assertTrue(draftText.contains("DRAF"), draftText);
        assertTrue(draftText.contains("notula rapat belum disetujui"), draftText);
        assertEquals(409, sumbar.post(path + "/finalize", "{}").status(), "no approved minutes yet");

        // approved minutes with a decision in the opening session
        JsonObject event = sumbar.get("/api/v1/events/" + eventId).object();
        long opening = MinutesIT.sessionId(event, "Pembukaan");
        String minutes = "/api/v1/events/" + eventId + "/minutes";
        assertEquals(201, notulis.post(minutes, "{}").status());
        String decision = "Bawaslu kabupaten/kota menyampaikan peta kerawanan netralitas paling lambat 30 September.";
        var m = notulis.put(minutes, "{\"chairName\":\"Drs. Yulizar Hakim, M.Si.\",\"chairPosition\":\"Ketua Bawaslu Provinsi Sumatera Barat\","
                + "\"opening\":\"Rapat dibuka pukul 09.00.\",\"summary\":\"\",\"decisions\":\"Rapat berikutnya pada bulan Oktober.\",\"followUps\":["
                + "{\"action\":\"Menyusun peta kerawanan\",\"responsible\":\"Bawaslu kabupaten/kota\",\"dueDate\":\"2031-09-30\"}],\"sessions\":["
                + "{\"sessionId\":" + opening + ",\"summary\":\"Ketua membuka rapat.\",\"decisions\":\"" + decision + "\",\"points\":["
                + MinutesIT.point("SPEAKER", "Ketua Bawaslu Provinsi", "Netralitas dijaga sampai tingkat nagari.") + "]}]}");
        assertEquals(200, m.status(), m.body());
        assertEquals(200, sumbar.post(minutes + "/submit", "{}").status());
        assertEquals(200, notulis.post(minutes + "/sign", "{}").status());
        assertEquals(200, sumbar.post(minutes + "/approve", "{}").status());

        // finalize: signed and registered
        assertEquals(403, notulis.post(path + "/finalize", "{}").status());
        assertEquals(404, balikpapan.post(path + "/finalize", "{}").status());
        var fin = sumbar.post(path + "/finalize", "{}");
        assertEquals(200, fin.status(), fin.body());
        assertTrue(fin.object().getBoolean("finalized"));
        String code = fin.object().getString("verifyCode");
        assertEquals(409, sumbar.post(path + "/finalize", "{}").status(), "signed once");

        var pdf = sumbar.bytes(path + ".pdf");
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        Files.write(Files.createDirectories(Path.of("target", "documents")).resolve("laporan-kegiatan-it.pdf"), pdf.body());
        String flat = InvitationIT.text(pdf.body()).replaceAll("\\s+", " ");
        int toc = flat.indexOf("DAFTAR ISI");
        assertTrue(toc > 0, flat);
        int i1 = flat.indexOf("BAB I PENDAHULUAN", toc + 200);
        int i2 = flat.indexOf("BAB II PELAKSANAAN KEGIATAN", i1);
        int i3 = flat.indexOf("BAB III HASIL KEGIATAN", i2);
        int i4 = flat.indexOf("BAB IV PENUTUP", i3);
        int lampiran = flat.indexOf("LAMPIRAN", i4);
        assertTrue(i1 > 0 && i2 > i1 && i3 > i2 && i4 > i3 && lampiran > i4, "chapters in order: " + flat);
        assertTrue(flat.contains(background), "the edited latar belakang");
        assertTrue(flat.contains(decision), "the approved minutes' decision");
        assertTrue(flat.contains("Menyusun peta kerawanan"), "the follow-up");
        assertTrue(flat.contains("WIB"), "times in the event's zone");
        assertFalse(flat.contains("DRAF"), "the signed report is no draft");
        Map<String, long[]> expected = expectedCounts(eventId);
        assertTrue(expected.size() >= 3, "three institution types at least: " + expected.keySet());
        long present = 0;
        for (var e : expected.entrySet()) {
            String label = Messages.get(Messages.INDONESIAN, "institutionType." + e.getKey());
            long[] n = e.getValue();
            present += n[2];
            String row = label + " " + n[0] + " " + n[1] + " " + n[2];
            assertTrue(flat.contains(row), "row '" + row + "' in " + flat);
        }
        assertEquals(3, present);
        assertTrue(flat.contains("Jumlah"), flat);
        assertTrue(flat.contains("Dr. Andi Saputra, S.H., M.H.") && flat.contains("NIP 197203152000031004"), "the unit head's block");
        assertTrue(flat.contains("LAMPIRAN 1 DAFTAR HADIR") || flat.contains("LAMPIRAN 1 SURAT UNDANGAN"), flat);
        assertTrue(flat.contains("NOTULA RAPAT"), "the minutes appended");
        assertTrue(flat.contains("DAFTAR HADIR") && flat.contains("Citra Lestari"), "the daftar hadir appended");
        assertTrue(PdfSignatures.check(pdf.body()).valid(), "signed PAdES");
        assertTrue(MinutesIT.qr(pdf.body()).endsWith("/p/verify.xhtml?c=" + code));
        assertEquals("VALID", pub.get("/api/v1/verify/" + code).object().getString("status"));

        // the .docx: Word headings, the same counts and decisions
        var docx = sumbar.bytes(path + ".docx");
        assertEquals(200, docx.status());
        Files.write(Path.of("target", "documents", "laporan-kegiatan-it.docx"), docx.body());
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            List<String> h1 = new ArrayList<>();
            StringBuilder all = new StringBuilder();
            for (XWPFParagraph p : d.getParagraphs()) {
                if ("Heading1".equals(p.getStyle())) {
                    h1.add(p.getText());
                }
                all.append(p.getText()).append('\n');
            }
            assertEquals(List.of("BAB I PENDAHULUAN", "BAB II PELAKSANAAN KEGIATAN", "BAB III HASIL KEGIATAN", "BAB IV PENUTUP", "LAMPIRAN"), h1);
            assertTrue(all.toString().contains(background));
            assertTrue(all.toString().contains(decision));
            assertTrue(d.getStyles().styleExist("Heading1") && d.getStyles().styleExist("Heading2"));
            XWPFTable participants = d.getTables().get(0);
            for (var e : expected.entrySet()) {
                String label = Messages.get(Messages.INDONESIAN, "institutionType." + e.getKey());
                boolean found = false;
                for (var row : participants.getRows()) {
                    if (row.getCell(1).getText().equals(label)) {
                        assertEquals(String.valueOf(e.getValue()[0]), row.getCell(2).getText());
                        assertEquals(String.valueOf(e.getValue()[1]), row.getCell(3).getText());
                        assertEquals(String.valueOf(e.getValue()[2]), row.getCell(4).getText());
                        found = true;
                    }
                }
                assertTrue(found, label + " in the .docx table");
            }
        }

        // saving again returns the report to draft and revokes the signed one
        var again = sumbar.put(path, texts(background + " Diperbarui.", null));
        assertEquals(200, again.status(), again.body());
        assertFalse(again.object().getBoolean("finalized"));
        assertEquals("REVOKED", pub.get("/api/v1/verify/" + code).object().getString("status"));
        assertEquals(1, AttendanceIT.rows("SELECT COUNT(*) FROM audit_entry WHERE action = 'report.finalize' AND summary = ?",
                "Rakor Uji Laporan Kegiatan"));
    }
}
