package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.ApiClient;
import id.sirakor.it.Deployments;
import id.sirakor.it.TestData;
import id.sirakor.stats.control.XlsxStream;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * "Rekap &amp; statistik" as the secretariat sees it (issue 17): the demo's past rakor opened from its
 * event page, every block's chart drawn (a canvas with a size) beside its table, the figures the
 * same as the laporan kegiatan's; the participant list downloaded and read back; then the unit's
 * page for the event's year, on a phone-sized window, with the event in its list.
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StatsBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void eventAndUnitPagesWithChartsTablesAndADownload() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        JsonObject event = sumbar.get("/api/v1/events?q=Kepala%20Desa&max=10").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("title").startsWith("Rapat Koordinasi Netralitas Kepala Desa")).findFirst().orElseThrow();
        long eventId = event.getJsonNumber("id").longValue();
        JsonObject stats = sumbar.get("/api/v1/events/" + eventId + "/stats").object();
        JsonObject report = sumbar.get("/api/v1/events/" + eventId + "/report").object().getJsonObject("summary");
        // the same definitions as the laporan kegiatan: registered = confirmed, present = with an attendance record
        assertEquals(report.getJsonNumber("registered").longValue(), stats.getJsonNumber("registered").longValue());
        assertEquals(report.getJsonNumber("present").longValue(), stats.getJsonNumber("present").longValue());
        assertTrue(stats.getJsonNumber("registered").longValue() > 0, "the demo rakor has participants");
        String firstDay = sumbar.get("/api/v1/events/" + eventId).object().getJsonArray("days").getJsonObject(0).getString("date");

        Path downloads = Files.createTempDirectory("stats-downloads");
        try (Browser b = new Browser(base.toString(), downloads)) {
            b.steps("stats", () -> {
                b.open("/login.xhtml");
                b.waitFor("#username");
                b.type("#username", "sumbar.sekretariat");
                b.type("#password", "rakor2026demo");
                b.click("#submit");
                b.waitFor("#dashboard-title");
                b.size(1280, 900);
                b.open("/manage/event.xhtml?id=" + eventId);
                b.click("#stats-link");
                b.waitFor("#stats-title");
                for (String block : List.of("type", "region", "days", "certificates", "followups")) {
                    chartDrawn(b, "#chart-" + block);
                }
                assertEquals(String.valueOf(stats.getJsonNumber("registered").longValue()), b.text("#fig-registered"));
                assertEquals(String.valueOf(stats.getJsonNumber("present").longValue()), b.text("#fig-present"));
                JsonObject day1 = stats.getJsonArray("days").getJsonObject(0);
                String dayRow = b.text("#table-days tbody tr:first-child");
                assertTrue(dayRow.contains(String.valueOf(day1.getJsonNumber("part").longValue()))
                        && dayRow.contains(String.valueOf(day1.getJsonNumber("whole").longValue())), dayRow);
                b.screenshot("170-stats-event");
                b.click("#participants-xlsx");
                Path xlsx = waitForDownload(downloads, ".xlsx");
                try {
                    XlsxStream.SheetRows rows = XlsxStream.read(xlsx.toFile(), Set.of(3)).get(0);
                    assertTrue(rows.rows() >= 2 + stats.getJsonNumber("registered").longValue(), "a row per registration: " + rows.rows());
                    assertEquals("NIK (disamarkan)", rows.kept().get(3).get(2));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }

                b.size(390, 844);
                b.open("/manage/stats-unit.xhtml?year=" + firstDay.substring(0, 4));
                b.waitFor("#stats-unit-title");
                chartDrawn(b, "#chart-months");
                assertTrue(Long.parseLong(b.text("#fig-events")) >= 1);
                assertTrue(b.text("#table-events").contains("Kepala Desa"), "the rakor in its unit's year");
                b.screenshot("171-stats-unit-phone");
            });
        }
    }

    /** The chart's canvas is there and Chart.js gave it a size. */
    static void chartDrawn(Browser b, String css) {
        b.waitFor(css + " canvas");
        Number w = (Number) b.js("var c = document.querySelector(arguments[0] + ' canvas'); return c ? c.width : 0;", css);
        Number h = (Number) b.js("var c = document.querySelector(arguments[0] + ' canvas'); return c ? c.height : 0;", css);
        assertTrue(w.intValue() > 50 && h.intValue() > 50, css + " drawn " + w + "x" + h);
        assertTrue(b.driver().findElements(By.cssSelector(css)).size() == 1);
    }

    private static Path waitForDownload(Path dir, String suffix) {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            try (var files = Files.list(dir)) {
                var found = files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(suffix)).findFirst();
                if (found.isPresent() && Files.size(found.get()) > 0) {
                    Thread.sleep(500); // let the browser finish writing
                    return found.get();
                }
                Thread.sleep(300);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no " + suffix + " downloaded into " + dir);
    }
}
