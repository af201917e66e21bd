import com.itextpdf.barcodes.BarcodeQRCode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import javax.imageio.ImageIO;

/**
 * (c) the mail merge for LibreOffice: N flat ODF text documents (.fodt) of the same certificate —
 * A4 landscape, the same texts with each recipient's name, number and verification code, and each
 * recipient's own QR code as an embedded PNG — written to a directory for {@code soffice --convert-to pdf}.
 * Usage: java -cp <WEB-INF/lib/*> LoMerge.java <dir> <n>
 */
public class LoMerge {
    static final String TEMPLATE = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
          xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
          xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
          xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
         <office:font-face-decls><style:font-face style:name="Noto Sans" svg:font-family="'Noto Sans'"/></office:font-face-decls>
         <office:styles>
          <style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>
           <style:text-properties style:font-name="Noto Sans" fo:font-size="12pt"/></style:style>
         </office:styles>
         <office:automatic-styles>
          <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="297mm" fo:page-height="210mm" style:print-orientation="landscape"
            fo:margin="12mm" fo:border="2.1mm double #1a3a6c" style:border-line-width="0.42mm 1.2mm 0.42mm" fo:padding="8mm"/></style:page-layout>
          <style:style style:name="H" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="6mm"/>
           <style:text-properties fo:font-size="34pt" fo:font-weight="bold" fo:color="#1a3a6c" fo:letter-spacing="1.4mm"/></style:style>
          <style:style style:name="I" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="6mm"/>
           <style:text-properties fo:font-size="14pt" fo:font-style="italic"/></style:style>
          <style:style style:name="N" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="8mm"/>
           <style:text-properties fo:font-size="28pt" fo:font-weight="bold" fo:color="#1a3a6c"/></style:style>
          <style:style style:name="R" style:family="paragraph" style:parent-style-name="Standard">
           <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>
          <style:style style:name="S" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="end" fo:margin-right="20mm"/>
           <style:text-properties fo:font-size="11pt"/></style:style>
          <style:style style:name="Q" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="from-top" style:horizontal-pos="from-left"
            style:vertical-rel="page" style:horizontal-rel="page"/></style:style>
         </office:automatic-styles>
         <office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
         <office:body><office:text>
          <text:p text:style-name="H">SERTIFIKAT</text:p>
          <text:p text:style-name="Standard">Nomor: {{NO}}/SERT/2030</text:p>
          <text:p text:style-name="I">diberikan kepada</text:p>
          <text:p text:style-name="N">{{NAME}}</text:p>
          <text:p text:style-name="Standard">Bawaslu Kota Padang</text:p>
          <text:p text:style-name="R">sebagai PESERTA</text:p>
          <text:p text:style-name="I">dalam</text:p>
          <text:p text:style-name="R">Sosialisasi Bench Sertifikat</text:p>
          <text:p text:style-name="Standard">yang diselenggarakan oleh Bawaslu Provinsi Sumatera Barat di Grand Rocky Hotel Bukittinggi</text:p>
          <text:p text:style-name="Standard">10 Februari 2030</text:p>
          <text:p text:style-name="S">Bukittinggi, 10 Februari 2030</text:p>
          <text:p text:style-name="S">Ketua Bawaslu Provinsi Sumatera Barat</text:p>
          <text:p text:style-name="S"/>
          <text:p text:style-name="S">Dr. Surya Efitrimen, S.H., M.H.</text:p>
          <text:p text:style-name="Standard"><draw:frame draw:style-name="Q" draw:name="qr" text:anchor-type="page" text:anchor-page-number="1"
            svg:x="22mm" svg:y="154mm" svg:width="26mm" svg:height="26mm"><draw:image><office:binary-data>{{QR}}</office:binary-data></draw:image></draw:frame>
            Kode verifikasi {{CODE}} · http://localhost:8080/p/verify.xhtml?c={{CODE}}</text:p>
         </office:text></office:body>
        </office:document>
        """;

    public static void main(String[] a) throws Exception {
        Path dir = Files.createDirectories(Path.of(a[0]));
        int n = Integer.parseInt(a[1]);
        for (int i = 0; i < n; i++) {
            String code = String.format("BNCH%06d", i + 1);
            java.awt.Image img = new BarcodeQRCode("http://localhost:8080/p/verify.xhtml?c=" + code).createAwtImage(Color.BLACK, Color.WHITE);
            BufferedImage bi = new BufferedImage(img.getWidth(null) * 4, img.getHeight(null) * 4, BufferedImage.TYPE_BYTE_GRAY);
            bi.getGraphics().drawImage(img, 0, 0, bi.getWidth(), bi.getHeight(), null);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(bi, "png", png);
            String doc = TEMPLATE.replace("{{NO}}", String.format("%04d", i + 1)).replace("{{NAME}}", "Peserta Bench " + (i + 1) + ", S.H.")
                    .replace("{{CODE}}", code).replace("{{QR}}", Base64.getEncoder().encodeToString(png.toByteArray()));
            Files.writeString(dir.resolve(String.format("sertifikat-%05d.fodt", i + 1)), doc);
        }
    }
}
