import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * (a) the limit: plain iText writing the same certificate page (same texts, the same Noto Sans
 * embedded, the same QR) N times in this JVM, no design lookup, no database, no storage.
 * Then, for the breakdown, with Sirakor's classes on the class path: Sirakor's own page code alone
 * ({@code CertificatePdf.render}: PDF/A-2b, the designer's layout), and the same page signed through
 * {@code Pkcs12DocumentSigner} (PAdES B-B, RSA 2048, a development keystore made for the run): the
 * difference of the two is the signature's cost per certificate.
 * Usage: java -cp <WEB-INF/lib/*>:<WEB-INF/classes> Raw.java <fonts dir> <n>   → prints "raw|page|signed cold|warm <n> <seconds> <bytes/page>"
 */
public class Raw {
    public static void main(String[] a) throws Exception {
        Path dir = Path.of(a[0]);
        int n = Integer.parseInt(a[1]);
        FontProgram reg = FontProgramFactory.createFont(Files.readAllBytes(dir.resolve("NotoSans-Regular.ttf")), true);
        FontProgram bold = FontProgramFactory.createFont(Files.readAllBytes(dir.resolve("NotoSans-Bold.ttf")), true);
        FontProgram it = FontProgramFactory.createFont(Files.readAllBytes(dir.resolve("NotoSans-Italic.ttf")), true);
        for (int round = 0; round < 2; round++) {
            int count = round == 0 ? Math.min(300, n) : n;
            long t0 = System.nanoTime();
            long bytes = 0;
            for (int i = 0; i < count; i++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                PdfDocument pdf = new PdfDocument(new PdfWriter(out));
                PdfFont r = PdfFontFactory.createFont(reg, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
                PdfFont b = PdfFontFactory.createFont(bold, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
                PdfFont t = PdfFontFactory.createFont(it, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
                PageSize size = PageSize.A4.rotate();
                Document doc = new Document(pdf, size);
                doc.add(new Paragraph("SERTIFIKAT").setFont(b).setFontSize(34).setTextAlignment(TextAlignment.CENTER));
                doc.add(new Paragraph("Nomor: " + String.format("%04d", i + 1) + "/SERT/2029").setFont(r).setFontSize(12).setTextAlignment(TextAlignment.CENTER));
                doc.add(new Paragraph("diberikan kepada").setFont(t).setFontSize(14).setTextAlignment(TextAlignment.CENTER));
                doc.add(new Paragraph("Peserta Bench " + (i + 1) + ", S.H.").setFont(b).setFontSize(28).setTextAlignment(TextAlignment.CENTER));
                doc.add(new Paragraph("Bawaslu Kota Padang").setFont(r).setFontSize(12).setTextAlignment(TextAlignment.CENTER));
                doc.add(new Paragraph("sebagai PESERTA").setFont(b).setFontSize(15).setTextAlignment(TextAlignment.CENTER));
                doc.add(new Paragraph("dalam").setFont(t).setFontSize(11.5f).setTextAlignment(TextAlignment.CENTER));
                doc.add(new Paragraph("Sosialisasi Bench Sertifikat\nyang diselenggarakan oleh Bawaslu Provinsi Sumatera Barat di Grand Rocky Hotel Bukittinggi, 10 Februari 2030")
                        .setFont(r).setFontSize(11.5f).setTextAlignment(TextAlignment.CENTER));
                doc.add(new Paragraph("Bukittinggi, 10 Februari 2030\nKetua Bawaslu Provinsi Sumatera Barat\n\n\nDr. Surya Efitrimen, S.H., M.H.")
                        .setFont(r).setFontSize(11).setTextAlignment(TextAlignment.RIGHT));
                BarcodeQRCode qr = new BarcodeQRCode("http://localhost:8080/p/verify.xhtml?c=ABCD23456" + (i % 10));
                doc.add(new Image(qr.createFormXObject(ColorConstants.BLACK, pdf)).scaleAbsolute(74, 74).setFixedPosition(62, 60));
                doc.add(new Paragraph("Kode verifikasi ABCD23456" + (i % 10)).setFont(r).setFontSize(8).setFixedPosition(140, 70, 200));
                doc.close();
                bytes += out.size();
            }
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf("raw %s %d %.3f %d%n", round == 0 ? "cold" : "warm", count, s, bytes / Math.max(1, count));
        }
        breakdown(n);
    }

    static void breakdown(int n) throws Exception {
        Class<?> pdfc;
        try {
            pdfc = Class.forName("id.sirakor.certificate.control.CertificatePdf");
        } catch (ClassNotFoundException e) {
            return;
        }
        Path keys = Files.createTempDirectory("bench-sign");
        Path p12 = keys.resolve("bench.p12");
        id.sirakor.platform.signing.Pkcs12DocumentSigner.writeDevKeystore(p12, "Sirakor Bench Signing");
        System.setProperty("sirakor.signing.keystore", p12.toString());
        System.setProperty("sirakor.signing.password", "sirakor-dev-only");
        var signer = new id.sirakor.platform.signing.Pkcs12DocumentSigner();
        var load = id.sirakor.platform.signing.Pkcs12DocumentSigner.class.getDeclaredMethod("load");
        load.setAccessible(true);
        load.invoke(signer);
        for (String kind : new String[] {"page", "signed"}) {
            for (int round = 0; round < 2; round++) {
                int count = round == 0 ? Math.min(300, n) : n;
                long t0 = System.nanoTime();
                long bytes = 0;
                for (int i = 0; i < count; i++) {
                    var m = new id.sirakor.certificate.control.CertificatePdf.Model("SERTIFIKAT", String.format("%04d", i + 1) + "/SERT/2030",
                            "diberikan kepada", "Peserta Bench " + (i + 1) + ", S.H.", "Bawaslu Kota Padang", "sebagai PESERTA",
                            "Sosialisasi Bench Sertifikat", "yang diselenggarakan oleh Bawaslu Provinsi Sumatera Barat di Grand Rocky Hotel Bukittinggi",
                            "10 Februari 2030", "Bukittinggi, 10 Februari 2030", "Ketua Bawaslu Provinsi Sumatera Barat", "Dr. Surya Efitrimen, S.H., M.H.",
                            null, null, null, "#1a3a6c", id.sirakor.certificate.control.CertificateLayout.defaults(95), "ABCD23456" + (i % 10),
                            "http://localhost:8080/p/verify.xhtml?c=ABCD23456" + (i % 10));
                    byte[] pdf = id.sirakor.certificate.control.CertificatePdf.render(m);
                    if (kind.equals("signed")) {
                        pdf = signer.sign(pdf, new id.sirakor.platform.signing.DocumentSigner.Request("Sertifikat", "Bukittinggi"));
                    }
                    bytes += pdf.length;
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("%s %s %d %.3f %d%n", kind, round == 0 ? "cold" : "warm", count, s, bytes / Math.max(1, count));
            }
        }
    }
}
