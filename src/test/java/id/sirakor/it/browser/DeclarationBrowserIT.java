package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sirakor.it.ApiClient;
import id.sirakor.it.Deployments;
import id.sirakor.it.TestData;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Ceremony mode: two signers sign one after the other on the secretariat's tablet while the
 * big-screen board, open in a second browser without login, counts them.
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeclarationBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    private static void draw(Browser b) {
        WebElement pad = b.waitFor("canvas.signature-pad");
        new Actions(b.driver()).moveToElement(pad, -150, 10).clickAndHold().moveByOffset(40, -30).moveByOffset(40, 40)
                .moveByOffset(50, -35).moveByOffset(60, 30).release().perform();
    }

    @Test
    void aTwoSignerCeremonyWhileTheBoardUpdates() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        var created = sumbar.post("/api/v1/declarations", "{\"templateKey\":\"KOMITMEN_BERSAMA\",\"place\":\"Padang\",\"date\":\"2029-10-01\"}");
        assertEquals(201, created.status(), created.body());
        long id = created.object().getJsonNumber("id").longValue();
        String board = created.object().getString("boardToken");
        assertEquals(201, sumbar.post("/api/v1/declarations/" + id + "/signers",
                "{\"name\":\"Fitriani Rahman\",\"position\":\"Bupati Pasaman\",\"regionCode\":\"13.08\"}").status());
        assertEquals(201, sumbar.post("/api/v1/declarations/" + id + "/signers",
                "{\"name\":\"Irwan Syahputra\",\"position\":\"Wali Kota Padang Panjang\",\"regionCode\":\"13.74\"}").status());
        assertEquals(200, sumbar.post("/api/v1/declarations/" + id + "/open", "{}").status());

        try (Browser screen = new Browser(base.toString()); Browser tablet = new Browser(base.toString())) {
            screen.size(1600, 900);
            screen.open("/p/board.xhtml?b=" + board);
            screen.waitForText("#board-signed", "0");
            screen.waitForText("#board-total", "2");

            new Pages.Login(tablet).open().as("sumbar.sekretariat", "rakor2026demo");
            tablet.waitFor("#nav-declarations");
            tablet.open("/manage/ceremony.xhtml?id=" + id);
            for (int n = 1; n <= 2; n++) {
                tablet.click(".ceremony-signer");
                tablet.waitFor("#sign\\:name");
                draw(tablet);
                tablet.screenshot("declaration-ceremony-" + n);
                tablet.click("#sign\\:signBtn");
                tablet.waitForText("#ceremony-count strong", String.valueOf(n));
                screen.waitForText("#board-signed", String.valueOf(n));
            }
            tablet.waitFor("#nobody");
            screen.screenshot("declaration-board");
            assertEquals(2, screen.driver().findElements(By.cssSelector(".board-card.board-SIGNED")).size());
        }
        var signers = sumbar.get("/api/v1/declarations/" + id + "/signers").array();
        assertEquals("CEREMONY", signers.getJsonObject(0).getString("signedMode"));
        assertEquals("SIGNED", signers.getJsonObject(1).getString("status"));
    }
}
