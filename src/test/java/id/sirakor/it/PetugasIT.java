package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The door staff (PETUGAS, ADR 0033) over HTTP: an account bound to one event does exactly the
 * door's work of that event (check-in, walk-in, roster, search, the check-in page) and nothing
 * else: another event's door answers 404, every other list or setting 403, and an account bound
 * to no event 403. AccessMatrixIT has no PETUGAS column; these are its expectations for the role.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PetugasIT {

    static final String PASSWORD = "Pintu-Masuk-2031";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static void update(String sql, Object... args) throws Exception {
        try (var c = TestData.db(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    @Test
    void doorStaffWorkTheDoorOfTheirOneEventAndNothingElse() throws Exception {
        ApiClient admin = new ApiClient(base, TestData.jdbcToken("admin"));
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long unitId = sumbar.get("/api/v1/me").object().getJsonNumber("unitId").longValue();
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Petugas Pintu", "2031-04-15", 20);
        long otherId = TestData.publishedEvent(sumbar, "Rakor Uji Pintu Lain", "2031-04-22", 20);
        long dayId = AttendanceIT.day(sumbar, eventId, 0);
        String ana = AttendanceIT.add(sumbar, eventId, "Ana Pintu", "198406102009012011", "Bawaslu Kabupaten Agam").getString("ticketCode");
        String other = AttendanceIT.add(sumbar, otherId, "Budi Pintu", "198502142010011012", "Bawaslu Kota Padang").getString("ticketCode");

        // a PETUGAS without an event is refused, with the field named; with one, created
        String name = "petugas.it" + (System.nanoTime() % 100000);
        String user = "{\"username\":\"" + name + "\",\"fullName\":\"Petugas Uji\",\"unitId\":" + unitId
                + ",\"roles\":[\"PETUGAS\"],\"password\":\"" + PASSWORD + "\"";
        var refused = admin.post("/api/v1/users", user + "}");
        assertEquals(400, refused.status(), refused.body());
        assertTrue(refused.body().contains("assignedEvent"), refused.body());
        var created = admin.post("/api/v1/users", user + ",\"assignedEventId\":" + eventId + "}");
        assertEquals(201, created.status(), created.body());
        update("UPDATE app_user SET must_change_password = FALSE WHERE username = ?", name);
        ApiClient door = new ApiClient(base, TestData.jdbcToken(name));
        String api = "/api/v1/events/" + eventId;

        // the door of its event: info, roster, search, check-in, walk-in
        var info = door.get(api + "/attendance");
        assertEquals(200, info.status(), info.body());
        assertTrue(info.object().getBoolean("writable"), info.body());
        assertEquals(200, door.get(api + "/attendance/roster").status());
        assertEquals(200, door.get(api + "/attendance/search?q=ana").status());
        var in = door.post(api + "/check-ins", AttendanceIT.checkIn(ana, dayId, "\"method\":\"SCAN\""));
        assertEquals(201, in.status(), in.body());
        assertEquals("CHECKED_IN", in.object().getString("outcome"));
        var walk = door.post(api + "/walk-ins", "{\"dayId\":" + dayId + ",\"person\":"
                + AttendanceIT.person("Citra Pintu", "198703222011012013", "Bawaslu Kabupaten Agam") + "}");
        assertEquals(201, walk.status(), walk.body());
        assertEquals(1, AttendanceIT.rows("SELECT COUNT(*) FROM attendance WHERE event_id = ? AND recorded_by = ? AND method = 'WALKIN'",
                eventId, name));

        // another event's door: not found, whatever it asks
        String otherApi = "/api/v1/events/" + otherId;
        long otherDay = AttendanceIT.day(sumbar, otherId, 0);
        assertEquals(404, door.post(otherApi + "/check-ins", AttendanceIT.checkIn(other, otherDay, null)).status());
        assertEquals(404, door.get(otherApi + "/attendance").status());
        assertEquals(404, door.get(otherApi + "/attendance/roster").status());
        // its own event's ticket code used at its door for another event's ticket: refused, not checked in
        assertTrue(door.post(api + "/check-ins", AttendanceIT.checkIn(other, dayId, null)).status() >= 400);

        // everything else: forbidden, also for its own event
        assertEquals(403, door.get(api + "/participants").status());
        assertEquals(403, door.get(api + "/eligibility").status());
        assertEquals(403, door.put(api + "/attendance/setting", "{\"rule\":\"ALL_DAYS\",\"countsSessions\":false,\"checksOut\":false}").status());
        assertEquals(403, door.get("/api/v1/events").status());
        assertEquals(403, door.get(api + "/attendance/board").status());
        assertEquals(403, door.getAny(api + "/attendance/days/" + dayId + "/daftar-hadir.pdf").status());
        assertEquals(403, door.post(api + "/attendance/manual", "{\"registrationId\":1,\"dayId\":" + dayId + ",\"reason\":\"x\"}").status());
        assertEquals(403, door.get("/api/v1/users").status());

        // the pages: the dashboard's one link and the check-in page render; staff pages do not
        WebSession web = WebSession.login(base.toString(), name, PASSWORD);
        var dash = web.get("/manage/dashboard.xhtml");
        assertEquals(200, dash.status());
        assertTrue(dash.body().contains("checkin.xhtml?id=" + eventId), "the dashboard links to its door");
        assertTrue(!dash.body().contains("nav-events"), "no events menu");
        assertEquals(200, web.get("/manage/checkin.xhtml?id=" + eventId).status());
        assertEquals(404, web.get("/manage/checkin.xhtml?id=" + otherId).status());
        assertEquals(403, web.get("/manage/attendance.xhtml?id=" + eventId).status());
        assertEquals(403, web.get("/manage/participants.xhtml?id=" + eventId).status());

        // the admin's users page offers the event to bind a door staff account to
        var users = WebSession.login(base.toString(), "admin", "rakor2026demo").get("/manage/admin/users.xhtml");
        assertEquals(200, users.status());
        assertTrue(users.body().contains("Rakor Uji Petugas Pintu"), "the users dialog lists the events");

        // bound to no event (e.g. its event was taken away): refused with a reason, not a 500
        update("UPDATE app_user SET assigned_event_id = NULL WHERE username = ?", name);
        var unbound = door.get(api + "/attendance");
        assertEquals(403, unbound.status(), unbound.body());
    }
}
