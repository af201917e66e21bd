package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Change notices and cancellation after the invitations went out (issue 16): the numbered
 * surat pemberitahuan perubahan and surat pembatalan refer to the invitation, reach the institution,
 * the participant and the speaker with an .ics that updates (then removes) the same calendar entries
 * (RFC 5545: CRLF, folded lines, same UID, SEQUENCE one higher each time, METHOD:CANCEL and
 * STATUS:CANCELLED); a cancelled event refuses registration and check-in, and is cancelled once;
 * the WhatsApp texts carry a wa.me link and a personal link that opens the registration.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NoticesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static final String AGAM_MAIL = "bkpsdm.agam@demo.sirakor.id";
    private static final String PARTICIPANT = "fitriani@notices.example.id";
    private static final String SPEAKER = "narasumber.notices@example.id";

    /** An iCalendar object read per RFC 5545 §3.1: CRLF line ends required, folded lines joined. */
    record Calendar(String method, List<Map<String, String>> events) {

        static Calendar parse(String ics) {
            assertFalse(ics.replace("\r\n", "").contains("\n") || ics.replace("\r\n", "").contains("\r"),
                    "every line ends in CRLF: " + ics);
            List<String> lines = new ArrayList<>();
            for (String raw : ics.split("\r\n")) {
                assertTrue(raw.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + raw);
                if ((raw.startsWith(" ") || raw.startsWith("\t")) && !lines.isEmpty()) {
                    lines.set(lines.size() - 1, lines.get(lines.size() - 1) + raw.substring(1));
                } else if (!raw.isEmpty()) {
                    lines.add(raw);
                }
            }
            assertEquals("BEGIN:VCALENDAR", lines.get(0));
            assertEquals("END:VCALENDAR", lines.get(lines.size() - 1));
            String method = null;
            List<Map<String, String>> events = new ArrayList<>();
            Map<String, String> current = null;
            for (String l : lines) {
                if (l.equals("BEGIN:VEVENT")) {
                    current = new LinkedHashMap<>();
                } else if (l.equals("END:VEVENT")) {
                    events.add(current);
                    current = null;
                } else {
                    int colon = l.indexOf(':');
                    String name = l.substring(0, colon).split(";")[0];
                    if (current != null) {
                        assertFalse(current.containsKey(name) && !name.equals("ATTENDEE"), "one " + name + " per VEVENT");
                        current.put(name, l.substring(colon + 1));
                    } else if (name.equals("METHOD")) {
                        method = l.substring(colon + 1);
                    }
                }
            }
            return new Calendar(method, events);
        }

        TreeSet<String> uids() {
            TreeSet<String> out = new TreeSet<>();
            events.forEach(e -> out.add(e.get("UID")));
            return out;
        }

        int sequence() {
            TreeSet<Integer> seqs = new TreeSet<>();
            events.forEach(e -> seqs.add(Integer.parseInt(e.get("SEQUENCE"))));
            assertEquals(1, seqs.size(), "one SEQUENCE for the whole update: " + seqs);
            return seqs.first();
        }
    }

    private static String attached(MimeMessage m, String suffix) throws Exception {
        return new String(bytes(m, suffix), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(MimeMessage m, String suffix) throws Exception {
        Map<String, byte[]> files = TestMail.attachments(m);
        return files.entrySet().stream().filter(a -> a.getKey().endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError(suffix + " in " + files.keySet())).getValue();
    }

    private static void keep(String name, byte[] pdf) throws Exception {
        Path dir = Path.of("target", "notice-letters");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    @Test
    void changeNoticeAndCancellationReachInstitutionParticipantAndSpeakerOnce() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Pemberitahuan Perubahan", "2033-10-12", 40);
        String ev = "/api/v1/events/" + eventId;
        JsonObject event = sumbar.get(ev).object();
        String slug = event.getString("slug");
        long dayId = event.getJsonArray("days").getJsonObject(0).getJsonNumber("id").longValue();
        long hall = event.getJsonArray("days").getJsonObject(0).getJsonNumber("hallId").longValue();
        // a speaker with an email address on the opening session
        var speaker = sumbar.post("/api/v1/speakers", "{\"name\":\"Yusra Hamdani\",\"position\":\"Komisioner\",\"email\":\"" + SPEAKER + "\"}");
        assertEquals(201, speaker.status(), speaker.body());
        long speakerId = speaker.object().getJsonNumber("id").longValue();
        var session = sumbar.post(ev + "/sessions", "{\"dayId\":" + dayId + ",\"start\":\"10:00:00\",\"end\":\"11:00:00\","
                + "\"title\":\"Paparan\",\"kind\":\"PAPARAN\",\"speakers\":[{\"speakerId\":" + speakerId + "}]}");
        assertEquals(200, session.status(), session.body());

        long agamId = sumbar.get("/api/v1/institutions?q=Agam&type=BKPSDM").object().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).filter(i -> i.getString("shortName").equals("BKPSDM Kabupaten Agam")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        assertEquals(201, sumbar.post(ev + "/invitations", "{\"institutionId\":" + agamId + ",\"quota\":2}").status());
        JsonObject invitation = sumbar.get(ev + "/invitations").array().getJsonObject(0);
        long invitationId = invitation.getJsonNumber("id").longValue();

        try (TestMail mail = new TestMail()) {
            var sent = sumbar.post(ev + "/invitations/send", "{\"ids\":[" + invitationId + "]}");
            assertEquals(200, sent.status(), sent.body());
            String invitationNumber = sumbar.get(ev + "/invitations").array().getJsonObject(0).getString("letterNumber");
            MimeMessage invited = mail.waitFor(AGAM_MAIL, "Undangan Rakor Uji Pemberitahuan Perubahan");
            Calendar first = Calendar.parse(attached(invited, ".ics"));
            assertEquals("PUBLISH", first.method());
            assertEquals(0, first.sequence());
            assertEquals(1, first.events().size());

            var reg = new ApiClient(base, null).postWithKey("/api/v1/public/events/" + slug + "/registrations",
                    "{\"name\":\"Fitriani\",\"frontTitle\":\"Dra.\",\"idKind\":\"NIP\",\"idNumber\":\"198905142014022001\","
                            + "\"institutionName\":\"Bawaslu Kabupaten Agam\",\"phone\":\"0813-7700-4455\",\"email\":\"" + PARTICIPANT
                            + "\",\"consent\":true}", "notices-it-fitriani");
            assertEquals(201, reg.status(), reg.body());
            String ticket = sumbar.get(ev + "/participants").object().getJsonArray("items").getJsonObject(0).getString("ticketCode");
            Calendar confirmed = Calendar.parse(attached(mail.waitFor(PARTICIPANT, ""), ".ics"));
            assertEquals(first.uids(), confirmed.uids(), "one calendar entry per day, whoever mails it");

            // ---- nothing to tell yet; then the day moves by one day and starts earlier
            assertEquals(200, sumbar.post(ev + "/reminders/run", "{}").status()); // records the told schedule
            assertEquals(409, sumbar.post(ev + "/change-notice", "{}").status());
            var moved = sumbar.put(ev + "/days/" + dayId, "{\"date\":\"2033-10-13\",\"hallId\":" + hall
                    + ",\"start\":\"08:30:00\",\"end\":\"16:00:00\"}");
            assertEquals(200, moved.status(), moved.body());
            assertTrue(sumbar.get(ev + "/change-notice").object().getBoolean("changed"));

            JsonObject change = sumbar.post(ev + "/change-notice", "{}").object();
            assertEquals(1, change.getInt("recipients"), change.toString());
            assertEquals(1, change.getInt("speakers"), change.toString());
            assertEquals(1, change.getInt("institutions"), change.toString());
            String changeNumber = change.getJsonArray("letters").getString(0);
            assertNotEquals(invitationNumber, changeNumber, "a notice letter has a number of its own");
            assertEquals(409, sumbar.post(ev + "/change-notice", "{}").status(), "the same change is told once");

            // the letter, as kept and as downloaded
            JsonArray letters = sumbar.get(ev + "/notice-letters").array();
            assertEquals(1, letters.size());
            assertEquals(invitationNumber, letters.getJsonObject(0).getString("refersTo"));
            byte[] changePdf = sumbar.bytes(ev + "/notice-letters/" + letters.getJsonObject(0).getJsonNumber("id") + ".pdf").body();
            keep("perubahan.pdf", changePdf);
            String changeText = flat(InvitationIT.text(changePdf));
            assertTrue(changeText.contains(changeNumber), changeText);
            assertTrue(changeText.contains("Menindaklanjuti surat kami Nomor " + invitationNumber + " tanggal"), changeText);
            assertTrue(changeText.contains("Pemberitahuan Perubahan Jadwal"), changeText);
            assertTrue(changeText.contains("Semula") && changeText.contains("Menjadi"), changeText);
            assertTrue(changeText.contains("Rabu, 12 Oktober 2033") && changeText.contains("Kamis, 13 Oktober 2033"), changeText);
            assertTrue(changeText.contains("09.00") && changeText.contains("08.30"), changeText);
            assertTrue(changeText.contains("Pimpinan Badan Kepegawaian"), changeText);

            // the institution: the letter attached (the same file), the .ics updating the same entry
            MimeMessage toAgam = mail.waitFor(AGAM_MAIL, "Perubahan jadwal: Rakor Uji Pemberitahuan Perubahan");
            assertTrue(toAgam.getSubject().endsWith(changeNumber), toAgam.getSubject());
            assertTrue(TestMail.text(toAgam).contains(invitationNumber), TestMail.text(toAgam));
            assertTrue(flat(InvitationIT.text(bytes(toAgam, ".pdf"))).contains(changeNumber));
            Calendar agamUpdate = Calendar.parse(attached(toAgam, ".ics"));
            assertEquals("PUBLISH", agamUpdate.method());
            assertEquals(first.uids(), agamUpdate.uids(), "the same calendar entry");
            assertEquals(first.sequence() + 1, agamUpdate.sequence());
            assertEquals("20331013T013000Z", agamUpdate.events().get(0).get("DTSTART"), "08.30 WIB on the new day");

            // the participant: ticket and .ics; the speaker: .ics
            MimeMessage toParticipant = mail.waitFor(PARTICIPANT, "Perubahan jadwal");
            assertTrue(TestMail.attachments(toParticipant).keySet().stream().anyMatch(n -> n.endsWith(".pdf")), "the ticket");
            Calendar participantUpdate = Calendar.parse(attached(toParticipant, ".ics"));
            assertEquals(first.uids(), participantUpdate.uids());
            assertEquals(first.sequence() + 1, participantUpdate.sequence());
            MimeMessage toSpeaker = mail.waitFor(SPEAKER, "Perubahan jadwal");
            assertEquals(first.sequence() + 1, Calendar.parse(attached(toSpeaker, ".ics")).sequence());

            // ---- WhatsApp: the text, the wa.me link, the personal link that opens the registration
            JsonArray wa = sumbar.get(ev + "/whatsapp").array();
            assertEquals(1, wa.size());
            JsonObject m = wa.getJsonObject(0);
            String waText = m.getString("text");
            assertTrue(waText.contains("BERUBAH") && waText.contains("Kamis, 13 Oktober 2033"), waText);
            String link = m.getString("link");
            assertTrue(link.startsWith("https://wa.me/6281377004455?text="), link);
            assertEquals(waText, URLDecoder.decode(link.substring(link.indexOf("?text=") + 6), StandardCharsets.UTF_8));
            java.util.regex.Matcher personal = java.util.regex.Pattern.compile("/p/registration\\.xhtml\\?t=([A-Za-z0-9_-]+)").matcher(waText);
            assertTrue(personal.find(), waText);
            var mine = new ApiClient(base, null).get("/api/v1/public/registrations/" + personal.group(1));
            assertEquals(200, mine.status(), mine.body());
            assertEquals(waText, sumbar.get(ev + "/whatsapp").array().getJsonObject(0).getString("text"), "the same link every time");
            HttpResponse<byte[]> txt = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + ev.substring(1) + "/whatsapp.txt"))
                    .header("Authorization", "Bearer " + TestData.jdbcToken("sumbar.sekretariat")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, txt.statusCode());
            assertTrue(txt.headers().firstValue("Content-Type").orElse("").toLowerCase().contains("charset=utf-8"));
            String export = new String(txt.body(), StandardCharsets.UTF_8);
            assertTrue(export.contains("Dra. Fitriani") && export.contains("0813-7700-4455") && export.contains(waText.replace("\n", "\r\n")),
                    export);
            try (var c = TestData.db(); var s = c.prepareStatement("SELECT count(*) FROM audit_entry WHERE action = 'notice.whatsappExport'"
                    + " AND entity_id = ?")) {
                s.setString(1, String.valueOf(eventId));
                var rs = s.executeQuery();
                rs.next();
                assertEquals(1, rs.getInt(1), "the export is audited");
            }
            assertEquals(403, new ApiClient(base, TestData.jdbcToken("sumbar.notulis")).get(ev + "/whatsapp").status());

            // ---- cancellation: a reason is required, then once
            var noReason = sumbar.post(ev + "/cancel", "{\"reason\":\"  \"}");
            assertEquals(400, noReason.status(), noReason.body());
            assertEquals("reason", noReason.object().getString("field"));
            assertEquals("PUBLISHED", sumbar.get(ev).object().getString("status"), "nothing half-saved");
            JsonObject cancelled = sumbar.post(ev + "/cancel", "{\"reason\":\"Bertepatan dengan agenda nasional\"}").object();
            assertEquals(1, cancelled.getInt("recipients"), cancelled.toString());
            String cancelNumber = cancelled.getJsonArray("letters").getString(0);
            assertNotEquals(invitationNumber, cancelNumber);
            assertNotEquals(changeNumber, cancelNumber);
            var again = sumbar.post(ev + "/cancel", "{\"reason\":\"Sekali lagi\"}");
            assertEquals(409, again.status(), again.body());
            assertEquals("CANCELLED", sumbar.get(ev).object().getString("status"));

            JsonObject cancelLetter = sumbar.get(ev + "/notice-letters").array().stream().map(v -> v.asJsonObject())
                    .filter(l -> l.getString("kind").equals("CANCEL")).findFirst().orElseThrow();
            byte[] cancelPdf = sumbar.bytes(ev + "/notice-letters/" + cancelLetter.getJsonNumber("id") + ".pdf").body();
            keep("pembatalan.pdf", cancelPdf);
            String cancelText = flat(InvitationIT.text(cancelPdf));
            assertTrue(cancelText.contains(cancelNumber) && cancelText.contains("Nomor " + invitationNumber), cancelText);
            assertTrue(cancelText.contains("DIBATALKAN") && cancelText.contains("Bertepatan dengan agenda nasional"), cancelText);
            assertTrue(cancelText.contains("Kamis, 13 Oktober 2033"), "what was planned last: " + cancelText);

            MimeMessage cancelToAgam = mail.waitFor(AGAM_MAIL, "Pembatalan: Rakor Uji Pemberitahuan Perubahan");
            assertTrue(flat(InvitationIT.text(bytes(cancelToAgam, ".pdf"))).contains(cancelNumber));
            for (MimeMessage cm : List.of(cancelToAgam, mail.waitFor(PARTICIPANT, "Pembatalan"), mail.waitFor(SPEAKER, "Pembatalan"))) {
                Calendar cal = Calendar.parse(attached(cm, ".ics"));
                assertEquals("CANCEL", cal.method());
                assertEquals(first.uids(), cal.uids(), "the entries removed are those that were sent");
                assertEquals(agamUpdate.sequence() + 1, cal.sequence());
                cal.events().forEach(e -> assertEquals("CANCELLED", e.get("STATUS")));
            }
            assertTrue(TestMail.attachments(mail.waitFor(PARTICIPANT, "Pembatalan")).keySet().stream().noneMatch(n -> n.endsWith(".pdf")),
                    "no ticket for a cancelled event");

            // ---- a cancelled event: shown as cancelled, registration and check-in refused
            JsonObject shown = new ApiClient(base, null).get("/api/v1/public/events/" + slug).object();
            assertEquals("CANCELLED", shown.getString("status"));
            var late = new ApiClient(base, null).postWithKey("/api/v1/public/events/" + slug + "/registrations",
                    "{\"name\":\"Hendri\",\"idKind\":\"NIP\",\"idNumber\":\"199001012015031001\",\"institutionName\":\"Bawaslu Kabupaten Agam\","
                            + "\"phone\":\"081377009988\",\"email\":\"hendri@notices.example.id\",\"consent\":true}", "notices-it-late");
            assertEquals(409, late.status(), late.body());
            assertEquals("Kegiatan ini dibatalkan; pendaftaran tidak dapat dilakukan.", late.object().getString("message"));
            var door = sumbar.post(ev + "/check-ins", "{\"code\":\"" + ticket + "\"}");
            assertEquals(409, door.status(), door.body());
            assertEquals("Kegiatan ini dibatalkan.", door.object().getString("message"));
            assertTrue(new ApiClient(base, null).getAny("/api/v1/public/events/" + slug + "/calendar.ics").body().contains("METHOD:CANCEL"));
            assertEquals(409, sumbar.post(ev + "/change-notice", "{}").status(), "nothing more is told of a cancelled event");
            assertNotNull(sumbar.get(ev + "/change-notice").object().getString("cancelReason"));
            // the home page no longer offers it under "pendaftaran dibuka", but still shows it, marked cancelled
            String home = WebSession.anonymous(base.toString()).get("/").body();
            int past = home.indexOf("id=\"past-events\"");
            int listed = home.indexOf("Rakor Uji Pemberitahuan Perubahan");
            assertTrue(past > 0 && listed > past, "listed with the past and cancelled events, not the open ones");
        }
    }
}
