package id.sirakor.certificate.control;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.pdfa.PdfADocument;
import id.sirakor.platform.document.DocumentQr;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A certificate page, A4 landscape, PDF/A-2b: Noto Sans embedded (subset; full Latin with the
 * Indonesian letters), the background image across the page or a double frame in the accent colour,
 * the logo, heading, number, "diberikan kepada", the name with titles, the role, the event with its
 * venue and dates in Indonesian, place and date, the signer's position, signature image and name,
 * and the verification QR with its short code. Everything the page says comes in the {@link Model};
 * no database, no lookup: the benchmark renders the same call in a loop.
 */
public final class CertificatePdf {

    private static final byte[] REGULAR = resource("NotoSans-Regular.ttf");
    private static final byte[] BOLD = resource("NotoSans-Bold.ttf");
    private static final byte[] ITALIC = resource("NotoSans-Italic.ttf");
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final FontProgram REGULAR_P = program(REGULAR);
    private static final FontProgram BOLD_P = program(BOLD);
    private static final FontProgram ITALIC_P = program(ITALIC);

    private CertificatePdf() {
    }

    /**
     * @param nameY distance of the name from the top edge, millimetres
     * @param accent "#rrggbb"
     */
    public record Model(String heading, String number, String intro, String name, String institution, String roleLine, String eventTitle,
                        String eventLine, String placeDate, String signerPosition, String signerName, byte[] signature, byte[] background,
                        byte[] logo, String accent, int nameY, String verifyCode, String verifyUrl) {
    }

