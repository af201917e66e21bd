package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.Deployments;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A secretary of Bawaslu Provinsi Sumatera Barat plans a two-day rakor at Grand Rocky Hotel
 * Bukittinggi with four sessions and three speakers, one of them represented, publishes it, and
 * finds it on the public page with Indonesian dates in WIB.
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventPlanningBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void secretariatPlansATwoDayRakorAndThePublicSeesIt() {
        try (Browser b = new Browser(base.toString())) {
            b.steps("plan-event", () -> plan(b));
        }
    }

    private void plan(Browser b) {
        {
            new Pages.Login(b).open().as("sumbar.sekretariat", "rakor2026demo");
            new Pages.Dashboard(b);

            Pages.Speakers speakers = new Pages.Speakers(b).open();
            speakers.add(null, "Dr.", "Yusrizal Hakim", "M.Si.", "Kepala BKPSDM Kota Bukittinggi", "Pemerintah Kota Bukittinggi");
            speakers.add(null, null, "Hendri Saputra", "S.STP., M.Si.", "Pj Wali Kota Bukittinggi", "Pemerintah Kota Bukittinggi");
            speakers.add(null, null, "Zulkifli Anwar", "S.Sos.", "Kepala Kesbangpol Kota Bukittinggi", "Pemerintah Kota Bukittinggi");
            assertTrue(b.text("#speakers\\:table").contains("Dr. Yusrizal Hakim, M.Si."), "titles printed around the name");
            b.screenshot("20-speakers");

            Pages.EventEditor editor = new Pages.EventEditor(b).create(
                    "Rakor Pengawasan Netralitas ASN Kota Bukittinggi 2027", "Sinergi menjaga netralitas ASN");
            b.screenshot("21-event-created");
            editor.addDay("10-03-2027", "Grand Rocky Hotel Bukittinggi \u2014 Ballroom Minangkabau (600)");
            b.waitForText("#tabs\\:days\\:dayTable", "Rabu, 10 Maret 2027");
            editor.addDay("11-03-2027", "Grand Rocky Hotel Bukittinggi \u2014 Ballroom Minangkabau (600)");
            b.waitForText("#tabs\\:days\\:dayTable", "Kamis, 11 Maret 2027");
            assertTrue(b.text("#tabs\\:days\\:dayTable").contains("08.00\u201316.00 WIB"));
            b.screenshot("22-event-days");

            editor.addSession("Rabu, 10 Maret 2027", "08.30", "09.00", "Pembukaan", "Sambutan/Pembukaan",
                    new String[][] {{"Hendri Saputra, S.STP., M.Si.", "Zulkifli Anwar, S.Sos."}});
            editor.addSession("Rabu, 10 Maret 2027", "09.00", "11.00", "Pembinaan netralitas ASN di Kota Bukittinggi", "Paparan",
                    new String[][] {{"Dr. Yusrizal Hakim, M.Si."}});
            editor.addSession("Rabu, 10 Maret 2027", "11.00", "12.00", "Pengawasan netralitas ASN oleh KASN", "Paparan",
                    new String[][] {{"Drs. P. Situmorang, M.M."}});
            editor.addSession("Kamis, 11 Maret 2027", "09.00", "11.00", "Sumbang saran peserta", "Sumbang Saran", new String[0][]);
            b.waitForText("#tabs\\:timetable\\:sessions", "Sumbang saran peserta");
            String timetable = b.text("#tabs\\:timetable\\:sessions");
            assertTrue(timetable.contains("Pj Wali Kota Bukittinggi Hendri Saputra, S.STP., M.Si. diwakili oleh "
                    + "Kepala Kesbangpol Kota Bukittinggi Zulkifli Anwar, S.Sos."), timetable);
            b.screenshot("23-event-timetable");

            editor.publish();
            b.screenshot("24-event-published");
            String href = b.el("#public-link").getAttribute("href");
            b.open(href.substring(href.indexOf("/event.xhtml")));
            b.waitFor("#pe-title");
            assertEquals("Rakor Pengawasan Netralitas ASN Kota Bukittinggi 2027", b.text("#pe-title"));
            assertEquals("Rabu, 10 Maret 2027 \u2013 Kamis, 11 Maret 2027", b.text("#pe-dates"));
            assertEquals("Rabu, 10 Maret 2027, 08.00 WIB", b.text("#pe-start"));
            assertEquals("Grand Rocky Hotel Bukittinggi, Ballroom Minangkabau", b.text("#pe-venue"));
            String tt = b.text("#pe-timetable");
            assertTrue(tt.contains("08.30\u201309.00 WIB\nPembukaan\nSAMBUTAN/PEMBUKAAN"), tt);
            assertTrue(tt.contains("diwakili oleh Kepala Kesbangpol Kota Bukittinggi Zulkifli Anwar, S.Sos."), tt);
            assertTrue(tt.contains("Hari 2 \u00b7 Kamis, 11 Maret 2027"), tt);
            assertTrue(b.text("#pe-speakers").contains("Dr. Yusrizal Hakim, M.Si."));
            assertTrue(b.el("#pe-ics").getAttribute("href").endsWith("/calendar.ics"));
            b.screenshot("25-public-event");
            b.size(390, 844);
            b.driver().navigate().refresh();
            b.waitFor("#pe-title");
            b.screenshot("26-public-event-phone");
        }
    }

    @Test
    void aSpeakerSeesTheirSessionsAndUploadsAMaterialThatTheCheckAccepts() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("materi");
        java.nio.file.Path fake = dir.resolve("paparan.pdf");
        java.nio.file.Files.writeString(fake, "<html>bukan PDF</html>");
        java.nio.file.Path pdf = dir.resolve("Paparan Pemprov Sumbar.pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        try (Browser b = new Browser(base.toString())) {
            new Pages.Login(b).open().as("narasumber.demo", "rakor2026demo");
            new Pages.Dashboard(b);
            b.open("/manage/my-sessions.xhtml");
            b.waitFor(".my-session");
            assertTrue(b.text("#content").contains("Peran pemerintah provinsi dalam pembinaan ASN"), b.text("#content"));
            Pages.choose(b, "upload:session", "Peran pemerintah provinsi dalam pembinaan ASN (Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN)");

            b.driver().findElement(org.openqa.selenium.By.cssSelector("#upload input[type=file]")).sendKeys(fake.toString());
            b.click("#upload\\:send");
            b.waitFor("#messages .ui-messages-error");
            assertTrue(b.text("#messages").contains("PDF atau PowerPoint"), b.text("#messages"));

            Pages.choose(b, "upload:session", "Peran pemerintah provinsi dalam pembinaan ASN (Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN)");
            b.driver().findElement(org.openqa.selenium.By.cssSelector("#upload input[type=file]")).sendKeys(pdf.toString());
            b.click("#upload\\:send");
            b.waitForText("#messages", "diunggah");
            assertTrue(b.text("#content").contains("Paparan Pemprov Sumbar.pdf"));
            b.screenshot("27-my-sessions");

            b.open("/");
            b.waitFor("#public-events");
            b.driver().findElement(org.openqa.selenium.By.partialLinkText("Evaluasi Pengawasan Netralitas ASN")).click();
            b.waitFor("#pe-materials");
            String href = b.driver().findElement(org.openqa.selenium.By.cssSelector("#pe-materials a")).getAttribute("href");
            var http = java.net.http.HttpClient.newHttpClient();
            var r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElse(""));
            assertTrue(new String(r.body(), java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-1.4"));
            b.screenshot("28-public-materials");
        }
    }
}
