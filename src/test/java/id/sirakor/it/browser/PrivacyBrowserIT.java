package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.ApiClient;
import id.sirakor.it.Deployments;
import id.sirakor.it.TestData;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * On a phone (390 px) a participant downloads their data as a PDF from the personal page and asks
 * for its deletion: without the confirmation the form says what is missing and keeps the reason;
 * with it the page shows the request as being processed (issue 17, ADR 0096).
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PrivacyBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aParticipantDownloadsTheirDataAndAsksForDeletionOnAPhone() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Data Saya di Ponsel", "2034-03-09", 10);
        String slug = sumbar.get("/api/v1/events/" + eventId).object().getString("slug");
        var reg = new ApiClient(base, null).postWithKey("/api/v1/public/events/" + slug + "/registrations",
                "{\"name\":\"Fitri Handayani\",\"idKind\":\"NIK\",\"idNumber\":\"1375015003960007\",\"institutionName\":\"Kelurahan Uji Ponsel\","
                        + "\"phone\":\"081266550077\",\"email\":\"fitri.ponsel@contoh.id\",\"consent\":true}", "it-privacy-browser-" + eventId);
        assertEquals(201, reg.status(), reg.body());
        String token = reg.object().getString("token");
        Path downloads = Files.createTempDirectory("privacy-downloads");
        try (Browser b = new Browser(base.toString(), downloads)) {
            b.steps("privacy-phone", () -> {
                b.size(390, 844);
                b.open("/p/registration.xhtml?t=" + token);
                b.waitFor("#mydata");
                assertTrue(b.text("#mydata").contains("Data pribadi Anda"), b.text("#mydata"));
                b.screenshot("90-privacy-personal-page-phone");
                b.click("#mydata\\:downloadPdf");
                long until = System.currentTimeMillis() + 30_000;
                while (!Files.exists(downloads.resolve("data-saya.pdf")) && System.currentTimeMillis() < until) {
                    sleep();
                }
                assertTrue(Files.exists(downloads.resolve("data-saya.pdf")), "the PDF was downloaded");

                b.type("#deletion\\:reason", "Saya sudah pensiun");
                b.click("#deletion\\:requestDeletion");
                b.waitForText("#deletion", "Centang pernyataan");
                assertEquals("Saya sudah pensiun", b.el("#deletion\\:reason").getAttribute("value"), "the reason stays");
                b.click("#deletion\\:confirmed .ui-chkbox-box");
                b.click("#deletion\\:requestDeletion");
                b.waitFor("#deletion-pending");
                b.screenshot("91-privacy-deletion-requested-phone");
                Object overflow = b.js("return document.documentElement.scrollWidth > window.innerWidth;");
                assertEquals(Boolean.FALSE, overflow, "nothing wider than the phone");
            });
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
