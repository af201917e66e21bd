package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Event planning on real MariaDB: hall bookings under concurrency, status guards, scoping, clone, iCalendar. */
@org.junit.jupiter.api.Tag("it-core") // its own WildFly and database: the failsafe execution "core" (pom.xml)
@ExtendWith(ArquillianExtension.class)
class EventPlanningIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(EventPlanningIT.class, TestData.class);
    }

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    private ApiClient as(String user) throws Exception {
        return new ApiClient(base, TestData.token(em, tx, user));
    }

    private static long newEvent(ApiClient c, String title) {
        var r = c.post("/api/v1/events", "{\"type\":\"RAKOR\",\"title\":\"" + title + "\",\"capacity\":100}");
        assertEquals(201, r.status(), r.body());
        return r.object().getJsonNumber("id").longValue();
    }

    private long hall(ApiClient c, String venue) {
        for (var v : c.get("/api/v1/venues").array()) {
            if (v.asJsonObject().getString("name").equals(venue)) {
                return v.asJsonObject().getJsonArray("halls").getJsonObject(0).getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no venue " + venue);
    }

    private static String day(String date, long hall, String start, String end) {
        return "{\"date\":\"" + date + "\",\"hallId\":" + hall + ",\"start\":\"" + start + "\",\"end\":\"" + end + "\"}";
    }

    @Test
    void twoSecretariesBookingOneHallAtOnceGiveExactlyOneBooking() throws Exception {
        ApiClient sumbar = as("sumbar.sekretariat");
        ApiClient admin = as("admin");
        long hall = hall(sumbar, "Grand Rocky Hotel Bukittinggi");
        int rounds = 8;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        for (int round = 0; round < rounds; round++) {
            long a = newEvent(sumbar, "Rakor uji bentrok A" + round);
            long b = newEvent(admin, "Rakor uji bentrok B" + round);
            String date = "2028-02-" + String.format("%02d", 1 + round);
            CountDownLatch go = new CountDownLatch(1);
            Future<ApiClient.Reply> fa = pool.submit(() -> { go.await(); return sumbar.post("/api/v1/events/" + a + "/days", day(date, hall, "08:00:00", "12:00:00")); });
            Future<ApiClient.Reply> fb = pool.submit(() -> { go.await(); return admin.post("/api/v1/events/" + b + "/days", day(date, hall, "10:00:00", "15:00:00")); });
            go.countDown();
            List<Integer> statuses = new ArrayList<>(List.of(fa.get().status(), fb.get().status()));
            statuses.sort(null);
            assertEquals(List.of(200, 409), statuses, "round " + round + ": " + fa.get().body() + " / " + fb.get().body());
            ApiClient.Reply refused = fa.get().status() == 409 ? fa.get() : fb.get();
            assertEquals("event.hallTaken", refused.object().getString("error"));
            assertTrue(refused.object().getString("message").contains("Rakor uji bentrok"), "names the other event");
            Long bookings = em.createQuery("select count(d) from EventDay d where d.hall.id = :h and d.dayDate = :d", Long.class)
                    .setParameter("h", hall).setParameter("d", java.time.LocalDate.parse(date)).getSingleResult();
            assertEquals(1L, bookings, "round " + round);
        }
        pool.shutdown();
        // touching intervals are not overlaps: 12.00 end, 12.00 start
        long c = newEvent(sumbar, "Rakor sore");
        long d = newEvent(sumbar, "Rakor pagi");
        assertEquals(200, sumbar.post("/api/v1/events/" + d + "/days", day("2028-03-01", hall, "08:00:00", "12:00:00")).status());
        assertEquals(200, sumbar.post("/api/v1/events/" + c + "/days", day("2028-03-01", hall, "12:00:00", "16:00:00")).status());
    }

    @Test
    void statusGuardsExplainWhatIsMissingAndTheTimetableFreezesAfterClosing() throws Exception {
        ApiClient sumbar = as("sumbar.sekretariat");
        long hall = hall(sumbar, "Grand Rocky Hotel Bukittinggi");
        long id = newEvent(sumbar, "Rakor uji status");
        var noDays = sumbar.post("/api/v1/events/" + id + "/status", "{\"status\":\"PUBLISHED\"}");
        assertEquals(409, noDays.status());
        assertEquals("event.publishNeedsDays", noDays.object().getString("error"));

        JsonObject withDay = sumbar.post("/api/v1/events/" + id + "/days", day("2028-04-05", hall, "08:00:00", "16:00:00")).object();
        assertEquals("Rabu, 5 April 2028", withDay.getJsonArray("days").getJsonObject(0).getString("dateText"));
        assertEquals("Asia/Jakarta", withDay.getString("timeZone"));
        assertEquals("event.publishNeedsSessions",
                sumbar.post("/api/v1/events/" + id + "/status", "{\"status\":\"PUBLISHED\"}").object().getString("error"));
        long dayId = withDay.getJsonArray("days").getJsonObject(0).getJsonNumber("id").longValue();
        var bad = sumbar.post("/api/v1/events/" + id + "/sessions", "{\"dayId\":" + dayId
                + ",\"start\":\"10:00:00\",\"end\":\"09:00:00\",\"title\":\"Paparan\",\"kind\":\"PAPARAN\"}");
        assertEquals(400, bad.status());
        assertEquals("sessionEnd", bad.object().getString("field"));
        var ok = sumbar.post("/api/v1/events/" + id + "/sessions", "{\"dayId\":" + dayId
                + ",\"start\":\"09:00:00\",\"end\":\"10:00:00\",\"title\":\"Paparan\",\"kind\":\"PAPARAN\"}");
        assertEquals(200, ok.status(), ok.body());
        assertEquals("09.00\u201310.00 WIB", ok.object().getJsonArray("sessions").getJsonObject(0).getString("time"));

        assertEquals("PUBLISHED", sumbar.post("/api/v1/events/" + id + "/status", "{\"status\":\"PUBLISHED\"}").object().getString("status"));
        var early = sumbar.post("/api/v1/events/" + id + "/status", "{\"status\":\"ONGOING\"}");
        assertEquals(409, early.status());
        assertEquals("event.notYetStarted", early.object().getString("error"));
        assertEquals("event.transitionNotAllowed",
                sumbar.post("/api/v1/events/" + id + "/status", "{\"status\":\"CLOSED\"}").object().getString("error"));

        // a closed event's timetable is frozen: use a past demo event that is CLOSED
        long closed = em.createQuery("select e.id from Event e where e.status = id.sirakor.event.entity.EventStatus.CLOSED"
                + " and e.unit.code = 'BAWASLU-13' order by e.id", Long.class).setMaxResults(1).getSingleResult();
        var frozen = sumbar.post("/api/v1/events/" + closed + "/sessions", "{\"dayId\":1,\"start\":\"09:00:00\","
                + "\"end\":\"10:00:00\",\"title\":\"x\",\"kind\":\"PAPARAN\"}");
        assertEquals(409, frozen.status());
        assertEquals("event.timetableFrozen", frozen.object().getString("error"));

        List<String> history = em.createQuery("select a.action from AuditEntry a where a.entityType = 'Event' and a.entityId = :id"
                        + " order by a.seq", String.class).setParameter("id", String.valueOf(id)).getResultList();
        assertEquals(List.of("event.create", "event.day.add", "event.session.add", "event.status"), history,
                "every change is in the event's history, refused ones are not");
    }

    @Test
    void eventsAreScopedToTheirUnitAndAProvinceReadsItsRegenciesReadOnly() throws Exception {
        ApiClient sumbar = as("sumbar.sekretariat");
        ApiClient banjarnegara = as("banjarnegara.sekretariat");
        ApiClient ri = as("ri.sekretariat");
        long sumbarEvent = newEvent(sumbar, "Rakor milik Sumbar");
        assertEquals(404, banjarnegara.get("/api/v1/events/" + sumbarEvent).status());
        assertEquals(404, banjarnegara.put("/api/v1/events/" + sumbarEvent,
                "{\"type\":\"RAKOR\",\"title\":\"diubah\"}").status());
        assertFalse(banjarnegara.get("/api/v1/events").body().contains("Rakor milik Sumbar"));

        assertEquals(200, ri.get("/api/v1/events/" + sumbarEvent).status(), "Bawaslu RI reads the provinces' events");
        var refused = ri.put("/api/v1/events/" + sumbarEvent, "{\"type\":\"RAKOR\",\"title\":\"diubah RI\"}");
        assertEquals(403, refused.status());
        assertEquals("Rakor milik Sumbar", sumbar.get("/api/v1/events/" + sumbarEvent).object().getString("title"));
    }

    @Test
    void cloneCopiesTheTimetableToNewDatesAndThePublicSideShowsOnlyPublishedEvents() throws Exception {
        ApiClient bna = as("banjarnegara.sekretariat");
        long src = em.createQuery("select e.id from Event e where e.unit.code = 'BAWASLU-33.04' order by e.id", Long.class)
                .setMaxResults(1).getSingleResult();
        JsonObject original = bna.get("/api/v1/events/" + src).object();
        JsonObject copy = bna.post("/api/v1/events/" + src + "/clone", "{\"firstDay\":\"2028-05-24\",\"title\":\"Rakor OPD 2028\"}").object();
        assertEquals("DRAFT", copy.getString("status"));
        assertEquals("Rakor OPD 2028", copy.getString("title"));
        assertEquals(original.getJsonArray("sessions").size(), copy.getJsonArray("sessions").size());
        assertEquals("2028-05-24", copy.getJsonArray("days").getJsonObject(0).getString("date"));
        // the represented speaker slot is copied with its representative
        assertTrue(copy.toString().contains("diwakili oleh Kepala Bakesbangpol Kabupaten Banjarnegara"), copy.toString());

        ApiClient anonymous = new ApiClient(base, null);
        var publicList = anonymous.get("/api/v1/public/events");
        assertEquals(200, publicList.status());
        assertTrue(publicList.body().contains(original.getString("title")), "closed events stay public");
        assertFalse(publicList.body().contains("Rakor OPD 2028"), "drafts are not public");
        assertEquals(200, anonymous.get("/api/v1/public/events/" + original.getString("slug")).status());
        assertEquals(404, anonymous.get("/api/v1/public/events/" + copy.getString("slug")).status());
        String slug = original.getString("slug");
        var ics = anonymous.getAny("/api/v1/public/events/" + slug + "/calendar.ics");
        assertEquals(200, ics.status());
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(ics.body().contains("DTSTART:20230524T010000Z"), "08.00 WIB is 01.00 UTC: " + ics.body());
        assertTrue(ics.body().contains("LOCATION:Hotel Central Banjarnegara\\, Convention Hall"));
        ics.body().lines().forEach(l -> assertTrue(l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, l));
    }
}
