package id.sirakor.certificate.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

/** The certificate page read back: its text with Indonesian dates and letters, the QR decoded, every font embedded, PDF/A-2b declared. */
class CertificatePdfTest {

    static CertificatePdf.Model model(String name) {
        return new CertificatePdf.Model("SERTIFIKAT", "0007/SERT/12/2029", "diberikan kepada", name, "Bawaslu Kabupaten Agam",
                CertificateIssuer.roleLine(id.sirakor.certificate.entity.Certificate.Role.PESERTA),
                "Rapat Koordinasi Pengawasan Netralitas ASN",
                "yang diselenggarakan oleh Bawaslu Provinsi Sumatera Barat di Grand Rocky Hotel Bukittinggi, "
                        + CertificateIssuer.dateRange(LocalDate.of(2029, 9, 30), LocalDate.of(2029, 10, 1)),
                "Bukittinggi, 1 Oktober 2029", "Ketua Bawaslu Provinsi Sumatera Barat", "Dr. Surya Efitrimen, S.H., M.H.",
                null, null, null, "#1a3a6c", 95, "ABCD234567", "https://sirakor.example.id/p/verify.xhtml?c=ABCD234567");
    }

    @Test
    void textQrFontsAndPdfA() throws Exception {
        byte[] pdf = CertificatePdf.render(model("Dr. Ṣiti Nurhāliza Ñoviyanti, S.E., M.Ak."));
        Path dir = Files.createDirectories(Path.of("target", "documents"));
        Files.write(dir.resolve("certificate.pdf"), pdf);
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            String text = PdfTextExtractor.getTextFromPage(doc.getPage(1)).replaceAll("\\s+", " ");
            assertTrue(text.contains("Dr. Ṣiti Nurhāliza Ñoviyanti, S.E., M.Ak."), text);
            assertTrue(text.contains("Nomor: 0007/SERT/12/2029"), text);
            assertTrue(text.contains("30 September – 1 Oktober 2029"), text);
            assertTrue(text.contains("sebagai PESERTA"), text);
            assertTrue(text.contains("ABCD234567"), text);
            assertEquals(842, Math.round(doc.getPage(1).getPageSize().getWidth()), "A4 landscape");
            PdfDictionary fonts = doc.getPage(1).getResources().getResource(PdfName.Font);
            for (PdfName n : fonts.keySet()) {
                PdfDictionary f = fonts.getAsDictionary(n);
                PdfDictionary desc = f.getAsArray(PdfName.DescendantFonts).getAsDictionary(0).getAsDictionary(PdfName.FontDescriptor);
                assertTrue(desc.containsKey(PdfName.FontFile2), "embedded: " + f.get(PdfName.BaseFont));
            }
            String xmp = new String(doc.getXmpMetadataBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("pdfaid:part") && xmp.contains("2"), xmp);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 200);
            String qr = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
            assertEquals("https://sirakor.example.id/p/verify.xhtml?c=ABCD234567", qr);
        }
    }

    @Test
    void numbersAndDates() {
        assertEquals("0012/SERT/7/2029", CertificateIssuer.number("{no}/SERT/{event}/{year}", 12, 7, LocalDate.of(2029, 9, 1)));
        assertEquals("12/BWS/IX/2029", CertificateIssuer.number("{n}/BWS/{month}/{year}", 12, 7, LocalDate.of(2029, 9, 1)));
        assertEquals("17–18 September 2029", CertificateIssuer.dateRange(LocalDate.of(2029, 9, 17), LocalDate.of(2029, 9, 18)));
        assertEquals("17 September 2029", CertificateIssuer.dateRange(LocalDate.of(2029, 9, 17), LocalDate.of(2029, 9, 17)));
    }
}
