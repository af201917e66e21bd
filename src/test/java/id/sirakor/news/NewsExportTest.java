package id.sirakor.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.news.control.NewsExport;
import id.sirakor.news.control.NewsService;
import id.sirakor.news.entity.NewsDraft;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/** The exports with a cover photo: the HTML embeds it with its caption (escaped), the .docx holds the picture, caption and paragraphs. */
class NewsExportTest {

    static byte[] jpeg() throws Exception {
        BufferedImage img = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x1b4f72));
        g.fillRect(0, 0, 640, 400);
        g.setColor(new Color(0xf4e9d8));
        g.fillRect(80, 260, 480, 60);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    @Test
    void coverPhotoWithCaptionInBothExports() throws Exception {
        NewsDraft d = new NewsDraft(4L);
        d.setTitle("Bawaslu Provinsi Sumatera Barat Gelar Rakor \"Netralitas\"");
        d.setBody("Bukittinggi, 15 Oktober 2024 \u2013 Bawaslu Provinsi Sumatera Barat menggelar rakor.\n\n"
                + "Rakor tersebut menghasilkan sejumlah kesepakatan, antara lain:\n\n1. Satu.\n2. Dua.");
        byte[] photo = jpeg();
        NewsService.Export x = new NewsService.Export(d, photo, "Peserta <rakor> di Grand Rocky Hotel", 640, 400, "berita-4");

        String html = NewsExport.html(x);
        assertTrue(html.contains("<img src=\"data:image/jpeg;base64,"), "the cover is embedded");
        assertTrue(html.contains("<figcaption>Peserta &lt;rakor&gt; di Grand Rocky Hotel</figcaption>"), html);
        assertTrue(html.contains("<title>Bawaslu Provinsi Sumatera Barat Gelar Rakor &quot;Netralitas&quot;</title>"));
        assertFalse(html.contains("<rakor>"));
        assertTrue(html.contains("<p>1. Satu.<br>\n2. Dua.</p>"), html);

        byte[] docx = NewsExport.docx(x);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(1, doc.getAllPictures().size(), "the cover photo");
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertEquals(d.getTitle(), ps.get(0).getText());
            assertEquals("Peserta <rakor> di Grand Rocky Hotel", ps.get(2).getText(), "the caption under the picture");
            assertEquals("Bukittinggi, 15 Oktober 2024 \u2013 Bawaslu Provinsi Sumatera Barat menggelar rakor.", ps.get(3).getText());
            assertEquals("1. Satu.\n2. Dua.", ps.get(5).getText());
        }
        // for a look at the rendering (docs: report)
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/news-sample.html"), html, StandardCharsets.UTF_8);
        Files.write(Path.of("target/news-sample.docx"), docx);
    }
}
