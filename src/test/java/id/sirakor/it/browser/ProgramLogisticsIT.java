package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.ApiClient;
import id.sirakor.it.Deployments;
import id.sirakor.it.TestData;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
 * Issue 15 end to end on the demo data: a program generates a 16-event series for the kecamatan
 * of Kabupaten Agam from the region tree, each event inviting its kecamatan's village offices;
 * the coverage and report follow; a room block is assigned, read back as the hotel's Excel, and
 * a change after sending shows as a difference; the coverage view is checked in a browser.
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProgramLogisticsIT {

    private static final String DEMO = "rakor2026demo";
    private static final String RAKOR = "Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSeriesForEveryKecamatanOfARegencyInvitesEachDistrictsVillages() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient notulis = new ApiClient(base, TestData.jdbcToken("sumbar.notulis"));
        var created = sumbar.post("/api/v1/programs", "{\"name\":\"Bimtek Pengawas Kecamatan se-Kabupaten Agam\",\"areaCode\":\"13.06\"}");
        assertEquals(201, created.status(), created.body());
        long program = created.object().getJsonNumber("id").longValue();
        long template = TestData.publishedEvent(sumbar, "Bimtek Pengawas Kecamatan", "2031-02-03", 60);

        // validation and roles first: nothing is created by a refused request
        var outside = sumbar.post("/api/v1/programs/" + program + "/series", "{\"templateEventId\":" + template
                + ",\"regions\":[\"13.75.01\"],\"firstDate\":\"2031-03-02\",\"everyDays\":1}");
        assertEquals(400, outside.status(), outside.body());
        assertEquals("regions", outside.object().getString("field"), outside.body());
        assertEquals(403, notulis.post("/api/v1/programs/" + program + "/series", "{}").status());
        assertEquals(400, sumbar.post("/api/v1/programs", "{\"name\":\"x\",\"areaCode\":\"13.06.01\"}").status(), "a kecamatan has no districts");

        JsonArray kecamatan = sumbar.get("/api/v1/regions/13.06/children").array();
        assertEquals(16, kecamatan.size(), "Kabupaten Agam has 16 kecamatan");
        StringBuilder codes = new StringBuilder();
        for (JsonValue k : kecamatan) {
            codes.append(codes.length() == 0 ? "" : ",").append('"').append(k.asJsonObject().getString("code")).append('"');
        }
        String req = "{\"templateEventId\":" + template + ",\"regions\":[" + codes + "],\"firstDate\":\"2031-03-02\",\"everyDays\":1,"
                + "\"inviteVillages\":true,\"quota\":2}";
        JsonArray preview = sumbar.post("/api/v1/programs/" + program + "/series/preview", req).array();
        assertEquals(16, preview.size());
        assertEquals("2031-03-17", preview.getJsonObject(15).getString("date"), "one a day from the first date");

        var series = sumbar.post("/api/v1/programs/" + program + "/series", req);
        assertEquals(200, series.status(), series.body());
        JsonArray events = series.array();
        assertEquals(16, events.size());
        Set<String> regions = new HashSet<>();
        for (JsonValue v : events) {
            JsonObject e = v.asJsonObject();
            String region = e.getString("regionCode");
            regions.add(region);
            JsonArray villages = sumbar.get("/api/v1/regions/" + region + "/children").array();
            JsonArray invitations = sumbar.get("/api/v1/events/" + e.getJsonNumber("id") + "/invitations").array();
            Set<Long> invited = new HashSet<>();
            invitations.forEach(i -> invited.add(i.asJsonObject().getJsonNumber("institutionId").longValue()));
            assertTrue(invitations.size() >= villages.size() && villages.size() > 0,
                    region + ": " + invitations.size() + " invitations for " + villages.size() + " villages");
            for (JsonValue vil : villages) {
                String name = vil.asJsonObject().getString("name");
                assertTrue(invitations.stream().anyMatch(i -> i.asJsonObject().getString("institution").equals("Kantor Kepala Desa " + name)),
                        region + ": the office of " + name + " is invited");
            }
            JsonObject full = sumbar.get("/api/v1/events/" + e.getJsonNumber("id")).object();
            assertEquals(1, full.getJsonArray("days").size(), "the template's day, moved");
            assertEquals(1, full.getJsonArray("sessions").size(), "the template's timetable");
            assertTrue(full.getString("title").startsWith("Bimtek Pengawas Kecamatan — Kecamatan "), full.getString("title"));
        }
        assertEquals(16, regions.size(), "one event per kecamatan");

        JsonArray coverage = sumbar.get("/api/v1/programs/" + program + "/coverage").array();
        assertEquals(16, coverage.size());
        coverage.forEach(c -> assertEquals("PLANNED", c.asJsonObject().getString("status")));
        JsonObject report = sumbar.get("/api/v1/programs/" + program + "/report").object();
        assertEquals(16, report.getInt("events"));
        assertTrue(report.getBoolean("outcomesAvailable"), "attendance reports its figures to the program");
        // nobody was checked in at these new events: no rate (shown as —), not 0 %
        assertTrue(!report.containsKey("attendanceRate") || report.isNull("attendanceRate"), report.toString());

        ApiClient.Bytes xlsx = sumbar.bytes("/api/v1/programs/" + program + "/coverage.xlsx");
        assertEquals(200, xlsx.status());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet s = wb.getSheet("Cakupan");
            assertEquals("13.06.01", s.getRow(4).getCell(1).getStringCellValue());
            assertEquals("Direncanakan", s.getRow(4).getCell(3).getStringCellValue());
            assertEquals(16, s.getLastRowNum() - 4, "16 regions and a total row");
        }
    }

    @Test
    void roomsAreAssignedReadBackAsTheHotelsExcelAndAChangeAfterSendingShows() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long event = -1;
        for (JsonValue v : sumbar.get("/api/v1/events?max=200").array()) {
            if (v.asJsonObject().getString("title").equals(RAKOR)) {
                event = v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        JsonArray blocks = sumbar.get("/api/v1/events/" + event + "/room-blocks").array();
        assertEquals(1, blocks.size(), "the demo's block at Grand Rocky");
        long block = blocks.getJsonObject(0).getJsonNumber("id").longValue();

        JsonArray guests = sumbar.get("/api/v1/events/" + event + "/lodging").array();
        long needing = guests.stream().filter(g -> g.asJsonObject().getBoolean("needsRoom")).count();
        assertTrue(needing >= 2, "out-of-town BKPSDM delegates need rooms: " + guests);
        assertTrue(guests.stream().noneMatch(g -> g.asJsonObject().getString("institution").contains("Kota Bukittinggi")
                && g.asJsonObject().getBoolean("needsRoom")), "people of the venue's city need no room");

        // meals and hall per day, from the same registrations and stays
        JsonArray needs = sumbar.get("/api/v1/events/" + event + "/meals-and-hall").array();
        assertFalse(needs.isEmpty(), "one line per day");
        for (JsonValue v : needs) {
            JsonObject n = v.asJsonObject();
            java.time.LocalDate day = java.time.LocalDate.parse(n.getString("date"));
            long people = n.getJsonNumber("participants").longValue();
            assertEquals(guests.size(), people, "every confirmed participant eats");
            assertEquals(2 * people, n.getJsonNumber("snacks").longValue(), "two coffee breaks each");
            assertEquals(people, n.getJsonNumber("lunches").longValue());
            long sleeping = guests.stream().map(JsonValue::asJsonObject).filter(g -> g.getBoolean("needsRoom")
                    && !java.time.LocalDate.parse(g.getString("arrivalOn")).isAfter(day)
                    && java.time.LocalDate.parse(g.getString("departureOn")).isAfter(day)).count();
            assertEquals(sleeping, n.getJsonNumber("dinners").longValue(), "dinner for those at the hotel that night, " + day);
            int largest = n.getInt("largest");
            assertEquals(largest > 0 && people > largest, n.getBoolean("overCapacity"), n.toString());
        }
        assertEquals(403, new ApiClient(base, TestData.jdbcToken("sumbar.notulis")).get("/api/v1/events/" + event + "/meals-and-hall").status(), "a minute taker does not plan the catering");

        JsonObject view = sumbar.post("/api/v1/events/" + event + "/room-blocks/" + block + "/assign", "").object();
        int placed = view.getJsonArray("rooms").stream().mapToInt(r -> r.asJsonObject().getJsonArray("guests").size()).sum();
        assertEquals(needing, placed + view.getJsonArray("waiting").size());
        assertTrue(view.getJsonArray("conflicts").stream().noneMatch(c -> c.asJsonObject().getString("problem").equals("MIXED_GENDER")));

        // by hand: put two guests into one single room → flagged, not refused
        JsonObject r0 = view.getJsonArray("rooms").getJsonObject(0);
        long someone = r0.getJsonArray("guests").getJsonNumber(0).longValue();
        JsonObject moved = sumbar.put("/api/v1/events/" + event + "/room-blocks/" + block + "/rooms",
                "{\"registrationId\":" + someone + ",\"room\":\"S-99\"}").object();
        assertTrue(moved.getJsonArray("rooms").stream().anyMatch(r -> r.asJsonObject().getString("no").equals("S-99")));
        assertEquals(400, sumbar.put("/api/v1/events/" + event + "/room-blocks/" + block + "/rooms",
                "{\"registrationId\":" + someone + ",\"room\":\"<script>\"}").status());

        sumbar.post("/api/v1/events/" + event + "/room-blocks/" + block + "/sent", "");
        // a change after sending: someone no longer needs a room
        var changed = sumbar.put("/api/v1/events/" + event + "/participants/" + someone + "/lodging", "{\"needsRoom\":false}");
        assertEquals(200, changed.status(), changed.body());
        JsonObject after = sumbar.get("/api/v1/events/" + event + "/room-blocks/" + block).object();
        assertEquals(1, after.getJsonArray("changes").size(), after.toString());
        assertEquals("REMOVED", after.getJsonArray("changes").getJsonObject(0).getString("change"));

        ApiClient.Bytes xlsx = sumbar.bytes("/api/v1/events/" + event + "/room-blocks/" + block + "/rooming.xlsx");
        assertEquals(200, xlsx.status());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet s = wb.getSheet("Rooming List");
            assertEquals("Grand Rocky Hotel Bukittinggi", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals(List.of("No", "Nama", "Instansi", "No. Kamar", "Tipe Kamar", "Check-in", "Check-out", "Berbagi dengan"),
                    List.of(0, 1, 2, 3, 4, 5, 6, 7).stream().map(i -> s.getRow(3).getCell(i).getStringCellValue()).toList());
            assertEquals(placed - 1, s.getLastRowNum() - 3, "everyone placed but the one who left");
            assertEquals("Batal", wb.getSheet("Perubahan").getRow(1).getCell(0).getStringCellValue());
        }
        assertEquals(400, sumbar.put("/api/v1/events/" + event + "/participants/" + someone + "/lodging", "{\"needsRoom\":true,"
                + "\"gender\":\"X\"}").status());
    }

    /** Drag and drop on the room plan: a guest dragged onto another room is moved there (HTML5 drag events, as a mouse makes them). */
    @Test
    void aGuestDraggedOntoAnotherRoomIsMovedThere() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long event = -1;
        for (JsonValue v : sumbar.get("/api/v1/events?max=200").array()) {
            if (v.asJsonObject().getString("title").equals(RAKOR)) {
                event = v.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        long eventId = event;
        // a plan with at least two rooms: assigned automatically, and a room opened by hand if needed
        long block = sumbar.get("/api/v1/events/" + eventId + "/room-blocks").array().getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject plan = sumbar.post("/api/v1/events/" + eventId + "/room-blocks/" + block + "/assign", "{}").object();
        JsonArray rooms = plan.getJsonArray("rooms");
        assertFalse(rooms.isEmpty(), plan.toString());
        if (rooms.size() < 2) {
            long someone = rooms.getJsonObject(0).getJsonArray("guests").getJsonNumber(0).longValue();
            assertEquals(200, sumbar.put("/api/v1/events/" + eventId + "/room-blocks/" + block + "/rooms",
                    "{\"registrationId\":" + someone + ",\"room\":\"DND1\",\"type\":\"SINGLE\"}").status());
        }
        String[] moved = new String[2]; // guest id, room
        try (Browser b = new Browser(base.toString())) {
            b.steps("rooms-drag-and-drop", () -> {
                new Pages.Login(b).open().as("sumbar.sekretariat", DEMO);
                b.open("/manage/rooms.xhtml?id=" + eventId);
                b.waitFor("#rooms .room-drop");
                // a guest in a room, and a room they are not in
                String guest = (String) b.js("return document.querySelector('#rooms .room-guest[data-guest]').getAttribute('data-guest')");
                String target = (String) b.js("var g = document.querySelector('#rooms [data-guest=\"' + arguments[0] + '\"]');"
                        + " var rooms = Array.from(document.querySelectorAll('#rooms .room-drop')).filter(r => !r.contains(g));"
                        + " return rooms[0].getAttribute('data-room');", guest);
                b.js("var g = document.querySelector('#rooms [data-guest=\"' + arguments[0] + '\"]');"
                        + " var r = document.querySelector('#rooms .room-drop[data-room=\"' + arguments[1] + '\"]');"
                        + " var dt = new DataTransfer();"
                        + " g.dispatchEvent(new DragEvent('dragstart', {bubbles: true, dataTransfer: dt}));"
                        + " r.dispatchEvent(new DragEvent('dragover', {bubbles: true, cancelable: true, dataTransfer: dt}));"
                        + " r.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: dt}));", guest, target);
                new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                        b.js("var r = document.querySelector('#rooms .room-drop[data-room=\"' + arguments[0] + '\"]');"
                                + " return !!r && !!r.querySelector('[data-guest=\"' + arguments[1] + '\"]');", target, guest)));
                b.screenshot("152-rooms-after-drag");
                moved[0] = guest;
                moved[1] = target;
            });
        }
        String room = null;
        for (JsonValue g : sumbar.get("/api/v1/events/" + eventId + "/lodging").array()) {
            JsonObject o = g.asJsonObject();
            if (String.valueOf(o.getJsonNumber("id").longValue()).equals(moved[0])) {
                room = o.isNull("room") ? null : o.getString("room");
            }
        }
        assertEquals(moved[1], room, "the move is stored, not only drawn");
    }

    @Test
    void theCoverageViewShowsHeldPlannedAndMissingKecamatan() {
        try (Browser b = new Browser(base.toString())) {
            b.steps("program-coverage", () -> {
                new Pages.Login(b).open().as("sumbar.sekretariat", DEMO);
                b.click("#nav-programs");
                b.waitFor(".program-link");
                b.js("Array.from(document.querySelectorAll('.program-link')).find(a => a.textContent.includes('se-Kabupaten Agam 2026')).click()");
                b.waitFor("#coverage-map svg");
                assertEquals(16L, ((Number) b.js("return document.querySelectorAll('#coverage-map g.tile').length")).longValue());
                assertEquals(3L, ((Number) b.js("return document.querySelectorAll('#coverage-map g.status-HELD').length")).longValue());
                assertEquals(2L, ((Number) b.js("return document.querySelectorAll('#coverage-map g.status-PLANNED').length")).longValue());
                String summary = b.text("#coverage-summary");
                assertTrue(summary.contains("3 terlaksana") && summary.contains("2 direncanakan") && summary.contains("11 belum ada"), summary);
                assertTrue(b.text("[id$='coverage']").contains("Tanjung Mutiara"));
                b.screenshot("150-program-coverage");
                b.size(390, 844);
                b.screenshot("151-program-coverage-phone");
            });
        }
    }
}
