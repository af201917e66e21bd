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
                "yang diselenggarakan oleh Bawaslu Provinsi Sumatera Barat di Grand Rocky Hotel Bukittinggi",
                CertificateIssuer.dateRange(LocalDate.of(2029, 9, 30), LocalDate.of(2029, 10, 1)),
                "Bukittinggi, 1 Oktober 2029", "Ketua Bawaslu Provinsi Sumatera Barat", "Dr. Surya Efitrimen, S.H., M.H.",
                null, null, null, "#1a3a6c", CertificateLayout.defaults(95), "ABCD234567", "https://sirakor.example.id/p/verify.xhtml?c=ABCD234567");
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

    /** A moved name is printed where the layout says (same millimetres in the SVG), and a field outside the page is refused by name. */
    @Test
    void movedLayoutSvgAndValidation() throws Exception {
        CertificateLayout moved = CertificateLayout.defaults(95).with(CertificateLayout.Field.NAME,
                new CertificateLayout.Box(30, 70, 26, 150, CertificateLayout.Align.LEFT, false))
                .with(CertificateLayout.Field.INSTITUTION, new CertificateLayout.Box(30, 78, 12, 150, CertificateLayout.Align.LEFT, true)).validate();
        CertificatePdf.Model base = model("Dra. Wulan Sari, M.Si.");
        CertificatePdf.Model m = new CertificatePdf.Model(base.heading(), base.number(), base.intro(), base.name(), base.institution(), base.roleLine(),
                base.eventTitle(), base.venueLine(), base.dates(), base.placeDate(), base.signerPosition(), base.signerName(), null, null, null,
                base.accent(), moved, base.verifyCode(), base.verifyUrl());
        byte[] pdf = CertificatePdf.render(m);
        Files.write(Files.createDirectories(Path.of("target", "documents")).resolve("certificate-moved.pdf"), pdf);
        java.util.List<float[]> at = new java.util.ArrayList<>();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            new com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor(new com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener() {
                public void eventOccurred(com.itextpdf.kernel.pdf.canvas.parser.data.IEventData data, com.itextpdf.kernel.pdf.canvas.parser.EventType type) {
                    var t = (com.itextpdf.kernel.pdf.canvas.parser.data.TextRenderInfo) data;
                    if (t.getText().startsWith("Dra.")) {
                        var p = t.getBaseline().getStartPoint();
                        at.add(new float[] {p.get(0), p.get(1)});
                    }
                }

                public java.util.Set<com.itextpdf.kernel.pdf.canvas.parser.EventType> getSupportedEvents() {
                    return java.util.Set.of(com.itextpdf.kernel.pdf.canvas.parser.EventType.RENDER_TEXT);
                }
            }).processPageContent(doc.getPage(1));
            String text = PdfTextExtractor.getTextFromPage(doc.getPage(1));
            assertTrue(!text.contains("Bawaslu Kabupaten Agam"), "a hidden field is not printed: " + text);
        }
        assertEquals(30 * 72 / 25.4, at.get(0)[0], 0.5, "x in mm from the left");
        assertEquals(595.28 - 70 * 72 / 25.4, at.get(0)[1], 0.5, "y in mm from the top (baseline)");
        String svg = CertificatePdf.svg(m, k -> "/img/" + k);
        Files.writeString(Path.of("target", "documents", "certificate-moved.svg"), svg);
        assertTrue(svg.contains("data-field=\"name\"") && svg.contains("<text x=\"30.00\" y=\"70.00\""), svg);
        assertTrue(!svg.contains("data-field=\"institution\""), "hidden in the preview too");
        // the QR's modules in the preview: the quiet zone (4 modules) left blank, the finder's corner dark
        assertTrue(svg.contains("<path fill=\"#000\" d=\"M"), "QR modules drawn");
        assertTrue(!svg.contains(String.format(java.util.Locale.ROOT, "M%.2f %.2fh", 22.0, 156.0)), "quiet zone blank");

        var outside = org.junit.jupiter.api.Assertions.assertThrows(id.sirakor.platform.error.BusinessException.class, () ->
                CertificateLayout.parse("{\"name\":{\"x\":280,\"align\":\"left\"}}", 95).validate());
        assertEquals("layout.name", outside.field());
        assertEquals("cert.layoutOutside", outside.key());
        assertEquals("layout.qr.size", org.junit.jupiter.api.Assertions.assertThrows(id.sirakor.platform.error.BusinessException.class, () ->
                CertificateLayout.parse("{\"qr\":{\"size\":500}}", 95).validate()).field());
        assertEquals("layout", org.junit.jupiter.api.Assertions.assertThrows(id.sirakor.platform.error.BusinessException.class, () ->
                CertificateLayout.parse("{\"nama\":{}}", 95)).field());
        assertEquals(CertificateLayout.defaults(95).toJson(), CertificateLayout.parse(CertificateLayout.defaults(95).toJson(), 95).toJson());
    }
}
