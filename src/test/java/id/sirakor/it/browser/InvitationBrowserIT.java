package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.ApiClient;
import id.sirakor.it.Deployments;
import id.sirakor.it.InvitationIT;
import id.sirakor.it.TestData;
import id.sirakor.it.TestMail;
import java.net.URL;
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

/**
 * The secretariat sends the invitations from the invitations page; the institution's operator
 * opens the link from the mail on a phone, names two delegates, substitutes one, and the history
 * shows who represents whom; the operator's account sees the same invitation.
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InvitationBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static void person(Browser b, String name, String nip, String email) {
        b.type("#person\\:name", name);
        b.type("#person\\:position", "Analis SDM Aparatur");
        b.type("#person\\:idNumber", nip);
        b.type("#person\\:phone", "0812 6600 1122");
        b.type("#person\\:email", email);
        b.click("#person\\:consent .ui-chkbox-box");
        b.click("#person\\:save");
    }

    @Test
    void anOperatorNamesAndSubstitutesADelegate() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Operator", "2029-10-10", 50);
        assertEquals(201, sumbar.post("/api/v1/events/" + eventId + "/invitations",
                "{\"type\":\"BKPSDM\",\"regionCode\":\"13.06\",\"quota\":2}").status());
        long unitId = -1;
        for (var u : sumbar.get("/api/v1/units").array()) {
            if ("BAWASLU-13".equals(u.asJsonObject().getString("code"))) {
                unitId = u.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        long sumbarUnit = unitId;
        try (TestMail mail = new TestMail(); Browser b = new Browser(base.toString())) {
            b.steps("invitations", () -> {
                new Pages.Login(b).open().as("sumbar.sekretariat", "rakor2026demo");
                b.waitFor("#nav-dashboard");
                // the unit's letter settings: the numbering pattern the letters below use
                b.open("/manage/unit.xhtml?id=" + sumbarUnit);
                b.waitFor("#unit\\:letterPattern");
                assertEquals("{seq}/PM.00.02/K.SB/{month-roman}/{year}", b.el("#unit\\:letterPattern").getAttribute("value"));
                b.open("/manage/invitations.xhtml?id=" + eventId);
                b.waitFor("#list\\:table");
                assertTrue(b.text("#list\\:table").contains("Kabupaten Agam"), b.text("#list\\:table"));
                b.click("#list\\:sendAll");
                b.click(".ui-confirmdialog-yes");
                b.waitForText("#list\\:table", "Terkirim");
                assertTrue(b.text("#list\\:table").matches("(?s).*\\d+/PM\\.00\\.02/K\\.SB/[IVX]+/\\d{4}.*"), b.text("#list\\:table"));
                b.screenshot("40-invitations-sent");
            });
            String body = TestMail.text(mail.waitFor("bkpsdm.agam@demo.sirakor.id", "Undangan Rakor Uji Operator"));
            Matcher link = Pattern.compile("(/p/invitation\\.xhtml\\?t=[A-Za-z0-9_-]+)").matcher(body);
            assertTrue(link.find(), body);
            try (Browser phone = new Browser(base.toString())) {
                phone.steps("operator", () -> {
                    phone.size(390, 844);
                    phone.open(link.group(1));
                    phone.waitFor("#delegates");
                    assertEquals("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Agam", phone.text("#inv-institution"));
                    assertTrue(phone.present("#no-delegates"));
                    person(phone, "Yulia Fitri", "19880114 201503 2 002", "yulia.fitri@agam.example.id");
                    phone.waitForText("#list", "Yulia Fitri");
                    person(phone, "Rahmat Hidayat", "198203202008011005", "rahmat.h@agam.example.id");
                    phone.waitForText("#list", "Rahmat Hidayat");
                    phone.waitFor("#quota-full");
                    assertEquals("2", phone.text("#inv-used"));
                    phone.screenshot("41-operator-two-delegates-phone");

                    // substitute Yulia Fitri (the first row) by Dewi Kartika
                    phone.driver().findElements(By.cssSelector("[id$='\\:sub']")).get(0).click();
                    phone.waitForText("#person-title", "Peserta pengganti untuk Yulia Fitri");
                    person(phone, "Dewi Kartika", "199002112019032011", "dewi.k@agam.example.id");
                    phone.waitForText("#list", "Dewi Kartika");
                    String list = phone.text("#list");
                    assertTrue(list.contains("Diwakilkan"), list);
                    assertTrue(list.contains("menggantikan (mewakili) Yulia Fitri"), list);
                    assertEquals("2", phone.text("#inv-used"), "the substitute took the seat; no extra seat");
                    phone.screenshot("42-operator-substituted-phone");
                });
            }
            mail.waitFor("yulia.fitri@agam.example.id", "Perubahan peserta");
            assertTrue(TestMail.attachments(mail.waitFor("dewi.k@agam.example.id", "Pendaftaran terkonfirmasi")).keySet().stream()
                    .anyMatch(f -> f.startsWith("Tiket-")), "the substitute gets a ticket");
            // the operator's account reaches the same invitation
            try (Browser account = new Browser(base.toString())) {
                account.steps("operator-account", () -> {
                    new Pages.Login(account).open().as("operator.bkpsdm", "rakor2026demo");
                    account.waitFor("#nav-myinvitations");
                    account.click("#nav-myinvitations");
                    account.waitForText("main", "Rakor Uji Operator");
                    account.driver().findElement(By.partialLinkText("Rakor Uji Operator")).click();
                    account.waitFor("#delegates");
                    assertTrue(account.text("#list").contains("Dewi Kartika"));
                    account.screenshot("43-operator-account");
                });
            }
        }
    }
}