    private static byte[] resource(String name) {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/id/sirakor/fonts/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FontProgram program(byte[] ttf) {
        try {
            return FontProgramFactory.createFont(ttf, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DeviceRgb color(String hex) {
        try {
            int v = Integer.parseInt(hex.substring(1), 16);
            return new DeviceRgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
        } catch (RuntimeException e) {
            return new DeviceRgb(0x1a, 0x3a, 0x6c);
        }
    }

    public static byte[] render(Model m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PageSize size = PageSize.A4.rotate();
        WriterProperties wp = new WriterProperties().setCompressionLevel(6);
        try (PdfDocument pdf = new PdfADocument(new PdfWriter(out, wp), PdfAConformance.PDF_A_2B,
                new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB)))) {
            pdf.getDocumentInfo().setTitle("Sertifikat " + m.number()).setAuthor(m.signerName() == null ? "Sirakor" : m.signerName())
                    .setSubject(m.eventTitle()).setCreator("Sirakor");
            pdf.getCatalog().setLang(new PdfString("id-ID"));
            PdfFont regular = PdfFontFactory.createFont(REGULAR_P, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont bold = PdfFontFactory.createFont(BOLD_P, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            PdfFont italic = PdfFontFactory.createFont(ITALIC_P, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            PdfPage page = pdf.addNewPage(size);
            float w = size.getWidth(), h = size.getHeight();
            DeviceRgb accent = color(m.accent());
            PdfCanvas canvas = new PdfCanvas(page);
            if (m.background() != null) {
                canvas.addImageFittedIntoRectangle(ImageDataFactory.create(m.background()), new Rectangle(0, 0, w, h), false);
            } else {
                canvas.setStrokeColor(accent).setLineWidth(6).rectangle(22, 22, w - 44, h - 44).stroke();
                canvas.setLineWidth(1.2f).rectangle(34, 34, w - 68, h - 68).stroke();
            }
            try (Document doc = new Document(pdf, size, false)) {
                doc.setFont(regular);
                float mm = 72f / 25.4f;
                float top = h;
                float y = top - 40 * mm;
                if (m.logo() != null) {
                    Image logo = new Image(ImageDataFactory.create(m.logo())).scaleToFit(22 * mm, 22 * mm);
                    logo.setFixedPosition(1, (w - logo.getImageScaledWidth()) / 2, top - 12 * mm - logo.getImageScaledHeight());
                    doc.add(logo);
                }
                doc.add(centred(m.heading(), bold, 34, accent).setCharacterSpacing(4).setFixedPosition(1, 40, y - 8, w - 80));
                doc.add(centred("Nomor: " + m.number(), regular, 12, null).setFixedPosition(1, 40, y - 28, w - 80));
                doc.add(centred(m.intro(), italic, 14, null).setFixedPosition(1, 40, y - 58, w - 80));
                float nameBase = top - m.nameY() * mm;
                doc.add(centred(m.name(), bold, fit(m.name(), bold, 28, w - 160), accent).setFixedPosition(1, 80, nameBase, w - 160));
                if (m.institution() != null) {
                    doc.add(centred(m.institution(), regular, 12, null).setFixedPosition(1, 80, nameBase - 20, w - 160));
                }
                doc.add(centred(m.roleLine(), bold, 15, null).setFixedPosition(1, 60, nameBase - 42, w - 120));
                doc.add(centred("dalam", italic, 11.5f, null).setFixedPosition(1, 60, nameBase - 58, w - 120));
                Paragraph ev = new Paragraph().add(new Text(m.eventTitle()).setFont(bold).setFontSize(13)).add(new Text("\n" + m.eventLine())
                        .setFont(regular).setFontSize(11.5f)).setTextAlignment(TextAlignment.CENTER).setMultipliedLeading(1.1f);
                // anchored at its top: a title over two lines grows downwards, never onto the role line
                float evTop = nameBase - 62, evHeight = 110;
                doc.add(ev.setHeight(evHeight).setVerticalAlignment(com.itextpdf.layout.properties.VerticalAlignment.TOP)
                        .setFixedPosition(1, 90, evTop - evHeight, w - 180));
                // signer at the right
                float sx = w - 95 * mm, sw = 75 * mm, sy = 30 * mm;
                doc.add(centred(m.placeDate(), regular, 11, null).setFixedPosition(1, sx, sy + 78, sw));
                doc.add(centred(m.signerPosition(), regular, 11, null).setMultipliedLeading(1.1f).setHeight(38)
                        .setVerticalAlignment(com.itextpdf.layout.properties.VerticalAlignment.TOP).setFixedPosition(1, sx, sy + 40, sw));
                if (m.signature() != null) {
                    Image sig = new Image(ImageDataFactory.create(m.signature())).scaleToFit(45 * mm, 13 * mm);
                    sig.setFixedPosition(1, sx + (sw - sig.getImageScaledWidth()) / 2, sy + 12);
                    doc.add(sig);
                }
                doc.add(centred(m.signerName(), bold, 12, null).setUnderline().setFixedPosition(1, sx, sy, sw));
                // verification at the left
                float qx = 22 * mm, qs = 26 * mm;
                Image qr = DocumentQr.image(pdf, m.verifyUrl(), qs);
                qr.setFixedPosition(1, qx, sy - 6);
                doc.add(qr);
                doc.add(new Paragraph().add(new Text("Kode verifikasi\n").setFont(regular).setFontSize(8))
                        .add(new Text(m.verifyCode()).setFont(bold).setFontSize(11))
                        .add(new Text("\n" + m.verifyUrl()).setFont(regular).setFontSize(6.5f)).setMultipliedLeading(1.1f)
                        .setFixedPosition(1, qx + qs + 4, sy, 95 * mm));
            }
        }
        return out.toByteArray();
    }

    private static float fit(String s, PdfFont font, float size, float width) {
        float f = size;
        while (f > 14 && font.getWidth(s, f) > width) {
            f -= 1;
        }
        return f;
    }

    private static Paragraph centred(String s, PdfFont font, float size, DeviceRgb color) {
        Paragraph p = new Paragraph(new Text(s == null ? "" : s).setFont(font).setFontSize(size)).setTextAlignment(TextAlignment.CENTER)
                .setMargin(0).setMultipliedLeading(1.15f);
        if (color != null) {
            p.setFontColor(color);
        }
        return p;
    }
}
