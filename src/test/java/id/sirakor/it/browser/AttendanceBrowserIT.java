package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.ApiClient;
import id.sirakor.it.Deployments;
import id.sirakor.it.TestData;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The door: a participant checked in by typed code; the connection drops (Chromium's network
 * emulation), two more are checked in from the device's list and queued ("offline — 2 menunggu
 * sinkron"); the connection returns, the queue syncs, and the secretariat's live board, open in
 * another tab, changes by itself.
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttendanceBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void codeEntryThenOfflineQueueThenSyncAndTheBoardCounts() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Pintu Masuk", "2031-05-20", 10);
        List<String> codes = new ArrayList<>();
        String[][] people = {{"Rahmat Hidayat", "198501012010011001"}, {"Sri Wahyuni", "198602022011012002"},
                {"Taufik Ismail", "198703032012011003"}};
        for (String[] p : people) {
            var r = sumbar.post("/api/v1/events/" + eventId + "/participants", "{\"name\":\"" + p[0] + "\",\"idKind\":\"NIP\",\"idNumber\":\""
                    + p[1] + "\",\"institutionName\":\"Bawaslu Kabupaten Agam\",\"phone\":\"081266001122\",\"email\":\"p"
                    + p[1] + "@contoh.example.id\",\"consent\":true}");
            assertEquals(201, r.status(), r.body());
            codes.add(r.object().getString("ticketCode"));
        }
        try (Browser b = new Browser(base.toString())) {
            b.steps("attendance-door", () -> {
                new Pages.Login(b).open().as("sumbar.sekretariat", "rakor2026demo");
                new WebDriverWait(b.driver(), Duration.ofSeconds(30)).until(d -> !d.getCurrentUrl().contains("login"));
                b.open("/manage/checkin.xhtml?id=" + eventId);
                b.waitFor("#day option");
                b.waitForText("#net-status", "online");

                // camera-less: the code typed as printed on the ticket
                b.type("#code", codes.get(0));
                b.click("#checkin-btn");
                b.waitForText("#feedback.ok", "Rahmat Hidayat");
                b.screenshot("attendance-door-checked-in");

                // a second time: "already present at …"
                b.type("#code", codes.get(0));
                b.click("#checkin-btn");
                b.waitForText("#feedback.warn", "sudah hadir pukul");

                // the live board in another tab
                String door = b.driver().getWindowHandle();
                b.driver().switchTo().newWindow(WindowType.TAB);
                b.open("/manage/attendance.xhtml?id=" + eventId);
                b.waitForText("#day-count-0", "1 / 3");
                String board = b.driver().getWindowHandle();
                b.driver().switchTo().window(door);

                // the connection drops: two more from the device's list, queued
                ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
                offline.setOffline(true);
                offline.setLatency(Duration.ZERO);
                ((HasNetworkConditions) b.driver()).setNetworkConditions(offline);
                b.type("#code", codes.get(1));
                b.click("#checkin-btn");
                b.waitForText("#feedback.ok", "Sri W.");
                b.type("#code", codes.get(2));
                b.click("#checkin-btn");
                b.waitForText("#feedback.ok", "Taufik I.");
                b.waitForText("#net-status", "offline \u2014 2 menunggu sinkron");
                // a ticket that is not on the list is refused on the device as well
                b.type("#code", "ZZZZZ-ZZZZZ");
                b.click("#checkin-btn");
                b.waitForText("#feedback.bad", "ZZZZZZZZZZ");
                b.screenshot("attendance-door-offline");

                // back online: the queue syncs by itself
                ((HasNetworkConditions) b.driver()).deleteNetworkConditions();
                b.waitForText("#net-status", "online");
                assertEquals(0L, ((Number) b.js("return window.sirakorDoor.state.queue.length")).longValue());

                // the board, untouched, shows the new counts
                b.driver().switchTo().window(board);
                new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d ->
                        d.findElement(By.id("day-count-0")).getText().contains("3 / 3"));
                b.screenshot("attendance-board");
            });
        }
        try (var c = TestData.db(); var s = c.prepareStatement("SELECT COUNT(*), SUM(method = 'OFFLINE') FROM attendance WHERE event_id = ?")) {
            s.setLong(1, eventId);
            try (var rs = s.executeQuery()) {
                rs.next();
                assertEquals(3, rs.getInt(1), "three present, once each");
                assertEquals(2, rs.getInt(2), "two came from the offline queue");
            }
        }
        assertTrue(true);
    }
}
