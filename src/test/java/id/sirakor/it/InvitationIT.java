package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Invitations end to end over HTTP against MariaDB with a real SMTP server: institutions invited
 * by type and region, letters numbered gap-free even when two secretaries send at once, the
 * surat undangan read back from the PDF, the mail with the letter, the .ics and the operator link,
 * and the operator naming delegates up to the quota and substituting one.
 */
@org.junit.jupiter.api.Tag("it-core") // its own WildFly and database: the failsafe execution "core" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class InvitationIT {

    private static final Pattern SEQ = Pattern.compile("^(\\d+)/PM\\.00\\.02/K\\.SB/([IVX]+)/(\\d{4})$");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static long event(ApiClient c, String title, String date, int capacity) {
        return TestData.publishedEvent(c, title, date, capacity);
    }

    public static String text(byte[] pdf) throws Exception {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder sb = new StringBuilder();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                sb.append(PdfTextExtractor.getTextFromPage(doc.getPage(p))).append('\n');
            }
            return sb.toString();
        }
    }

    static JsonObject row(ApiClient c, long eventId, String institution) {
        for (var v : c.get("/api/v1/events/" + eventId + "/invitations").array()) {
            if (v.asJsonObject().getString("institution").equals(institution)) {
                return v.asJsonObject();
            }
        }
        throw new AssertionError("not invited: " + institution);
    }

    public static String person(String name, String nip, String email) {
        return "{\"name\":\"" + name + "\",\"position\":\"Analis SDM Aparatur\",\"idKind\":\"NIP\",\"idNumber\":\"" + nip
                + "\",\"phone\":\"081266001122\",\"email\":\"" + email + "\",\"consent\":true}";
    }

    @Test
    void lettersAreNumberedGapFreeReadBackAndMailedWithTheOperatorLink() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long eventId = event(sumbar, "Rakor Uji Undangan", "2029-08-15", 100);
        // every BKPSDM in Sumatera Barat (the regencies' and the province's BKD): one call
        var invited = sumbar.post("/api/v1/events/" + eventId + "/invitations", "{\"type\":\"BKPSDM\",\"regionCode\":\"13\",\"quota\":2}");
        assertEquals(201, invited.status(), invited.body());
        int n = invited.object().getInt("invited");
        assertTrue(n >= 8, "every regency/city BKPSDM of the province: " + n);
        var again = sumbar.post("/api/v1/events/" + eventId + "/invitations", "{\"type\":\"BKPSDM\",\"regionCode\":\"13\",\"quota\":2}");
        assertEquals(400, again.status(), "inviting again skips the invited, and says nobody was left: " + again.body());
        assertEquals("Tidak ada instansi yang cocok dan belum diundang.", again.object().getString("message"));
        // a region code is a region's, never a pattern
        for (String pattern : List.of("%", "13%", "'", "13' OR '1'='1")) {
            var wild = sumbar.post("/api/v1/events/" + eventId + "/invitations", "{\"regionCode\":\"" + pattern + "\",\"quota\":1}");
            assertEquals(400, wild.status(), pattern + ": " + wild.body());
            assertEquals("matchRegion", wild.object().getString("field"), wild.body());
        }
        // every Bawaslu of the province's regencies and cities, but not the organizer itself
        var bawaslu = sumbar.post("/api/v1/events/" + eventId + "/invitations", "{\"type\":\"BAWASLU\",\"regionCode\":\"13\",\"quota\":1}");
        assertEquals(201, bawaslu.status(), bawaslu.body());
        var names = sumbar.get("/api/v1/events/" + eventId + "/invitations").array().stream()
                .map(v -> v.asJsonObject().getString("institution")).toList();
        assertTrue(names.contains("Bawaslu Kota Bukittinggi"), names.toString());
        assertFalse(names.contains("Bawaslu Provinsi Sumatera Barat"), "the organizer does not invite itself: " + names);
        for (var v : sumbar.get("/api/v1/events/" + eventId + "/invitations").array()) {
            if (v.asJsonObject().getString("institution").startsWith("Bawaslu ")) {
                assertEquals(204, sumbar.delete("/api/v1/events/" + eventId + "/invitations/" + v.asJsonObject().getJsonNumber("id")).status());
            }
        }
        // Hal, Sifat and Tembusan of every letter of the event; "Arsip" is a file copy, not addressed
        var settings = sumbar.put("/api/v1/events/" + eventId + "/letter-settings",
                "{\"subject\":\"Undangan Rapat Koordinasi\",\"nature\":\"Penting\",\"copies\":\"Ketua Bawaslu Republik Indonesia\\nArsip\"}");
        assertEquals(200, settings.status(), settings.body());
        var bad = sumbar.post("/api/v1/events/" + eventId + "/invitations", "{\"regionCode\":\"13.06\",\"quota\":0}");
        assertEquals(400, bad.status());
        assertEquals("Kuota antara 1 dan 500.", bad.object().getString("message"));

        List<Long> ids = new ArrayList<>();
        for (var v : sumbar.get("/api/v1/events/" + eventId + "/invitations").array()) {
            ids.add(v.asJsonObject().getJsonNumber("id").longValue());
        }
        assertEquals(n, ids.size());
        try (TestMail mail = new TestMail()) {
            // two secretaries send halves of the list at the same moment: numbers stay unique and gap-free
            ApiClient admin = new ApiClient(base, TestData.jdbcToken("admin"));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch go = new CountDownLatch(1);
            String first = "{\"ids\":" + ids.subList(0, n / 2) + "}";
            String second = "{\"ids\":" + ids.subList(n / 2, n) + "}";
            Future<ApiClient.Reply> a = pool.submit(() -> { go.await(); return sumbar.post("/api/v1/events/" + eventId + "/invitations/send", first); });
            Future<ApiClient.Reply> b = pool.submit(() -> { go.await(); return admin.post("/api/v1/events/" + eventId + "/invitations/send", second); });
            go.countDown();
            assertEquals(200, a.get().status(), a.get().body());
            assertEquals(200, b.get().status(), b.get().body());
            pool.shutdown();
            // the province's BKD has no email address: reported, left unsent and unnumbered
            assertEquals(n - 1, a.get().object().getInt("sent") + b.get().object().getInt("sent"));
            assertTrue((a.get().body() + b.get().body()).contains("Badan Kepegawaian Daerah Provinsi Sumatera Barat"),
                    a.get().body() + b.get().body());

            List<Integer> seqs = new ArrayList<>();
            String year = String.valueOf(LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear());
            for (var v : sumbar.get("/api/v1/events/" + eventId + "/invitations").array()) {
                if (!v.asJsonObject().containsKey("letterNumber") || v.asJsonObject().isNull("letterNumber")) {
                    assertEquals("CREATED", v.asJsonObject().getString("status"));
                    continue;
                }
                String number = v.asJsonObject().getString("letterNumber");
                Matcher m = SEQ.matcher(number);
                assertTrue(m.matches(), "the unit's pattern: " + number);
                assertEquals(year, m.group(3));
                seqs.add(Integer.parseInt(m.group(1)));
                assertEquals("SENT", v.asJsonObject().getString("status"));
            }
            assertEquals(n - 1, seqs.size());
            seqs.sort(null);
            for (int i = 1; i < seqs.size(); i++) {
                assertEquals(seqs.get(0) + i, seqs.get(i), "unique and gap-free: " + seqs);
            }

            // the letter to Agam, read back
            String agam = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Agam";
            JsonObject row = row(sumbar, eventId, agam);
            String number = row.getString("letterNumber");
            var pdf = sumbar.bytes("/api/v1/events/" + eventId + "/invitations/" + row.getJsonNumber("id") + "/letter.pdf");
            assertEquals(200, pdf.status());
            assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
            Path out = Path.of("target/documents");
            Files.createDirectories(out);
            Files.write(out.resolve("it-surat-undangan.pdf"), pdf.body());
            String letter = text(pdf.body()).replaceAll("[ \\t]+", " ");
            assertTrue(letter.contains(number), "number: " + letter);
            String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("id-ID")));
            assertTrue(letter.contains("Padang, " + today), "place and the date in Indonesian: " + letter);
            assertTrue(letter.contains("Yth."), letter);
            assertTrue(letter.replaceAll("\\s+", " ").contains("Pimpinan " + agam), "addressee: " + letter);
            assertTrue(letter.contains("Rabu, 15 Agustus 2029"), "the event's day in Indonesian: " + letter);
            assertTrue(letter.contains("09.00") && letter.contains("WIB"), letter);
            assertTrue(letter.contains("Grand Rocky Hotel Bukittinggi"), letter);
            assertTrue(letter.contains("Hal : Undangan Rapat Koordinasi") || letter.contains("Hal: Undangan Rapat Koordinasi")
                    || letter.matches("(?s).*Hal\\s*:\\s*Undangan Rapat Koordinasi.*"), "Hal: " + letter);
            assertTrue(letter.matches("(?s).*Sifat\\s*:\\s*Penting.*"), "Sifat: " + letter);
            assertTrue(letter.contains("Tembusan:"), letter);
            assertTrue(letter.contains("Yth. Ketua Bawaslu Republik Indonesia;"), "a copy to an official is addressed: " + letter);
            assertTrue(letter.contains("2. Arsip."), "the file copy: " + letter);
            assertFalse(letter.contains("Yth. Arsip"), "the file copy is not addressed: " + letter);
            assertTrue(letter.contains("bersama surel undangan ini"), "a mailed letter points to the mail's link: " + letter);
            assertTrue(letter.contains("2 (dua) orang"), "the quota in words: " + letter);
            assertTrue(letter.contains("Dr. Andi Saputra, S.H., M.H."), "the signer: " + letter);
            assertTrue(letter.contains("NIP. 19720315 200003 1 004"), letter);

            // an issued letter stays as it was issued: a later change of Hal does not rewrite it
            assertEquals(200, sumbar.put("/api/v1/events/" + eventId + "/letter-settings",
                    "{\"subject\":\"Perubahan Jadwal Rapat\",\"nature\":\"Segera\",\"copies\":\"Arsip\"}").status());
            var reread = sumbar.bytes("/api/v1/events/" + eventId + "/invitations/" + row.getJsonNumber("id") + "/letter.pdf");
            assertArrayEquals(pdf.body(), reread.body(), "the issued letter is the same file");
            // the BKD without an email address gets its letter by hand: numbered now, names to the secretariat
            JsonObject bkd = row(sumbar, eventId, "Badan Kepegawaian Daerah Provinsi Sumatera Barat");
            var draft = text(sumbar.bytes("/api/v1/events/" + eventId + "/invitations/" + bkd.getJsonNumber("id") + "/letter.pdf").body());
            assertTrue(draft.contains("draf"), "not issued yet: a draft " + draft);
            assertTrue(draft.matches("(?s).*Hal\\s*:\\s*Perubahan Jadwal Rapat.*"), "a draft follows the settings: " + draft);
            var issued = sumbar.post("/api/v1/events/" + eventId + "/invitations/" + bkd.getJsonNumber("id") + "/issue", "");
            assertEquals(200, issued.status(), issued.body());
            String byHand = text(sumbar.bytes("/api/v1/events/" + eventId + "/invitations/" + bkd.getJsonNumber("id") + "/letter.pdf").body())
                    .replaceAll("\\s+", " ");
            assertTrue(byHand.contains(issued.object().getString("letterNumber")), byHand);
            assertTrue(byHand.contains("mohon disampaikan kepada Sekretariat"), "a letter on paper: names go to the secretariat " + byHand);
            assertFalse(byHand.contains("bersama surel"), "a letter on paper mentions no mail: " + byHand);

            // the mail: letter PDF and .ics attached, the operator link in the text
            MimeMessage m = mail.waitFor("bkpsdm.agam@demo.sirakor.id", "Undangan Rakor Uji Undangan");
            assertTrue(m.getSubject().endsWith(number), m.getSubject());
            Map<String, byte[]> files = TestMail.attachments(m);
            assertEquals(2, files.size(), files.keySet().toString());
            byte[] attached = files.entrySet().stream().filter(e -> e.getKey().endsWith(".pdf")).findFirst().orElseThrow().getValue();
            assertTrue(text(attached).contains(number), "the attached letter is the numbered one");
            String ics = new String(files.entrySet().stream().filter(e -> e.getKey().endsWith(".ics")).findFirst().orElseThrow().getValue(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(ics.contains("BEGIN:VEVENT") && ics.contains("DTSTART:20290815T020000Z"), ics);
            String body = TestMail.text(m);
            Matcher link = Pattern.compile("/p/invitation\\.xhtml\\?t=([A-Za-z0-9_-]+)").matcher(body);
            assertTrue(link.find(), body);
            String token = link.group(1);

            // the operator: opens, names two delegates, a third is refused, substitutes one
            ApiClient anonymous = new ApiClient(base, null);
            var view = anonymous.get("/api/v1/public/invitations/" + token);
            assertEquals(200, view.status(), view.body());
            assertEquals(agam, view.object().getString("institution"));
            assertEquals("OPENED", row(sumbar, eventId, agam).getString("status"));
            var d1 = anonymous.post("/api/v1/public/invitations/" + token + "/delegates",
                    person("Yulia Fitri", "198801142015032002", "yulia.fitri@agam.example.id"));
            assertEquals(201, d1.status(), d1.body());
            assertEquals("CONFIRMED", d1.object().getString("status"));
            assertEquals("DELEGATE", d1.object().getString("source"));
            var d2 = anonymous.post("/api/v1/public/invitations/" + token + "/delegates",
                    person("Rahmat Hidayat", "198203202008011005", "rahmat.h@agam.example.id"));
            assertEquals(201, d2.status(), d2.body());
            var d3 = anonymous.post("/api/v1/public/invitations/" + token + "/delegates",
                    person("Dewi Kartika", "199002112019032011", "dewi.k@agam.example.id"));
            assertEquals(409, d3.status(), d3.body());
            assertEquals("Kuota instansi sudah terpenuhi (2 dari 2). Gunakan \"Ganti\" untuk mengganti peserta.", d3.object().getString("message"));
            var dup = anonymous.post("/api/v1/public/invitations/" + token + "/delegates/" + d1.object().getJsonNumber("id") + "/substitute",
                    person("Rahmat Hidayat", "198203202008011005", "rahmat.h@agam.example.id"));
            assertEquals(409, dup.status(), "the same NIP twice is refused: " + dup.body());
            var sub = anonymous.post("/api/v1/public/invitations/" + token + "/delegates/" + d1.object().getJsonNumber("id") + "/substitute",
                    person("Dewi Kartika", "199002112019032011", "dewi.k@agam.example.id"));
            assertEquals(201, sub.status(), sub.body());
            assertEquals("CONFIRMED", sub.object().getString("status"));
            assertEquals(d1.object().getJsonNumber("id").longValue(), sub.object().getJsonNumber("replacesId").longValue());
            var after = anonymous.get("/api/v1/public/invitations/" + token).object().getJsonArray("delegates");
            assertEquals(3, after.size(), "the replaced delegate stays as history");
            assertEquals("SUBSTITUTED", after.getJsonObject(0).getString("status"));
            JsonObject agamRow = row(sumbar, eventId, agam);
            assertEquals(2, agamRow.getInt("confirmed"), "the substitute took the seat: still two");
            assertEquals("DELEGATES", agamRow.getString("status"));
            // the replaced delegate is told; the substitute gets the confirmation with the ticket
            assertNotNull(mail.waitFor("yulia.fitri@agam.example.id", "Perubahan peserta"));
            MimeMessage confirmation = mail.waitFor("dewi.k@agam.example.id", "Pendaftaran terkonfirmasi");
            assertTrue(TestMail.attachments(confirmation).keySet().stream().anyMatch(f -> f.startsWith("Tiket-")));
            // a quota cannot fall below the seats held
            var lower = sumbar.put("/api/v1/events/" + eventId + "/invitations/" + agamRow.getJsonNumber("id"), "{\"quota\":1}");
            assertEquals(400, lower.status(), lower.body());
            // another unit cannot see or send this event's invitations
            ApiClient bna = new ApiClient(base, TestData.jdbcToken("banjarnegara.sekretariat"));
            assertEquals(404, bna.get("/api/v1/events/" + eventId + "/invitations").status());
            assertEquals(404, bna.post("/api/v1/events/" + eventId + "/invitations/send", "{\"ids\":[]}").status());
            var notAToken = anonymous.get("/api/v1/public/invitations/not-a-token");
            assertEquals(404, notAToken.status(), notAToken.body());
            assertEquals("error.notFound", notAToken.object().getString("error"));

            // an institution operator account must name the institution it acts for
            long unit = -1;
            for (var u : sumbar.get("/api/v1/units").array()) {
                if ("BAWASLU-13".equals(u.asJsonObject().getString("code"))) {
                    unit = u.asJsonObject().getJsonNumber("id").longValue();
                }
            }
            String user = "{\"username\":\"operator.agam2\",\"fullName\":\"Operator Agam\",\"unitId\":" + unit
                    + ",\"roles\":[\"OPERATOR_INSTANSI\"],\"password\":\"rahasia-operator-2027\"";
            var noInstitution = admin.post("/api/v1/users", user + "}");
            assertEquals(400, noInstitution.status(), noInstitution.body());
            assertEquals("Pilih instansi yang diwakili operator instansi ini.", noInstitution.object().getString("message"));
            assertEquals(201, admin.post("/api/v1/users", user + ",\"institutionId\":" + agamRow.getJsonNumber("institutionId") + "}").status());
        }
    }
}
