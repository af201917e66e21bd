package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.Deployments;
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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A province secretariat's working day on the demo data: the dashboard says what to do, region
 * fields take a region (and refuse what is not one), a date that does not exist is refused, the
 * hall menu leaves the time fields usable, slides sent by a speaker are uploaded for them, and the
 * event's history reads in words. The operator and the speaker each see their own dashboard.
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecretariatWorkBrowserIT {

    private static final String DEMO = "rakor2026demo";
    private static final String RAKOR = "Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void theDashboardSaysWhatToDoAndEveryRoleSeesItsOwn() {
        try (Browser b = new Browser(base.toString())) {
            b.steps("dashboard", () -> {
                new Pages.Login(b).open().as("sumbar.sekretariat", DEMO);
                b.waitFor("#todos");
                String todos = b.text("#todos");
                assertTrue(todos.contains("Setujui 1 pendaftaran \"" + RAKOR + "\" yang menunggu"), todos);
                assertTrue(todos.contains("surat undangan \"" + RAKOR + "\" yang belum terkirim"), todos);
                String coming = b.text("#coming-events");
                assertTrue(coming.contains(RAKOR) && coming.contains("Sosialisasi Pengawasan Partisipatif"), "own and the child unit's: " + coming);
                assertTrue(b.text("#waiting-invitations").contains("Kota Payakumbuh"), "opened, no delegate yet");
                b.screenshot("40-dashboard-secretariat");
                b.click("#todos .todo-APPROVE_REGISTRATIONS a");
                b.waitFor("#list");
                assertTrue(b.driver().getCurrentUrl().contains("participants.xhtml"), "the to-do leads where it is done");
            });
            b.steps("dashboard-operator", () -> {
                b.driver().manage().deleteAllCookies();
                new Pages.Login(b).open().as("operator.bkpsdm", DEMO);
                b.waitFor("#operator-invitations");
                String mine = b.text("#operator-invitations");
                assertTrue(mine.contains(RAKOR) && mine.contains("1 / 2 delegasi ditunjuk"), mine);
                assertFalse(b.present("#nav-events"), "an operator has no event list");
                b.screenshot("41-dashboard-operator");
            });
            b.steps("dashboard-speaker", () -> {
                b.driver().manage().deleteAllCookies();
                new Pages.Login(b).open().as("narasumber.demo", DEMO);
                b.waitFor("#speaker-sessions");
                assertTrue(b.text("#speaker-sessions").contains("Peran pemerintah provinsi dalam pembinaan ASN"), b.text("#speaker-sessions"));
                b.screenshot("42-dashboard-speaker");
            });
        }
    }

    @Test
    void regionFieldsTakeARegionAndNothingElse() {
        try (Browser b = new Browser(base.toString())) {
            new Pages.Login(b).open().as("sumbar.sekretariat", DEMO);
            b.waitFor("#dashboard-title");
            b.steps("institution-region", () -> {
                b.open("/manage/institution.xhtml");
                b.waitFor("#institution\\:name");
                b.type("#institution\\:name", "Dinas Pemuda dan Olahraga Kota Bukittinggi");
                Pages.choose(b, "institution:type", "Organisasi Perangkat Daerah (OPD)");
                b.type("#institution\\:regionCode_input", "Kota Bukittinggi");
                b.click("#institution\\:regionCode_panel .ui-autocomplete-item");
                b.ajaxDone();
                b.click("#institution\\:save");
                b.waitForText("#messages", "Instansi Dinas Pemuda dan Olahraga Kota Bukittinggi ditambahkan");
                assertTrue(b.el("#institution\\:regionCode_input").getAttribute("value").contains("Bukittinggi"));
            });
            b.steps("bulk-invitation-region", () -> {
                b.open("/manage/events.xhtml");
                b.driver().findElement(By.partialLinkText(RAKOR)).click();
                b.waitFor("#invitations-link");
                b.click("#invitations-link");
                b.waitFor("#invite\\:mode");
                b.driver().findElements(By.cssSelector("#invite\\:mode .ui-radiobutton-box")).get(1).click();
                b.ajaxDone();
                b.waitFor("#invite\\:matchRegion_input");
                // typed but not chosen from the suggestions: not a region (no "%" pattern reaches the database)
                b.type("#invite\\:matchRegion_input", "%");
                b.el("#invite\\:matchRegion_input").sendKeys(Keys.TAB);
                b.click("#invite\\:doInvite");
                b.waitFor("#messages .ui-messages-error, #invite .ui-message-error");
                assertFalse(b.text("#list").contains("Dinas Pemuda dan Olahraga Kota Bukittinggi"), "nothing invited");
                b.type("#invite\\:matchRegion_input", "Kota Bukittinggi");
                b.click("#invite\\:matchRegion_panel .ui-autocomplete-item");
                b.ajaxDone();
                Pages.choose(b, "invite:matchType", "Organisasi Perangkat Daerah (OPD)");
                b.click("#invite\\:doInvite");
                b.waitForText("#list", "Dinas Pemuda dan Olahraga Kota Bukittinggi");
                b.screenshot("43-invitations-by-region");
            });
        }
    }

    @Test
    void theEventPageRefusesImpossibleDatesAndTakesASpeakersSlides() throws Exception {
        Path dir = Files.createTempDirectory("materi");
        Path pdf = dir.resolve("Paparan Ketua Bawaslu Sumbar.pdf");
        Files.writeString(pdf, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        try (Browser b = new Browser(base.toString())) {
            new Pages.Login(b).open().as("sumbar.sekretariat", DEMO);
            b.waitFor("#dashboard-title");
            b.open("/manage/events.xhtml");
            b.driver().findElement(By.partialLinkText(RAKOR)).click();
            b.waitFor("#event-title");
            b.steps("impossible-date", () -> {
                b.click("li[data-index='1'] a");
                b.waitFor("#tabs\\:days\\:dayDate_input");
                Pages.date(b, "tabs:days:dayDate", "31-02-2027");
                Pages.choose(b, "tabs:days:hall", "Grand Rocky Hotel Bukittinggi — Ruang Pagaruyung (120)");
                // the hall's menu is closed and does not cover the time fields next to it
                b.type("#tabs\\:days\\:start", "08.00");
                b.type("#tabs\\:days\\:end", "12.00");
                b.click("#tabs\\:days\\:addDay");
                // the picker cannot show a day that does not exist: the message repeats what was typed
                b.waitForText("#tabs\\:days", "“31-02-2027” bukan tanggal yang ada");
                assertEquals(1, b.driver().findElements(By.cssSelector("#tabs\\:days\\:dayTable tbody tr")).size(), "no day was added");
                b.screenshot("44-impossible-date");
            });
            b.steps("material-for-a-speaker", () -> {
                b.click("li[data-index='3'] a");
                b.waitFor("#tabs\\:materials\\:materialSession");
                Pages.chooseContaining(b, "tabs:materials:materialSession", "Pembukaan");
                b.driver().findElement(By.cssSelector("#tabs\\:materials input[type=file]")).sendKeys(pdf.toString());
                b.click("#tabs\\:materials\\:uploadMaterial");
                b.waitForText("#messages", "diunggah");
                b.click("li[data-index='3'] a");
                b.waitForText("#tabs\\:materials\\:materialTable", "Paparan Ketua Bawaslu Sumbar.pdf");
                assertTrue(b.text("#tabs\\:materials\\:materialTable").contains("Nurhayati Syafri"), "uploaded for the session's speaker");
                b.screenshot("45-materials-by-secretariat");
            });
            b.steps("history-in-words", () -> {
                b.click("li[data-index='4'] a");
                b.waitForText("#tabs\\:history", "Materi diunggah");
                String history = b.text("#tabs\\:history");
                assertTrue(history.contains("Acara dibuat"), history);
                assertFalse(history.contains("event.create") || history.contains("material.upload"), "no raw codes: " + history);
            });
        }
    }
}
