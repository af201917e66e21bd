package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.ApiClient;
import id.sirakor.it.Deployments;
import id.sirakor.it.OnsiteIT;
import id.sirakor.it.TestData;
import java.net.URL;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The secretariat prints the badges and the seating plan from the on-site page; the downloaded PDFs
 * are read back (the badges' QR codes decode to tickets, the plan names the representative).
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnsiteBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    /** Waits for a finished download (Chromium writes .crdownload first) and returns it. */
    private static byte[] downloaded(java.nio.file.Path dir, String prefix) throws Exception {
        long until = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < until) {
            try (var files = java.nio.file.Files.list(dir)) {
                var f = files.filter(x -> x.getFileName().toString().startsWith(prefix) && x.getFileName().toString().endsWith(".pdf"))
                        .findFirst();
                if (f.isPresent()) {
                    Thread.sleep(300);
                    return java.nio.file.Files.readAllBytes(f.get());
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no download " + prefix + " in " + dir);
    }

    @Test
    void aSecretariatPrintsTheBadgesAndTheSeatingPlanInTheBrowser() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long rakor = sumbar.get("/api/v1/events?q=Evaluasi%20Pengawasan%20Netralitas").array().getJsonObject(0).getJsonNumber("id").longValue();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("onsite-downloads");
        try (Browser b = new Browser(base.toString(), dir)) {
            b.open("/login.xhtml");
            b.waitFor("#username");
            b.type("#username", "sumbar.sekretariat");
            b.type("#password", "rakor2026demo");
            b.click("#submit");
            b.waitFor("#nav-events");
            b.open("/manage/onsite.xhtml?id=" + rakor);
            b.waitFor("#tabs");
            b.screenshot("60-onsite-rundown");
            b.click("a[href='#tabs:badgeTab']");
            b.waitFor("#tabs\\:badgeForm\\:printBadges");
            b.screenshot("61-onsite-badges");
            b.click("#tabs\\:badgeForm\\:printBadges");
            byte[] badges = downloaded(dir, "kartu-peserta");
            Set<String> codes = OnsiteIT.qrCodes(badges);
            assertFalse(codes.isEmpty(), "the printed badges carry QR codes");
            assertTrue(codes.stream().allMatch(c -> c.startsWith("SIRAKOR-TIKET:")), codes.toString());
            b.click("a[href='#tabs:seatingTab']");
            b.waitFor("#seating-svg svg");
            assertTrue(b.text("#seating-svg").contains("Drs. Yulizar Hamdani"), b.text("#seating-svg"));
            assertTrue(b.text("#tabs\\:guestForm\\:guests").contains("mewakili Gubernur Sumatera Barat"), b.text("#tabs\\:guestForm\\:guests"));
            b.screenshot("62-onsite-seating");
            b.click("#tabs\\:layoutForm\\:seatingPdf");
            String plan = id.sirakor.it.InvitationIT.text(downloaded(dir, "tata-tempat")).replaceAll("\\s+", " ");
            assertTrue(plan.contains("Yulizar") && plan.contains("PANGGUNG"), plan);
            b.open("/manage/onsite.xhtml?id=" + rakor);
            b.waitFor("#tabs");
            assertTrue(sumbar.get("/api/v1/events/" + rakor + "/badges/prints").array().size() >= 1, "the print is logged");
        }
    }

    /**
     * The badge designer: a text file offered as the logo is refused with a message at the field, a
     * PNG is taken and the preview frame shows the badge; the precedence list: a rank moved down with
     * its arrow and saved becomes the unit's own list, and "return to defaults" restores it.
     */
    @Test
    void theSecretariatDesignsTheBadgeAndReordersThePrecedenceList() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Desain Kartu Peramban", "2031-09-16", 20);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("badge-design");
        java.nio.file.Path text = dir.resolve("bukan-logo.png");
        java.nio.file.Files.writeString(text, "ini bukan gambar");
        java.nio.file.Path logo = dir.resolve("logo.png");
        java.nio.file.Files.write(logo, OnsiteIT.png(240, 240));
        try (Browser b = new Browser(base.toString())) {
            new Pages.Login(b).open().as("sumbar.sekretariat", "rakor2026demo");
            b.waitFor("#nav-events");
            b.steps("badge-design", () -> {
                b.open("/manage/onsite.xhtml?id=" + eventId);
                b.click("a[href='#tabs:badgeTab']");
                b.click("#tabs\\:badgeForm\\:designBadges");
                b.waitFor("#design\\:sheet");
                b.waitFor("#preview");
                assertTrue(b.text("#logo-state").contains("monogram"), b.text("#logo-state"));
                b.driver().findElement(org.openqa.selenium.By.cssSelector("#logo input[type=file]")).sendKeys(text.toString());
                b.click("#logo\\:uploadLogo");
                b.waitForText("#logo", "bukan gambar PNG atau JPEG");
                b.driver().findElement(org.openqa.selenium.By.cssSelector("#logo input[type=file]")).sendKeys(logo.toString());
                b.click("#logo\\:uploadLogo");
                b.waitForText("#logo-state", "terpasang");
                b.screenshot("63-badge-design");
            });
            assertTrue(sumbar.get("/api/v1/events/" + eventId + "/badge-design").object().getBoolean("hasLogo"));

            long unit = sumbar.get("/api/v1/events/" + eventId).object().getJsonNumber("unitId").longValue();
            b.steps("precedence", () -> {
                b.open("/manage/onsite.xhtml?id=" + eventId);
                b.click("a[href='#tabs:seatingTab']");
                b.click("#tabs\\:layoutForm\\:precedenceList");
                b.waitForText("#list-state", "bawaan");
                String first = (String) b.js("return document.getElementById('list:ranks:0:label').value");
                String second = (String) b.js("return document.getElementById('list:ranks:1:label').value");
                b.click("#list\\:ranks\\:0\\:down");
                b.waitForText("#list-state", "belum disimpan");
                b.click("#list\\:save");
                b.waitForText("#list-state", "unit sendiri");
                b.screenshot("64-precedence");
                assertEquals(second, b.js("return document.getElementById('list:ranks:0:label').value"));
                assertEquals(first, b.js("return document.getElementById('list:ranks:1:label').value"));
            });
            var own = sumbar.get("/api/v1/precedence/" + unit).array();
            assertEquals("GUBERNUR", own.getJsonObject(0).getString("code"), own.toString());
            b.steps("precedence-reset", () -> {
                b.click("#list\\:reset");
                b.click(".ui-confirmdialog-yes");
                b.waitForText("#list-state", "bawaan");
            });
            assertEquals("MENTERI", sumbar.get("/api/v1/precedence/" + unit).array().getJsonObject(0).getString("code"));
        }
    }
}
