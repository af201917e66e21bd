package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.ApiClient;
import id.sirakor.it.Deployments;
import id.sirakor.it.TestData;
import id.sirakor.it.TestMail;
import jakarta.mail.internet.MimeMessage;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A participant registers from a phone-sized window, receives the mail, opens the personal page
 * from it, corrects the phone number and cancels; a waitlisted participant is promoted and mailed
 * when the secretariat cancels a seat in the participant list.
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aParticipantRegistersFromAPhoneReceivesTheMailAndCancels() throws Exception {
        try (TestMail mail = new TestMail(); Browser b = new Browser(base.toString())) {
            b.steps("register", () -> {
                b.size(390, 844);
                b.open("/");
                b.waitFor("#public-events");
                b.driver().findElement(By.partialLinkText("Evaluasi Pengawasan Netralitas ASN")).click();
                b.click("#pe-register");
                b.waitFor("#reg\\:name");
                b.type("#reg\\:frontTitle", "Drs.");
                b.type("#reg\\:name", "Bambang Irawan");
                b.type("#reg\\:backTitle", "M.Si.");
                b.type("#reg\\:position", "Kepala Bidang Pembinaan ASN");
                b.type("#reg\\:idNumber", "19800412 200501 3 003");
                // the directory suggests names while typing; free text stays allowed
                b.type("#reg\\:institutionName_input", "Kota Bukit");
                b.waitForText(".ui-autocomplete-panel", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bukittinggi");
                b.type("#reg\\:institutionName_input", "BKPSDM Kota Bukittinggi");
                b.el("#reg\\:institutionName_input").sendKeys(org.openqa.selenium.Keys.ESCAPE);
                b.type("#reg\\:phone", "0812 7700 1234");
                b.type("#reg\\:email", "bambang@contoh.go.id");
                b.click("#reg\\:consent .ui-chkbox-box");
                b.click("#reg\\:submit");
                b.waitForText("#reg", "Angka ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan), bukan 3.");
                assertEquals("Bambang Irawan", b.el("#reg\\:name").getAttribute("value"), "the form keeps what was typed");
                assertEquals("19800412 200501 3 003", b.el("#reg\\:idNumber").getAttribute("value"),
                        "the wrong number stays in its field, marked, for correction");
                b.screenshot("30-register-error-phone");

                b.type("#reg\\:idNumber", "19800412 200501 1 003");
                b.click("#reg\\:submit");
                b.waitFor("#my-registration");
            });
            // the confirmation mail: ticket and calendar attached, the personal link in the text
            MimeMessage m = mail.waitFor("bambang@contoh.go.id", "Pendaftaran terkonfirmasi");
            Map<String, byte[]> files = TestMail.attachments(m);
            assertTrue(files.keySet().stream().anyMatch(f -> f.startsWith("Tiket-") && f.endsWith(".pdf")), files.keySet().toString());
            assertTrue(files.keySet().stream().anyMatch(f -> f.endsWith(".ics")), files.keySet().toString());
            Matcher link = Pattern.compile("(/p/registration\\.xhtml\\?t=[A-Za-z0-9_-]+)").matcher(TestMail.text(m));
            assertTrue(link.find(), TestMail.text(m));
            b.steps("personal-page", () -> {
                b.open(link.group(1));
                b.waitFor("#my-registration");
                assertTrue(b.text("#reg-status").startsWith("Terdaftar"), b.text("#reg-status"));
                assertEquals("Drs. Bambang Irawan, M.Si.", b.text("#reg-name"));
                assertEquals("NIP 19800412 200501 1 003", b.text("#reg-id"));
                assertTrue(b.text("#ticket-code").matches("[0-9A-Z]{5}-[0-9A-Z]{5}"), b.text("#ticket-code"));
                b.screenshot("31-my-registration-phone");
                b.type("#contact\\:phone", "0812 7700 9999");
                b.click("#contact\\:saveContact");
                b.waitForText("#messages", "Kontak disimpan.");
                assertEquals("+6281277009999", b.el("#contact\\:phone").getAttribute("value"));

                b.click("#cancel\\:doCancel");
                b.click(".ui-confirmdialog-yes");
                b.waitForText("#reg-status", "Dibatalkan");
                b.screenshot("32-cancelled-phone");
            });
        }
    }

    @Test
    void aWaitlistedParticipantIsPromotedAndMailedWhenTheSecretariatCancelsASeat() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long eventId = TestData.publishedEvent(sumbar, "Sosialisasi Satu Kursi", "2029-11-14", 1);
        String slug = sumbar.get("/api/v1/events/" + eventId).object().getString("slug");
        ApiClient anonymous = new ApiClient(base, null);
        var first = anonymous.postWithKey("/api/v1/public/events/" + slug + "/registrations",
                "{\"name\":\"Hendra Putra\",\"idKind\":\"NIP\",\"idNumber\":\"198107072006041001\",\"institutionName\":\"Kantor Camat Banuhampu\","
                        + "\"phone\":\"081277003344\",\"email\":\"hendra@contoh.go.id\",\"consent\":true}", "waitlist-browser-1");
        assertEquals("CONFIRMED", first.object().getString("status"), first.body());
        var second = anonymous.postWithKey("/api/v1/public/events/" + slug + "/registrations",
                "{\"name\":\"Rosmaini\",\"idKind\":\"NIP\",\"idNumber\":\"198512122010012003\",\"institutionName\":\"Kantor Camat Banuhampu\","
                        + "\"phone\":\"081277005566\",\"email\":\"rosmaini@contoh.go.id\",\"consent\":true}", "waitlist-browser-2");
        assertEquals("WAITLISTED", second.object().getString("status"), second.body());
        String token = second.object().getString("token");
        try (TestMail mail = new TestMail(); Browser phone = new Browser(base.toString()); Browser desk = new Browser(base.toString())) {
            phone.steps("waiting", () -> {
                phone.size(390, 844);
                phone.open("/p/registration.xhtml?t=" + token);
                phone.waitFor("#my-registration");
                assertEquals("Daftar tunggu", phone.text("#reg-status"));
                assertTrue(phone.text("#reg-position").endsWith("1"), phone.text("#reg-position"));
                phone.screenshot("33-waitlisted-phone");
            });
            desk.steps("secretariat-cancels", () -> {
                new Pages.Login(desk).open().as("sumbar.sekretariat", "rakor2026demo");
                desk.waitFor("#nav-dashboard");
                desk.open("/manage/participants.xhtml?id=" + eventId);
                desk.waitFor("#list\\:table");
                assertEquals("1", desk.text("#count-confirmed"));
                assertEquals("1", desk.text("#count-waiting"));
                desk.screenshot("34-participants-before");
                desk.type("#filters\\:search", "Hendra");
                new org.openqa.selenium.support.ui.WebDriverWait(desk.driver(), java.time.Duration.ofSeconds(20))
                        .until(d -> !desk.text("#list\\:table").contains("Rosmaini")); // the search has been applied
                desk.ajaxDone();
                desk.driver().findElements(By.cssSelector("[id$='\\:cancel']")).get(0).click();
                desk.click(".ui-confirmdialog-yes");
                desk.waitForText("#list\\:table", "Dibatalkan");
                desk.waitForText("#count-waiting", "0");
                desk.waitForText("#messages", "Hendra Putra dibatalkan.");
                assertEquals("1", desk.text("#count-confirmed"), "the freed seat went to the waiting one");
                desk.screenshot("35-participants-after");

                // a phone call: the secretariat adds someone by hand; the one seat is taken, so the waitlist
                desk.click("#filters\\:add");
                desk.waitFor("#addForm\\:name");
                desk.type("#addForm\\:name", "Yusnita");
                desk.type("#addForm\\:idNumber", "198703052011012004");
                desk.type("#addForm\\:phone", "0813 6655 4433");
                desk.type("#addForm\\:email", "yusnita@contoh.go.id");
                desk.type("#addForm\\:institutionName", "Kantor Camat Banuhampu");
                desk.js("arguments[0].scrollIntoView({block: 'center'})", desk.el("#addForm\\:saveAdd"));
                desk.click("#addForm\\:saveAdd");
                desk.waitForText("#addForm", "Centang pernyataan persetujuan peserta.");
                assertEquals("Yusnita", desk.el("#addForm\\:name").getAttribute("value"), "the dialog keeps what was typed");
                desk.js("arguments[0].scrollIntoView({block: 'center'})", desk.el("#addForm\\:consent"));
                desk.click("#addForm\\:consent .ui-chkbox-box");
                desk.js("arguments[0].scrollIntoView({block: 'center'})", desk.el("#addForm\\:saveAdd"));
                desk.click("#addForm\\:saveAdd");
                desk.waitForText("#messages", "Yusnita ditambahkan: Daftar tunggu.");
                desk.waitForText("#count-waiting", "1");
            });
            MimeMessage promoted = mail.waitFor("rosmaini@contoh.go.id", "Pendaftaran terkonfirmasi");
            assertTrue(TestMail.text(promoted).contains("daftar tunggu kini terkonfirmasi"), TestMail.text(promoted));
            assertTrue(TestMail.attachments(promoted).keySet().stream().anyMatch(f -> f.startsWith("Tiket-")));
            phone.steps("promoted", () -> {
                phone.open("/p/registration.xhtml?t=" + token);
                phone.waitFor("#my-registration");
                assertTrue(phone.text("#reg-status").startsWith("Terdaftar"), phone.text("#reg-status"));
                phone.waitFor("#ticket\\:download");
                phone.screenshot("36-promoted-phone");
            });
        }
    }
}
