package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.ApiClient;
import id.sirakor.it.Deployments;
import id.sirakor.it.TestData;
import java.net.URL;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The secretariat approves the minute taker's minutes in the browser, then issues certificates while the progress bar moves. */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MinutesCertificatesBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void approveMinutesThenIssueCertificatesWithAMovingProgressBar() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient notulis = new ApiClient(base, TestData.jdbcToken("sumbar.notulis"));
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Notula Peramban", "2031-07-15", 120);
        long day = sumbar.get("/api/v1/events/" + eventId).object().getJsonArray("days").getJsonObject(0).getJsonNumber("id").longValue();
        for (int i = 0; i < 100; i++) {
            var r = sumbar.post("/api/v1/events/" + eventId + "/participants", "{\"name\":\"Peserta Peramban " + (i + 1)
                    + "\",\"position\":\"Analis\",\"idKind\":\"NIP\",\"idNumber\":\"" + String.format("198803032013031%03d", i + 1)
                    + "\",\"institutionName\":\"Bawaslu Kota Solok\",\"phone\":\"081266001122\",\"email\":\"p" + i
                    + "@contoh.example.id\",\"consent\":true}");
            assertEquals(201, r.status(), r.body());
            assertEquals(201, sumbar.post("/api/v1/events/" + eventId + "/check-ins", "{\"code\":\"" + r.object().getString("ticketCode")
                    + "\",\"dayId\":" + day + "}").status());
        }
        String path = "/api/v1/events/" + eventId + "/minutes";
        assertEquals(201, notulis.post(path, "{}").status());
        long session = sumbar.get("/api/v1/events/" + eventId).object().getJsonArray("sessions").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(200, notulis.put(path, "{\"chairName\":\"Drs. Yulizar Hakim, M.Si.\",\"summary\":\"Pembahasan.\",\"followUps\":[],"
                + "\"sessions\":[{\"sessionId\":" + session + ",\"summary\":\"Ketua membuka rapat.\",\"points\":[{\"byKind\":\"PARTICIPANT\","
                + "\"byName\":\"BKPSDM Kabupaten Agam\",\"text\":\"Format laporan perlu seragam.\"}]}]}").status());
        assertEquals(200, notulis.post(path + "/submit", "{}").status());
        assertEquals(200, sumbar.put("/api/v1/events/" + eventId + "/certificate-design", "{\"heading\":\"SERTIFIKAT\",\"intro\":\"diberikan kepada\","
                + "\"signerName\":\"Dr. Surya Efitrimen\",\"signerPosition\":\"Ketua\",\"numberPattern\":\"{no}/SERT/{year}\"}").status());

        try (Browser b = new Browser(base.toString())) {
            new Pages.Login(b).open().as("sumbar.sekretariat", "rakor2026demo");
            b.waitFor("#nav-events");
            b.open("/manage/minutes.xhtml?id=" + eventId);
            b.waitForText("#minutes-status", "Ditinjau");
            b.waitForText("#taker-signed", "sudah");
            b.waitForText("#minutes-read", "Ketua membuka rapat.");
            b.waitForText("#minutes-read", "BKPSDM Kabupaten Agam");
            b.type("#review\\:comment", "Sudah sesuai.");
            b.click("#review\\:comment-btn");
            b.waitForText("#chair-comments", "Sudah sesuai.");
            b.click("#review\\:approve");
            b.click(".ui-confirmdialog-yes");
            b.waitForText("#minutes-status", "Disetujui");
            b.waitFor("#verify-code");
            b.screenshot("minutes-approved");

            b.open("/manage/certificates.xhtml?id=" + eventId);
            b.waitForText("#recipients", "100");
            b.click("#run\\:issue");
            b.waitFor("#run\\:bar");
            Set<String> seen = new LinkedHashSet<>();
            long until = System.currentTimeMillis() + 120_000;
            while (System.currentTimeMillis() < until) {
                String t;
                try {
                    t = b.present("#progress-text") ? b.text("#progress-text") : "";
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    continue; // the poll replaced the line between finding and reading it
                }
                seen.add(t);
                if (t.contains("(selesai)")) {
                    break;
                }
                Thread.sleep(200);
            }
            b.waitForText("#progress-text", "100 / 100");
            b.waitForText("#progress-text", "(selesai)");
            b.screenshot("certificates-issued");
            assertTrue(seen.size() >= 2, "the bar moved: " + seen);
        }
        assertEquals(100, sumbar.get("/api/v1/events/" + eventId + "/certificates").array().size());
        assertEquals("APPROVED", sumbar.get(path).object().getString("status"));
    }
}
