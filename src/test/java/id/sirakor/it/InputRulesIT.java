package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rules a careful user found broken, each with the answer it must give: sessions inside the hall's
 * booked hours, identities that are NIP or NIK, birth dates that have come, an ended event closed
 * for registration (and its form saying so at once), no letter for an ended event.
 */
@org.junit.jupiter.api.Tag("it-core") // its own WildFly and database: the failsafe execution "core" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputRulesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSessionStaysWithinTheHallsBookedHours() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long id = TestData.publishedEvent(sumbar, "Rakor uji jam ruangan", "2032-07-14", 50);
        long day = sumbar.get("/api/v1/events/" + id).object().getJsonArray("days").getJsonObject(0).getJsonNumber("id").longValue();
        var evening = sumbar.post("/api/v1/events/" + id + "/sessions", "{\"dayId\":" + day
                + ",\"start\":\"20:00:00\",\"end\":\"22:00:00\",\"title\":\"Diskusi malam\",\"kind\":\"DISKUSI\",\"speakers\":[]}");
        assertEquals(400, evening.status(), evening.body());
        assertEquals("sessionStart", evening.object().getString("field"));
        assertEquals("Sesi harus berada dalam jam pemakaian ruangan pada hari itu (09.00–16.00 WIB).",
                evening.object().getString("message"));
        var overrun = sumbar.post("/api/v1/events/" + id + "/sessions", "{\"dayId\":" + day
                + ",\"start\":\"15:00:00\",\"end\":\"17:00:00\",\"title\":\"Penutupan\",\"kind\":\"PENUTUPAN\",\"speakers\":[]}");
        assertEquals(400, overrun.status(), overrun.body());
        assertEquals("sessionEnd", overrun.object().getString("field"));
        assertEquals(1, sumbar.get("/api/v1/events/" + id).object().getJsonArray("sessions").size(), "nothing was added");
    }

    @Test
    void anIdentityIsANipOrANikAndABirthDateHasCome() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long id = TestData.publishedEvent(sumbar, "Rakor uji identitas", "2032-07-21", 50);
        String slug = sumbar.get("/api/v1/events/" + id).object().getString("slug");
        ApiClient anyone = new ApiClient(base, null);
        var passport = anyone.postWithKey("/api/v1/public/events/" + slug + "/registrations", person("PASSPORT", "A1234567"), "it-in-1-" + id);
        assertEquals(400, passport.status(), passport.body());
        assertEquals("idKind", passport.object().getString("field"));
        assertEquals("Jenis identitas harus NIP (aparatur sipil negara) atau NIK (KTP).", passport.object().getString("message"));
        // born on the 31st of next December: not yet
        LocalDate next = LocalDate.now(ZoneId.of("Asia/Jakarta")).withMonth(12).withDayOfMonth(31);
        String yy = String.format("%02d", next.getYear() % 100);
        var unborn = anyone.postWithKey("/api/v1/public/events/" + slug + "/registrations", person("NIK", "137501" + "3112" + yy + "0003"),
                "it-in-2-" + id);
        if (!next.isBefore(LocalDate.now(ZoneId.of("Asia/Jakarta")))) {
            assertEquals(400, unborn.status(), unborn.body());
            assertEquals("idNumber", unborn.object().getString("field"));
            assertEquals("nik.birthDateFuture", unborn.object().getString("error"));
        }
        assertEquals(0, sumbar.get("/api/v1/events/" + id + "/participants").object().getInt("total"), "nothing was saved");
    }

    @Test
    void anEndedEventTakesNoRegistrationAndNoLetter() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1);
        long id = TestData.publishedEvent(sumbar, "Rakor uji sudah lewat", yesterday.toString(), 50);
        String slug = sumbar.get("/api/v1/events/" + id).object().getString("slug");
        var late = new ApiClient(base, null).postWithKey("/api/v1/public/events/" + slug + "/registrations",
                person("NIP", "198004122005011003"), "it-in-3-" + id);
        assertEquals(409, late.status(), late.body());
        assertEquals("registration.closed", late.object().getString("error"));

        // the form says so before anything is typed, and the public page offers no registration
        WebSession anyone = WebSession.anonymous(base.toString());
        String form = anyone.get("/register.xhtml?e=" + slug).body();
        assertTrue(form.contains("id=\"reg-closed\""), "closed at once");
        assertFalse(form.contains("id=\"reg:name\""), "no form to fill in");
        String page = anyone.get("/event.xhtml?e=" + slug).body();
        assertTrue(page.contains("id=\"pe-ended\""), "marked as ended");
        assertFalse(page.contains("id=\"pe-register\""));
        String home = anyone.get("/").body();
        int past = home.indexOf("id=\"past-events\"");
        assertTrue(past > 0 && home.indexOf("Rakor uji sudah lewat", past) > past, "listed among the past events, marked Selesai");

        // an invitation letter for it is neither issued nor sent
        var invited = sumbar.post("/api/v1/events/" + id + "/invitations", "{\"type\":\"BKPSDM\",\"regionCode\":\"13.75\",\"quota\":1}");
        assertEquals(201, invited.status(), invited.body());
        long invitation = sumbar.get("/api/v1/events/" + id + "/invitations").array().getJsonObject(0).getJsonNumber("id").longValue();
        var issue = sumbar.post("/api/v1/events/" + id + "/invitations/" + invitation + "/issue", "");
        assertEquals(409, issue.status(), issue.body());
        assertEquals("invitation.eventEnded", issue.object().getString("error"));
        assertEquals(409, sumbar.post("/api/v1/events/" + id + "/invitations/send", "{\"ids\":[]}").status());
        assertEquals(409, sumbar.bytes("/api/v1/events/" + id + "/invitations/" + invitation + "/letter.pdf").status(),
                "no draft dated today for an event long past");
    }

    private static String person(String kind, String number) {
        return "{\"name\":\"Peserta Aturan\",\"idKind\":\"" + kind + "\",\"idNumber\":\"" + number + "\",\"institutionName\":\"Dinas Uji\","
                + "\"phone\":\"081234500001\",\"email\":\"aturan@contoh.id\",\"consent\":true}";
    }
}
