package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.ApiClient;
import id.sirakor.it.Deployments;
import id.sirakor.it.TestData;
import id.sirakor.photo.control.TestJpegs;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a phone-sized window (390 × 844) the secretariat chooses three photos at once on the gallery
 * page; the page sends them one by one, shows three thumbnails; a caption is set and another photo
 * made the cover. The page fits the narrow window (no sideways scrolling).
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PhotosBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aSecretariatUploadsThreePhotosFromAPhoneAndPicksCaptionAndCover() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Galeri Foto Ponsel", "2031-10-07", 30);
        Path dir = Files.createTempDirectory("photos-upload");
        Path a = Files.write(dir.resolve("IMG_2001.jpg"), TestJpegs.withExif(1600, 1200, 6));
        Path b2 = Files.write(dir.resolve("IMG_2002.png"), TestJpegs.png(1200, 900));
        Path c = Files.write(dir.resolve("IMG_2003.jpg"), TestJpegs.withExif(1200, 900, 1));
        try (Browser b = new Browser(base.toString())) {
            b.steps("photos-phone", () -> {
                b.open("/login.xhtml");
                b.waitFor("#username");
                b.type("#username", "sumbar.sekretariat");
                b.type("#password", "rakor2026demo");
                b.click("#submit");
                b.waitFor("#dashboard-title");
                b.size(390, 844); // the phone: everything from here on
                b.open("/manage/event.xhtml?id=" + eventId);
                b.el("#photos-link");
                b.open("/manage/photos.xhtml?id=" + eventId);
                b.waitFor("#photo-upload");
                b.screenshot("140-photos-empty-phone");
                // the input is styled away behind its label; a person taps the label, the test hands the files to the input
                var input = b.driver().findElement(By.id("photo-files"));
                assertEquals("image/*", input.getAttribute("accept"));
                assertTrue(input.getAttribute("multiple") != null, "several files at once");
                input.sendKeys(a.toAbsolutePath() + "\n" + b2.toAbsolutePath() + "\n" + c.toAbsolutePath());
                new WebDriverWait(b.driver(), Duration.ofSeconds(90)).until(d -> d.findElements(By.cssSelector("#photo-grid .photo-card")).size() == 3
                        && d.findElements(By.cssSelector("#photo-upload-status .stored")).size() == 3);
                b.ajaxDone();
                assertEquals(3, b.driver().findElements(By.cssSelector("#photo-grid img.photo-thumb")).size());
                new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                        b.js("return Array.from(document.querySelectorAll('#photo-grid img.photo-thumb')).every(i => i.complete && i.naturalWidth > 0);")));
                Object fits = b.js("return document.documentElement.scrollWidth <= window.innerWidth + 1;");
                assertEquals(Boolean.TRUE, fits, "the gallery fits a 390 px wide phone");
                b.screenshot("141-photos-uploaded-phone");

                // a caption on the first photo
                b.type("#photo-grid .photo-card:nth-child(1) textarea", "Pembukaan rapat oleh Ketua Bawaslu Provinsi");
                b.click("#photo-grid .photo-card:nth-child(1) button[id$=':save']");
                b.ajaxDone();
                new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d -> "Pembukaan rapat oleh Ketua Bawaslu Provinsi".equals(
                        d.findElement(By.cssSelector("#photo-grid .photo-card:nth-child(1) img.photo-thumb")).getAttribute("alt")));
                // the second photo becomes the cover
                b.click("#photo-grid .photo-card:nth-child(2) button[id$=':cover']");
                b.ajaxDone();
                new WebDriverWait(b.driver(), Duration.ofSeconds(20)).until(d ->
                        !d.findElements(By.cssSelector("#photo-grid .photo-card:nth-child(2).is-cover")).isEmpty());
                assertEquals(1, b.driver().findElements(By.cssSelector("#photo-grid .photo-card.is-cover")).size());
                b.screenshot("142-photos-cover-phone");
                b.size(1280, 900);
                b.open("/manage/photos.xhtml?id=" + eventId);
                b.waitFor("#photo-grid .photo-card");
                b.screenshot("143-photos-desktop");
            });
        }
        JsonArray photos = sumbar.get("/api/v1/events/" + eventId + "/photos").array();
        assertEquals(3, photos.size(), photos.toString());
        // the API lists the cover first; the one captioned is the first upload
        JsonObject cover = photos.getJsonObject(0);
        assertTrue(cover.getBoolean("cover"));
        assertEquals(1, photos.stream().filter(v -> v.asJsonObject().getBoolean("cover")).count());
        assertTrue(photos.stream().anyMatch(v -> "Pembukaan rapat oleh Ketua Bawaslu Provinsi".equals(v.asJsonObject().getString("caption", null))),
                photos.toString());
        // the phone photo with orientation 6 was stored upright: 1200 wide would mean it was not turned
        assertTrue(photos.stream().anyMatch(v -> v.asJsonObject().getInt("width") == 1200 && v.asJsonObject().getInt("height") == 1600),
                photos.toString());
    }
}
