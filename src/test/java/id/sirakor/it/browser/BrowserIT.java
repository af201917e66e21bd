package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.Deployments;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** What a person sees and does, in a real Chromium against the deployed application. */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    private static final String DEMO = "rakor2026demo";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void secretariatLogsInSeesItsUnitsAndSwitchesToEnglish() {
        try (Browser b = new Browser(base.toString())) {
            b.open("/");
            b.waitFor("#home-title");
            assertEquals("Selamat datang di Sirakor", b.text("#home-title"));
            b.screenshot("01-home");

            b.open("/manage/dashboard.xhtml");
            b.waitFor("#username");
            assertTrue(b.driver().getCurrentUrl().contains("/login.xhtml"), "a protected page asks for login");
            String sessionBefore = b.cookie("JSESSIONID");
            b.screenshot("02-login");
            new Pages.Login(b).as("sumbar.sekretariat", DEMO);

            Pages.Dashboard d = new Pages.Dashboard(b);
            assertEquals("Selamat datang, Rina Marlina", d.title());
            assertEquals("Badan Pengawas Pemilihan Umum Provinsi Sumatera Barat", d.ownUnit());
            assertEquals(3, d.unitCount());
            assertEquals(List.of("Badan Pengawas Pemilihan Umum Provinsi Sumatera Barat",
                    "Badan Pengawas Pemilihan Umum Kabupaten Agam",
                    "Badan Pengawas Pemilihan Umum Kota Bukittinggi").stream().sorted().toList(),
                    d.visibleUnits().stream().sorted().toList());
            String sessionAfter = b.cookie("JSESSIONID");
            assertNotNull(sessionAfter);
            assertNotEquals(sessionBefore, sessionAfter, "login must issue a new session id");
            b.screenshot("03-dashboard-id");

            d.switchLanguage();
            assertEquals("Welcome, Rina Marlina", new Pages.Dashboard(b).title());
            assertEquals("Dashboard", b.text("#nav-dashboard").trim());
            b.screenshot("04-dashboard-en");
            b.open("/manage/units.xhtml");
            b.waitFor("#units\\:table");
            assertTrue(b.text("#content").contains("read-only"), "English stays chosen across pages");
            b.screenshot("05-units-en");
            b.click("#lang-switch");
            b.waitFor("#units\\:table");
            assertTrue(b.text("#content").contains("hanya baca"));

            b.size(390, 844);
            b.open("/manage/dashboard.xhtml");
            new Pages.Dashboard(b);
            b.screenshot("06-dashboard-phone");
            new Pages.Dashboard(b).logout();
            b.open("/manage/dashboard.xhtml");
            b.waitFor("#username");
        }
    }

    @Test
    void adminCreatesASecretariatForBanjarnegaraWhoSeesOnlyThatUnit() {
        String balikpapanId;
        try (Browser b = new Browser(base.toString())) {
            new Pages.Login(b).open().as("admin", DEMO);
            new Pages.Dashboard(b);
            b.open("/manage/units.xhtml?lang=id");
            b.waitFor("#units\\:table");
            balikpapanId = idOfUnitLink(b, "Badan Pengawas Pemilihan Umum Kota Balikpapan");
            b.screenshot("07-units-admin");

            Pages.Users users = new Pages.Users(b).open();
            users.startNew();
            users.fill("wulan.bna", "Wulan Sari Dewi", "wulan@banjarnegara.example.id",
                    "Badan Pengawas Pemilihan Umum Kabupaten Banjarnegara", "pendek1");
            users.save();
            assertEquals("Kata sandi minimal 10 karakter.", users.fieldMessage("password"));
            assertEquals("Wulan Sari Dewi", users.value("fullName"), "the form keeps what was typed");
            b.screenshot("08-user-dialog-error");
            b.type("#userForm\\:password", "Banjarnegara2026");
            users.save();
            b.waitForText("#messages", "Pengguna wulan.bna dibuat.");
            b.screenshot("09-users-created");
            b.click("#logoutForm\\:logout");
            b.waitFor("#logged-out");

            new Pages.Login(b).as("wulan.bna", "Banjarnegara2026");
            Pages.Account account = new Pages.Account(b);
            assertTrue(account.mustChange(), "a password set by the admin must be replaced first");
            b.open("/manage/dashboard.xhtml");
            account = new Pages.Account(b);
            b.screenshot("10-must-change");
            account.change("Banjarnegara2026", "Wulan-Rakor-2026");

            Pages.Dashboard d = new Pages.Dashboard(b);
            assertEquals("Badan Pengawas Pemilihan Umum Kabupaten Banjarnegara", d.ownUnit());
            assertEquals("Badan Pengawas Pemilihan Umum Kabupaten Banjarnegara", d.headerUnit());
            assertEquals(1, d.unitCount());
            assertEquals(List.of("Badan Pengawas Pemilihan Umum Kabupaten Banjarnegara"), d.visibleUnits());
            b.screenshot("11-banjarnegara-dashboard");

            // Tampering with the id in the URL shows nothing of another unit
            b.open("/manage/unit.xhtml?id=" + balikpapanId);
            b.waitFor("#unit-not-found");
            assertFalse(b.driver().getPageSource().contains("Balikpapan"));
            b.screenshot("12-other-unit-refused");
            // the unit's users are listed read-only; the audit log is the administrator's
            b.open("/manage/admin/users.xhtml");
            b.waitFor("#users\\:table");
            assertFalse(b.present("#users\\:new"), "a secretariat does not create users");
            assertTrue(b.text("#users\\:table").contains("wulan.bna"));
            assertFalse(b.text("#users\\:table").contains("balikpapan.sekretariat"), "only its own unit's users");
            b.open("/manage/admin/audit.xhtml");
            b.waitFor("#forbidden");
        }
    }

    @Test
    void wrongPasswordsAreExplainedAndTheFifthLocksTheAccount() {
        try (Browser b = new Browser(base.toString())) {
            Pages.Login login = new Pages.Login(b).open();
            login.as("balikpapan.sekretariat", "salah-sandi-1");
            b.waitFor("#loginMessages .ui-messages-error");
            assertEquals("Nama pengguna atau kata sandi salah.", login.error().trim());
            assertEquals("balikpapan.sekretariat", login.typedUsername(), "the username stays in the form");
            b.screenshot("13-login-failed");
            for (int i = 2; i <= 5; i++) {
                login.as("balikpapan.sekretariat", "salah-sandi-" + i);
                b.waitFor("#loginMessages .ui-messages-error");
            }
            assertTrue(login.error().contains("dikunci"), login.error());
            login.as("balikpapan.sekretariat", DEMO);
            b.waitFor("#loginMessages .ui-messages-error");
            assertTrue(login.error().contains("dikunci"), "locked even with the right password");

            b.open("/login.xhtml?lang=en");
            login.as("nobody", "whatever-123");
            b.waitFor("#loginMessages .ui-messages-error");
            assertEquals("Incorrect username or password.", login.error().trim());
        } finally {
            // the demo account is crawled by later tests: the administrator's unlock, done directly
            try (var c = id.sirakor.it.TestData.db(); var st = c.prepareStatement(
                    "UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE username = 'balikpapan.sekretariat'")) {
                st.executeUpdate();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The administrator checks the audit chain from its page and reads that it is whole. */
    @Test
    void theAdministratorVerifiesTheAuditChainFromItsPage() {
        try (Browser b = new Browser(base.toString())) {
            new Pages.Login(b).open().as("admin", DEMO);
            b.waitFor("#dashboard-title");
            b.open("/manage/admin/audit.xhtml");
            b.click("#audit\\:verify");
            b.waitForText("#chain-intact", "Rantai utuh");
            assertTrue(b.text("#chain-intact").matches("Rantai utuh: [\\d.]+ entri diperiksa, semua hash cocok\\."), b.text("#chain-intact"));
            b.screenshot("14-audit-verified");
        }
    }

    private static String idOfUnitLink(Browser b, String name) {
        var link = b.driver().findElement(By.linkText(name));
        Matcher m = Pattern.compile("id=(\\d+)").matcher(link.getAttribute("href"));
        assertTrue(m.find());
        return m.group(1);
    }
}
