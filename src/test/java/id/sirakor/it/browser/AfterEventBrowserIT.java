package id.sirakor.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.it.ApiClient;
import id.sirakor.it.Deployments;
import id.sirakor.it.TestData;
import id.sirakor.photo.control.TestJpegs;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Issue 14 end to end, as the secretariat does it after the demo's past rakor: from a phone-sized
 * window, three photos chosen at once on the gallery; then, on the laporan page, the report PDF
 * downloaded (its chapters and the event in it); then, on the SPJ page, the "Berkas
 * SPJ" ZIP downloaded and opened (the cover list and the honorarium, kuitansi, transport and rekap
 * documents).
 */
@org.junit.jupiter.api.Tag("it-browser") // its own WildFly and database: the failsafe execution "browser" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AfterEventBrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void photosFromAPhoneThenTheLaporanThenTheSpjZip() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        long eventId = sumbar.get("/api/v1/events?q=Kepala%20Desa&max=10").array().getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("title").startsWith("Rapat Koordinasi Netralitas Kepala Desa"))
                .mapToLong(e -> e.getJsonNumber("id").longValue()).findFirst().orElseThrow();
        int photosBefore = sumbar.get("/api/v1/events/" + eventId + "/photos").array().size();
        Path dir = Files.createTempDirectory("after-event");
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        List<Path> photos = List.of(
                Files.write(dir.resolve("IMG_3001.jpg"), TestJpegs.withExif(1600, 1200, 6)),
                Files.write(dir.resolve("IMG_3002.jpg"), TestJpegs.withExif(1600, 1200, 1)),
                Files.write(dir.resolve("IMG_3003.png"), TestJpegs.png(1200, 900)));
        try (Browser b = new Browser(base.toString(), downloads)) {
            b.steps("after-event", () -> {
                b.open("/login.xhtml");
                b.waitFor("#username");
                b.type("#username", "sumbar.sekretariat");
                b.type("#password", "rakor2026demo");
                b.click("#submit");
                b.waitFor("#dashboard-title");
                b.size(390, 844);
                b.open("/manage/photos.xhtml?id=" + eventId);
                b.waitFor("#photo-upload");
                b.driver().findElement(By.id("photo-files")).sendKeys(photos.stream().map(p -> p.toAbsolutePath().toString())
                        .reduce((x, y) -> x + "\n" + y).orElseThrow());
                new WebDriverWait(b.driver(), Duration.ofSeconds(120)).until(d ->
                        d.findElements(By.cssSelector("#photo-upload-status .stored")).size() == 3
                                && d.findElements(By.cssSelector("#photo-grid .photo-card")).size() == photosBefore + 3);
                b.ajaxDone();
                b.screenshot("150-after-event-photos-phone");

                b.size(1280, 900);
                b.open("/manage/report.xhtml?id=" + eventId);
                b.waitFor("#report-summary");
                b.screenshot("151-after-event-laporan");
                b.click("#actions\\:pdf");
                Path pdf = waitForDownload(downloads, ".pdf");
                String text = pdfText(pdf);
                for (String chapter : List.of("BAB I", "BAB II", "BAB III", "BAB IV", "LAMPIRAN")) {
                    assertTrue(text.contains(chapter), chapter + " in the laporan");
                }
                assertTrue(text.contains("Kepala Desa"), "the event's title");

                b.open("/manage/spj.xhtml?id=" + eventId);
                b.waitFor("#spj-zip");
                b.screenshot("152-after-event-spj");
                b.click("#spj-zip");
                Path zip = waitForDownload(downloads, ".zip");
                List<String> names = zipNames(zip);
                assertTrue(names.size() >= 5, names.toString());
                for (String part : List.of("honor", "kuitansi", "transport", "rekap")) {
                    assertTrue(names.stream().anyMatch(n -> n.contains(part) && n.endsWith(".pdf")), part + " PDF in " + names);
                }
            });
        }
        assertEquals(photosBefore + 3, sumbar.get("/api/v1/events/" + eventId + "/photos").array().size());
    }

    private static Path waitForDownload(Path dir, String suffix) {
        long until = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < until) {
            try (var files = Files.list(dir)) {
                var found = files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(suffix)).findFirst();
                if (found.isPresent() && Files.size(found.get()) > 0) {
                    return found.get();
                }
                Thread.sleep(300);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no " + suffix + " downloaded into " + dir);
    }

    private static List<String> zipNames(Path zip) {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName().toLowerCase());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return names;
    }

    private static String pdfText(Path pdf) {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
