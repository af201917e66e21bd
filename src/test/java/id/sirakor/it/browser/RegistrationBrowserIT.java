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
import org.openqa.selenium.By;

/** A participant registers from a phone-sized window, sees the personal page and cancels. */
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
    void aParticipantRegistersFromAPhoneAndCancels() {
        try (Browser b = new Browser(base.toString())) {
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
                b.type("#reg\\:institutionName", "BKPSDM Kota Bukittinggi");
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
                assertTrue(b.text("#reg-status").startsWith("Terdaftar"), b.text("#reg-status"));
                assertEquals("Drs. Bambang Irawan, M.Si.", b.text("#reg-name"));
                assertEquals("NIP 19800412 200501 1 003", b.text("#reg-id"));
                b.screenshot("31-my-registration-phone");

                b.click("#cancel\\:doCancel");
                b.click(".ui-confirmdialog-yes");
                b.waitForText("#reg-status", "Dibatalkan");
                b.screenshot("32-cancelled-phone");
            });
        }
    }
}
