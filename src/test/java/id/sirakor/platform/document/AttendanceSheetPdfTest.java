package id.sirakor.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class AttendanceSheetPdfTest {

    /** A drawn squiggle as the signature pad sends it: a PNG with transparency. */
    static byte[] signature(int seed) throws IOException {
        BufferedImage img = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        for (int x = 10; x < 280; x += 20) {
            g.drawLine(x, 50 + (x * seed) % 30, x + 20, 50 - (x * seed) % 25);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static AttendanceSheet sheet(int people, boolean blank) throws IOException {
        List<AttendanceSheet.Row> rows = new ArrayList<>();
        for (int i = 1; i <= people; i++) {
            rows.add(new AttendanceSheet.Row(String.format("Peserta %02d Contoh", i), "19840610 200901 1 0" + String.format("%02d", i)
                    + " / Analis", "Bawaslu Kabupaten Agam", "0812660011" + String.format("%02d", i),
                    blank ? null : signature(i), blank ? null : "hadir 08.1" + (i % 10) + " WIB"));
        }
        return new AttendanceSheet(new Letterhead(Documents.emblem(), List.of("BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA BARAT"),
                "Jl. Pramuka V No. 7, Padang", "Telp. (0751) 000000"), "DAFTAR HADIR", "Rakor Pengawasan Netralitas ASN",
                List.of(new LabeledValue("Hari/Tanggal", "Kamis, 5 Maret 2026 (hari ke-1)"),
                        new LabeledValue("Tempat", "Ballroom, Grand Rocky Hotel Bukittinggi")),
                rows, blank, "Bukittinggi, 5 Maret 2026", "Sekretariat Bawaslu Provinsi Sumatera Barat,", "Rina Marlina",
                "Halaman {0} dari {1}", new AttendanceSheet.Labels("No", "Nama", "NIP / Jabatan", "Instansi", "No. HP", "Tanda Tangan"));
    }

    static int images(PDPage page) throws IOException {
        int n = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                n++;
            }
        }
        return n;
    }

    @Test
    void namesInOrderSignaturesEmbeddedHeaderOnEveryPageAndPageNumbers() throws IOException {
        byte[] pdf = AttendanceSheetPdf.render(sheet(30, false));
        Documents.keep("daftar-hadir.pdf", pdf);
        List<String> pages = Documents.pages(pdf);
        assertTrue(pages.size() >= 3, "30 rows of 1.25 cm take more than two landscape pages: " + pages.size());
        String all = Documents.flat(pages);
        int last = -1;
        for (int i = 1; i <= 30; i++) {
            int at = all.indexOf(String.format("Peserta %02d Contoh", i));
            assertTrue(at > last, "row " + i + " in order");
            last = at;
        }
        for (int p = 0; p < pages.size(); p++) {
            String text = pages.get(p).replaceAll("\\s+", " ");
            assertTrue(text.contains("DAFTAR HADIR"), "header on page " + (p + 1));
            assertTrue(text.contains("Hari/Tanggal") && text.contains("Tanda Tangan"), "details and columns on page " + (p + 1));
            assertTrue(text.contains("Halaman " + (p + 1) + " dari " + pages.size()), "page number on page " + (p + 1) + ": " + text);
        }
        assertTrue(Documents.flat(List.of(pages.get(pages.size() - 1))).contains("Rina Marlina"), "the sign-off after the last row");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int total = 0;
            for (PDPage page : doc.getPages()) {
                total += images(page);
            }
            // 30 signatures and the letterhead's emblem
            assertEquals(31, total, "every signature is an image in the PDF");
            assertTrue(images(doc.getPage(1)) > 0, "signatures on page 2 as well");
        }
    }

    @Test
    void theBlankListHasEveryRowAndNoSignature() throws IOException {
        byte[] pdf = AttendanceSheetPdf.render(sheet(5, true));
        Documents.keep("daftar-hadir-kosong.pdf", pdf);
        String all = Documents.flat(Documents.pages(pdf));
        assertTrue(all.contains("Peserta 05 Contoh") && all.contains("Halaman 1 dari 1"), all);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, images(doc.getPage(0)), "only the emblem");
        }
    }
}
