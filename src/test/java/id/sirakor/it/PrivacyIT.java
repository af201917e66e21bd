package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data protection (issue 17, ADR 0096/0097): a participant downloads their data by the personal
 * link (JSON and PDF, NIK masked) and asks for deletion; the unit's data protection officer sees
 * the request and the access log of the unit (another unit's officer does not) and carries it out:
 * the daftar hadir, certificate and declaration rows stay with a pseudonym, the person is gone, a
 * mail tells them. The retention job anonymizes an event past its retention, once.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyIT {

    private static final String NIK = "1375016508920003";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static String person(String name, String nik, String email) {
        return "{\"name\":\"" + name + "\",\"idKind\":\"NIK\",\"idNumber\":\"" + nik + "\",\"institutionName\":\"Kelurahan Uji Privasi\","
                + "\"phone\":\"081266554499\",\"email\":\"" + email + "\",\"consent\":true}";
    }

    private JsonObject register(String slug, String name, String nik, String email) {
        var r = new ApiClient(base, null).postWithKey("/api/v1/public/events/" + slug + "/registrations", person(name, nik, email),
                "it-privacy-" + nik + "-" + slug);
        assertEquals(201, r.status(), r.body());
        return r.object();
    }

    private static long count(String sql, Object... args) throws Exception {
        try (var c = TestData.db(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static String string(String sql, Object... args) throws Exception {
        try (var c = TestData.db(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (var rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static int update(String sql, Object... args) throws Exception {
        try (var c = TestData.db(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            return s.executeUpdate();
        }
    }

    /** A PDP account of a unit, created by the administrator (the role is assignable like the others). */
    private String officer(ApiClient admin, String username, String unitCode) throws Exception {
        if (count("SELECT COUNT(*) FROM app_user WHERE username = ?", username) == 0) {
            long unit = count("SELECT id FROM org_unit WHERE code = ?", unitCode);
            var r = admin.post("/api/v1/users", "{\"username\":\"" + username + "\",\"fullName\":\"Pejabat Uji\",\"email\":\"" + username
                    + "@contoh.id\",\"unitId\":" + unit + ",\"roles\":[\"PDP\"],\"password\":\"Rahasia-uji-2026!\"}");
            assertEquals(201, r.status(), r.body());
        }
        return TestData.jdbcToken(username);
    }

    @Test
    void downloadDeletionAccessLogAndRetention() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient admin = new ApiClient(base, TestData.jdbcToken("admin"));
        ApiClient pub = new ApiClient(base, null);
        ApiClient pdpSumbar = new ApiClient(base, officer(admin, "pdp.uji.sumbar", "BAWASLU-13"));
        ApiClient pdpBalikpapan = new ApiClient(base, officer(admin, "pdp.uji.balikpapan", "BAWASLU-64.71"));

        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Pelindungan Data", "2034-03-07", 20);
        String slug = sumbar.get("/api/v1/events/" + eventId).object().getString("slug");
        JsonObject rahma = register(slug, "Rahmawati Privasi", NIK, "rahma.privasi@contoh.id");
        long regId = rahma.getJsonNumber("id").longValue();
        String token = rahma.getString("token");
        JsonObject other = register(slug, "Dewi Lain", "1375014709930004", "dewi.lain@contoh.id");
        String otherToken = other.getString("token");
        long dayId = AttendanceIT.day(sumbar, eventId, 0);
        String ticket = string("SELECT ticket_code FROM registration WHERE id = ?", regId);
        assertEquals(201, sumbar.post("/api/v1/events/" + eventId + "/check-ins", AttendanceIT.checkIn(ticket, dayId, null)).status());
        // the legal records that name her: an issued certificate and a signed declaration
        update("INSERT INTO certificate (event_id, seq, number, holder_key, holder_name, institution, email, role, status, verify_code,"
                + " file_key, issued_at) VALUES (?, 1, 'UJI-PRIV/1', ?, 'Rahmawati Privasi', 'Kelurahan Uji Privasi', 'rahma.privasi@contoh.id',"
                + " 'PESERTA', 'VALID', 'PRIVUJI00001', 'uji-priv-file', NOW(6))", eventId, "R" + regId);
        long unit = count("SELECT unit_id FROM event WHERE id = ?", eventId);
        update("INSERT INTO declaration (unit_id, event_id, template_key, title, opening, points, place, decl_date, status, board_token,"
                + " verify_code, created_at) VALUES (?, ?, 'UJI', 'Pernyataan Uji Privasi', 'Kami', '1. Netral', 'Padang', '2034-03-07', 'FINAL',"
                + " ?, ?, NOW(6))", unit, eventId, "privuji" + eventId, "PV" + eventId);
        long declId = count("SELECT id FROM declaration WHERE board_token = ?", "privuji" + eventId);
        update("INSERT INTO declaration_signer (declaration_id, seq, name, position, email, status, signed_at, signed_name, signed_ip)"
                + " VALUES (?, 1, 'Rahmawati Privasi', 'Lurah', 'rahma.privasi@contoh.id', 'SIGNED', NOW(6), 'Rahmawati Privasi', '10.1.2.3')", declId);

        // ---- the access log: a staff view is recorded, the participant's own view is not
        long before = count("SELECT COUNT(*) FROM personal_data_access WHERE event_id = ?", eventId);
        assertEquals(200, sumbar.get("/api/v1/events/" + eventId + "/participants").status());
        assertEquals(before + 1, count("SELECT COUNT(*) FROM personal_data_access WHERE event_id = ? AND username = 'sumbar.sekretariat'"
                + " AND subject = 'registrations' AND access = 'VIEW' AND persons = 2 AND roles = 'SEKRETARIAT'", eventId));
        assertEquals(200, sumbar.bytes("/api/v1/events/" + eventId + "/participants.xlsx").status());
        assertEquals(1, count("SELECT COUNT(*) FROM personal_data_access WHERE event_id = ? AND access = 'EXPORT' AND subject = 'registrations'", eventId));
        long afterStaff = count("SELECT COUNT(*) FROM personal_data_access WHERE event_id = ?", eventId);

        // ---- the participant's own data, JSON
        var json = pub.get("/api/v1/public/registrations/" + token + "/my-data");
        assertEquals(200, json.status(), json.body());
        JsonObject data = json.object();
        assertEquals("Rahmawati Privasi", data.getJsonObject("person").getString("name"));
        assertEquals("1375\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220003", data.getJsonObject("person").getString("nikMasked"));
        assertFalse(json.body().contains(NIK), "the NIK only masked");
        assertFalse(json.body().contains("Dewi Lain"), "only her own data");
        JsonObject reg = data.getJsonArray("registrations").getJsonObject(0);
        assertEquals("Rakor Uji Pelindungan Data", reg.getString("event"));
        assertTrue(reg.getJsonObject("consent").getString("version").startsWith("2026-11"), reg.toString());
        assertTrue(reg.getJsonObject("consent").getString("text").contains("UU 27/2022"), reg.toString());
        assertEquals(1, reg.getJsonArray("attendance").size(), reg.toString());
        assertEquals("UJI-PRIV/1", reg.getJsonArray("certificates").getJsonObject(0).getString("number"));
        assertEquals("Pernyataan Uji Privasi", reg.getJsonArray("declarations").getJsonObject(0).getString("title"));
        assertTrue(data.getJsonArray("mails").size() >= 1, "the registration mail: " + data.getJsonArray("mails"));
        // the PDF, read back
        var pdf = pub.bytes("/api/v1/public/registrations/" + token + "/my-data.pdf");
        assertEquals(200, pdf.status());
        String text;
        try (var doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("DATA PRIBADI SAYA") && text.contains("Rahmawati Privasi") && text.contains("Kehadiran (daftar hadir)")
                && text.contains("Pernyataan Uji Privasi") && text.contains("UJI-PRIV/1"), text);
        assertTrue(text.contains("0003") && !text.contains(NIK), "NIK masked in the PDF: " + text);
        assertFalse(text.contains("Dewi Lain"));
        // another person's token opens only that person; a made-up one nothing
        assertEquals("Dewi Lain", pub.get("/api/v1/public/registrations/" + otherToken + "/my-data").object().getJsonObject("person").getString("name"));
        assertEquals(404, pub.get("/api/v1/public/registrations/bukan-token-yang-ada/my-data").status());
        assertEquals(404, pub.bytes("/api/v1/public/registrations/bukan-token-yang-ada/my-data.pdf").status());
        assertEquals(afterStaff, count("SELECT COUNT(*) FROM personal_data_access WHERE event_id = ?", eventId),
                "the participant's own view is not logged");

        // ---- the deletion request: reason and confirmation required; asking twice is one request
        String path = "/api/v1/public/registrations/" + token + "/deletion-request";
        var unconfirmed = pub.post(path, "{\"reason\":\"Pindah tugas\",\"confirmed\":false}");
        assertEquals(400, unconfirmed.status(), unconfirmed.body());
        assertEquals("confirmed", unconfirmed.object().getString("field"));
        assertEquals(400, pub.post(path, "{\"reason\":\"\",\"confirmed\":true}").status());
        var asked = pub.post(path, "{\"reason\":\"Pindah tugas, mohon data saya dihapus\",\"confirmed\":true}");
        assertEquals(202, asked.status(), asked.body());
        long requestId = asked.object().getJsonNumber("id").longValue();
        assertEquals(requestId, pub.post(path, "{\"reason\":\"lagi\",\"confirmed\":true}").object().getJsonNumber("id").longValue());

        // ---- the officers: the unit's (and the admin) see it, another unit's does not; the secretariat may not
        assertTrue(pdpSumbar.get("/api/v1/privacy/deletion-requests").body().contains("\"id\":" + requestId));
        assertTrue(admin.get("/api/v1/privacy/deletion-requests").body().contains("\"id\":" + requestId));
        assertFalse(pdpBalikpapan.get("/api/v1/privacy/deletion-requests").body().contains("\"id\":" + requestId));
        assertEquals(403, sumbar.get("/api/v1/privacy/deletion-requests").status());
        assertEquals(404, pdpBalikpapan.post("/api/v1/privacy/deletion-requests/" + requestId + "/carry-out", "").status());
        var log = pdpSumbar.get("/api/v1/privacy/access-log?event=" + eventId + "&max=10");
        assertEquals(200, log.status(), log.body());
        assertTrue(log.object().getJsonNumber("total").longValue() >= 2, log.body());
        assertEquals("sumbar.sekretariat", log.object().getJsonArray("rows").getJsonObject(0).getString("username"));
        assertEquals(0, pdpBalikpapan.get("/api/v1/privacy/access-log?event=" + eventId).object().getJsonNumber("total").longValue());
        assertEquals(400, pdpSumbar.get("/api/v1/privacy/access-log?from=kemarin").status());
        assertEquals(403, sumbar.get("/api/v1/privacy/access-log").status());

        // ---- carried out, after the event (the seat is kept: the counts of the records stay)
        update("UPDATE event_day SET day_date = '2025-02-13', starts_at = '2025-02-13 02:00:00', ends_at = '2025-02-13 09:00:00' WHERE event_id = ?", eventId);
        long confirmed = count("SELECT COUNT(*) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'", eventId);
        long attendance = count("SELECT COUNT(*) FROM attendance WHERE event_id = ?", eventId);
        try (TestMail mail = new TestMail()) {
            var done = pdpSumbar.post("/api/v1/privacy/deletion-requests/" + requestId + "/carry-out", "");
            assertEquals(200, done.status(), done.body());
            assertEquals("DONE", done.object().getString("status"));
            assertEquals(1, done.object().getInt("registrations"));
            var message = mail.waitFor("rahma.privasi@contoh.id", "Data pribadi Anda telah dihapus");
            assertTrue(TestMail.text(message).contains("Peserta terhapus #"), TestMail.text(message));
        }
        String pseudonym = string("SELECT name FROM registration WHERE id = ?", regId);
        assertTrue(pseudonym.matches("Peserta terhapus #[0-9A-F]{8}"), pseudonym);
        assertNull(string("SELECT nik_cipher FROM registration WHERE id = ?", regId));
        assertEquals("", string("SELECT email FROM registration WHERE id = ?", regId));
        assertEquals("", string("SELECT phone FROM registration WHERE id = ?", regId));
        assertEquals(confirmed, count("SELECT COUNT(*) FROM registration WHERE event_id = ? AND status = 'CONFIRMED'", eventId), "counts kept");
        assertEquals(attendance, count("SELECT COUNT(*) FROM attendance WHERE event_id = ?", eventId), "the daftar hadir keeps its row");
        assertEquals(pseudonym, string("SELECT holder_name FROM certificate WHERE holder_key = ?", "R" + regId));
        assertNull(string("SELECT email FROM certificate WHERE holder_key = ?", "R" + regId));
        assertEquals(pseudonym, string("SELECT name FROM declaration_signer WHERE declaration_id = ?", declId));
        assertEquals(pseudonym, string("SELECT signed_name FROM declaration_signer WHERE declaration_id = ?", declId));
        assertNull(string("SELECT email FROM declaration_signer WHERE declaration_id = ?", declId));
        assertEquals("SIGNED", string("SELECT status FROM declaration_signer WHERE declaration_id = ?", declId));
        assertEquals(0, count("SELECT COUNT(*) FROM mail_outbox WHERE to_address = 'rahma.privasi@contoh.id' AND kind <> 'privacy.deleted'"),
                "the mails sent to her are gone");
        assertEquals(404, pub.get("/api/v1/public/registrations/" + token + "/my-data").status(), "her link opens nothing now");
        assertEquals(0, count("SELECT COUNT(*) FROM registration WHERE name LIKE 'Rahmawati Privasi%'"));
        assertEquals("Dewi Lain", string("SELECT name FROM registration WHERE id = ?", other.getJsonNumber("id").longValue()), "nobody else");
        // repeated: the same answer, nothing more
        var again = admin.post("/api/v1/privacy/deletion-requests/" + requestId + "/carry-out", "");
        assertEquals(200, again.status(), again.body());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'privacy.deletion' AND entity_id = ?", String.valueOf(requestId)));
        assertEquals(1, count("SELECT COUNT(*) FROM mail_outbox WHERE kind = 'privacy.deleted' AND ref_id = ?", requestId));

        // ---- retention: the secretariat sets it on the event; the job anonymizes once it has passed
        long oldEvent = TestData.publishedEvent(sumbar, "Rakor Uji Masa Simpan", "2034-03-08", 20);
        String oldSlug = sumbar.get("/api/v1/events/" + oldEvent).object().getString("slug");
        register(oldSlug, "Sari Lama", "1375014808940005", "sari.lama@contoh.id");
        register(oldSlug, "Budi Lama", "1375010909950006", "budi.lama@contoh.id");
        assertEquals(400, sumbar.put("/api/v1/privacy/events/" + oldEvent + "/retention", "{\"months\":0}").status());
        assertEquals(403, new ApiClient(base, TestData.jdbcToken("sumbar.notulis")).put("/api/v1/privacy/events/" + oldEvent + "/retention",
                "{\"months\":6}").status());
        assertEquals(200, sumbar.put("/api/v1/privacy/events/" + oldEvent + "/retention", "{\"months\":6}").status());
        assertEquals(6, count("SELECT retention_months FROM event WHERE id = ?", oldEvent));
        var notYet = admin.post("/api/v1/privacy/retention/run", "");
        assertEquals(200, notYet.status(), notYet.body());
        assertEquals(0, count("SELECT COUNT(*) FROM registration WHERE event_id = ? AND anonymized_at IS NOT NULL", oldEvent), "not yet due");
        update("UPDATE event_day SET day_date = '2023-02-14', starts_at = '2023-02-14 02:00:00', ends_at = '2023-02-14 09:00:00' WHERE event_id = ?", oldEvent);
        var run = admin.post("/api/v1/privacy/retention/run", "");
        assertEquals(200, run.status(), run.body());
        assertTrue(run.object().getInt("persons") >= 2, run.body());
        assertEquals(2, count("SELECT COUNT(*) FROM registration WHERE event_id = ? AND anonymized_at IS NOT NULL AND name LIKE 'Peserta terhapus #%'"
                + " AND nik_cipher IS NULL AND email = ''", oldEvent));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'privacy.retention' AND entity_id = ?", String.valueOf(oldEvent)));
        admin.post("/api/v1/privacy/retention/run", "");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE action = 'privacy.retention' AND entity_id = ?", String.valueOf(oldEvent)),
                "once per event");
        assertEquals(403, sumbar.post("/api/v1/privacy/retention/run", "").status());
    }
}
