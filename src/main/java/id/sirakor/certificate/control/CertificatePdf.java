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
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Image;
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
     * @param venueLine "yang diselenggarakan oleh … di …"
     * @param dates "17–18 September 2029"
     * @param accent "#rrggbb"
     * @param layout where each field stands (millimetres on the page)
     */
    public record Model(String heading, String number, String intro, String name, String institution, String roleLine, String eventTitle,
                        String venueLine, String dates, String placeDate, String signerPosition, String signerName, byte[] signature,
                        byte[] background, byte[] logo, String accent, CertificateLayout layout, String verifyCode, String verifyUrl) {
    }

    /** The three faces of Noto Sans a page uses (per document: fonts are not shared between threads). */
    public record Fonts(PdfFont regular, PdfFont bold, PdfFont italic) {
        public static Fonts create(boolean embedded) {
            PdfFontFactory.EmbeddingStrategy e = embedded ? PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED
                    : PdfFontFactory.EmbeddingStrategy.PREFER_NOT_EMBEDDED;
            return new Fonts(PdfFontFactory.createFont(REGULAR_P, PdfEncodings.IDENTITY_H, e),
                    PdfFontFactory.createFont(BOLD_P, PdfEncodings.IDENTITY_H, e), PdfFontFactory.createFont(ITALIC_P, PdfEncodings.IDENTITY_H, e));
        }
    }

    public enum Face { REGULAR, BOLD, ITALIC }

    /** One laid-out line of text: the anchor {@code x} and the baseline {@code y} in millimetres, the size in points. */
    public record TextMark(CertificateLayout.Field field, String text, Face face, float size, double x, double y, CertificateLayout.Align align,
                           boolean accent, boolean underline, float spacing, double width) {
    }

    /** An image's box (logo, signature, QR) in millimetres; the picture is fitted into it, aligned by {@code align}. */
    public record ImageMark(CertificateLayout.Field field, double left, double top, double w, double h, CertificateLayout.Align align) {
    }

    public record Marks(java.util.List<TextMark> texts, java.util.List<ImageMark> images) {
    }

    static final double PT = 25.4 / 72;

    /**
     * Lays the page out: every visible field of the layout as lines of text (wrapped to the field's
     * width, the name first shrunk to fit) and image boxes. The event title's extra lines push the
     * venue and dates below it down. The PDF and the designer's preview draw exactly these marks.
     */
    public static Marks marks(Model m, Fonts f) {
        CertificateLayout l = m.layout();
        java.util.List<TextMark> texts = new java.util.ArrayList<>();
        java.util.List<ImageMark> images = new java.util.ArrayList<>();
        double push = 0;
        for (CertificateLayout.Field field : CertificateLayout.Field.values()) {
            CertificateLayout.Box b = l.box(field);
            if (b.hidden()) {
                continue;
            }
            float size = (float) b.size();
            switch (field) {
                case LOGO -> {
                    if (m.logo() != null) {
                        images.add(new ImageMark(field, b.left(), b.y(), b.w(), b.size(), b.align()));
                    }
                }
                case SIGNATURE -> {
                    if (m.signature() != null) {
                        images.add(new ImageMark(field, b.left(), b.y(), b.w(), b.size(), b.align()));
                    }
                }
                case QR -> images.add(new ImageMark(field, b.left(), b.y(), Math.min(b.w(), b.size()), b.size(), b.align()));
                case HEADING -> lines(texts, field, m.heading(), f, Face.BOLD, size, b, true, false, 4 * size / 34f, 1);
                case NUMBER -> lines(texts, field, "Nomor: " + m.number(), f, Face.REGULAR, size, b, false, false, 0, 2);
                case INTRO -> lines(texts, field, m.intro(), f, Face.ITALIC, size, b, false, false, 0, 2);
                case NAME -> {
                    float s = size;
                    while (s > size * 0.6f && f.bold().getWidth(m.name(), s) * PT > b.w()) {
                        s -= 0.5f;
                    }
                    lines(texts, field, m.name(), f, Face.BOLD, s, b, true, false, 0, 2);
                }
                case INSTITUTION -> {
                    if (m.institution() != null && !m.institution().isBlank()) {
                        lines(texts, field, m.institution(), f, Face.REGULAR, size, b, false, false, 0, 2);
                    }
                }
                case ROLE -> {
                    lines(texts, field, m.roleLine(), f, Face.BOLD, size, b, false, false, 0, 1);
                    CertificateLayout.Box dalam = new CertificateLayout.Box(b.x(), b.y() + size * 16 / 15 * PT * 1.05, b.size(), b.w(), b.align(), false);
                    lines(texts, field, "dalam", f, Face.ITALIC, size * 11.5f / 15, dalam, false, false, 0, 1);
                }
                case EVENT_TITLE -> {
                    int n = lines(texts, field, m.eventTitle(), f, Face.BOLD, size, b, false, false, 0, 3);
                    push = (n - 1) * size * 1.15 * PT;
                }
                case VENUE, DATES -> {
                    CertificateLayout.Box title = l.box(CertificateLayout.Field.EVENT_TITLE);
                    double dy = !title.hidden() && b.y() > title.y() && b.y() - title.y() < 25 ? push : 0;
                    CertificateLayout.Box moved = new CertificateLayout.Box(b.x(), b.y() + dy, b.size(), b.w(), b.align(), false);
                    int n = lines(texts, field, field == CertificateLayout.Field.VENUE ? m.venueLine() : m.dates(), f, Face.REGULAR, size, moved,
                            false, false, 0, 3);
                    if (field == CertificateLayout.Field.VENUE) {
                        push += (n - 1) * size * 1.15 * PT;
                    }
                }
                case PLACE_DATE -> lines(texts, field, m.placeDate(), f, Face.REGULAR, size, b, false, false, 0, 1);
                case SIGNER_POSITION -> lines(texts, field, m.signerPosition(), f, Face.REGULAR, size, b, false, false, 0, 3);
                case SIGNER_NAME -> lines(texts, field, m.signerName(), f, Face.BOLD, size, b, false, true, 0, 2);
                case CODE -> {
                    float small = size * 8 / 11, tiny = size * 6.5f / 11;
                    lines(texts, field, "Kode verifikasi", f, Face.REGULAR, small, b, false, false, 0, 1);
                    double y2 = b.y() + size * 1.1 * PT;
                    lines(texts, field, m.verifyCode(), f, Face.BOLD, size,
                            new CertificateLayout.Box(b.x(), y2, b.size(), b.w(), b.align(), false), false, false, 0, 1);
                    lines(texts, field, m.verifyUrl(), f, Face.REGULAR, tiny,
                            new CertificateLayout.Box(b.x(), y2 + tiny * 1.3 * PT, b.size(), b.w(), b.align(), false), false, false, 0, 1);
                }
                default -> throw new IllegalStateException(field.name());
            }
        }
        return new Marks(texts, images);
    }

    private static PdfFont font(Fonts f, Face face) {
        return switch (face) {
            case REGULAR -> f.regular();
            case BOLD -> f.bold();
            case ITALIC -> f.italic();
        };
    }

    /** Adds the text wrapped at word boundaries to the box's width (at most {@code max} lines); returns how many lines. */
    private static int lines(java.util.List<TextMark> out, CertificateLayout.Field field, String text, Fonts fonts, Face face, float size,
                             CertificateLayout.Box b, boolean accent, boolean underline, float spacing, int max) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        PdfFont font = font(fonts, face);
        java.util.List<String> rows = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.trim().split("\\s+")) {
            String next = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, next, size, spacing) > b.w() && rows.size() < max - 1) {
                rows.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(next);
            }
        }
        rows.add(line.toString());
        double y = b.y();
        for (String r : rows) {
            out.add(new TextMark(field, r, face, size, b.x(), y, b.align(), accent, underline, spacing, width(font, r, size, spacing)));
            y += size * 1.15 * PT;
        }
        return rows.size();
    }

    static double width(PdfFont font, String s, float size, float spacing) {
        return (font.getWidth(s, size) + spacing * Math.max(0, s.codePointCount(0, s.length()) - 1)) * PT;
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
            Fonts fonts = Fonts.create(true);
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
            float mm = (float) (1 / PT);
            Marks marks = marks(m, fonts);
            for (ImageMark i : marks.images()) {
                float bw = (float) i.w() * mm, bh = (float) i.h() * mm;
                float left = (float) i.left() * mm, top = h - (float) i.top() * mm;
                if (i.field() == CertificateLayout.Field.QR) {
                    float x = align(i.align(), left, bw, bh);
                    try (Canvas c = new Canvas(canvas, new Rectangle(0, 0, w, h))) {
                        Image qr = DocumentQr.image(pdf, m.verifyUrl(), bh);
                        qr.setFixedPosition(x, top - bh);
                        c.add(qr);
                    }
                    continue;
                }
                com.itextpdf.io.image.ImageData data = ImageDataFactory.create(i.field() == CertificateLayout.Field.LOGO ? m.logo() : m.signature());
                float scale = Math.min(bw / data.getWidth(), bh / data.getHeight());
                float iw = data.getWidth() * scale, ih = data.getHeight() * scale;
                canvas.addImageFittedIntoRectangle(data, new Rectangle(align(i.align(), left, bw, iw), top - ih, iw, ih), false);
            }
            for (TextMark t : marks.texts()) {
                PdfFont font = font(fonts, t.face());
                float tw = (float) t.width() * mm;
                float x = (float) t.x() * mm;
                x = switch (t.align()) {
                    case LEFT -> x;
                    case CENTER -> x - tw / 2;
                    case RIGHT -> x - tw;
                };
                float y = h - (float) t.y() * mm;
                DeviceRgb colour = t.accent() ? accent : BLACK;
                canvas.beginText().setFontAndSize(font, t.size()).setFillColor(colour).setCharacterSpacing(t.spacing()).moveText(x, y)
                        .showText(t.text()).endText();
                if (t.underline()) {
                    canvas.setStrokeColor(colour).setLineWidth(Math.max(0.5f, t.size() / 18)).moveTo(x, y - t.size() * 0.12f)
                            .lineTo(x + tw, y - t.size() * 0.12f).stroke();
                }
            }
            canvas.setCharacterSpacing(0);
        }
        return out.toByteArray();
    }

    private static final DeviceRgb BLACK = new DeviceRgb(0, 0, 0);

    /** The left edge of something {@code inner} wide in a box at {@code left}, {@code box} wide. */
    private static float align(CertificateLayout.Align a, float left, float box, float inner) {
        return switch (a) {
            case LEFT -> left;
            case CENTER -> left + (box - inner) / 2;
            case RIGHT -> left + box - inner;
        };
    }

    /**
     * The same marks as SVG in millimetre user units (viewBox 297 × 210), for the designer: each field
     * a group {@code data-field} with a transparent hit box to drag. {@code href} gives the URL of the
     * background, logo or signature picture (null: none).
     */
    public static String svg(Model m, java.util.function.Function<String, String> href) {
        Marks marks = marks(m, Fonts.create(false));
        StringBuilder s = new StringBuilder(8 * 1024);
        String accent = m.accent() != null && m.accent().matches("#[0-9a-fA-F]{6}") ? m.accent() : "#1a3a6c";
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cert-canvas\" viewBox=\"0 0 297 210\" font-family=\"'Noto Sans', 'DejaVu Sans', sans-serif\">");
        s.append("<rect width=\"297\" height=\"210\" fill=\"#fff\"/>");
        String bg = m.background() == null ? null : href.apply("background");
        if (bg != null) {
            s.append("<image href=\"").append(esc(bg)).append("\" x=\"0\" y=\"0\" width=\"297\" height=\"210\" preserveAspectRatio=\"none\"/>");
        } else {
            double o = 22 * PT, i = 34 * PT;
            s.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.2f\"/>",
                    o, o, 297 - 2 * o, 210 - 2 * o, accent, 6 * PT));
            s.append(String.format(java.util.Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"none\" stroke=\"%s\" stroke-width=\"%.2f\"/>",
                    i, i, 297 - 2 * i, 210 - 2 * i, accent, 1.2 * PT));
        }
        for (CertificateLayout.Field field : CertificateLayout.Field.values()) {
            double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -1, y1 = -1;
            StringBuilder g = new StringBuilder();
            for (ImageMark i : marks.images()) {
                if (i.field() != field) {
                    continue;
                }
                x0 = i.left();
                y0 = i.top();
                x1 = i.left() + i.w();
                y1 = i.top() + i.h();
                String ar = switch (i.align()) {
                    case LEFT -> "xMinYMin";
                    case CENTER -> "xMidYMin";
                    case RIGHT -> "xMaxYMin";
                };
                if (field == CertificateLayout.Field.QR) {
                    g.append(qr(m.verifyUrl(), align(i.align(), (float) i.left(), (float) i.w(), (float) i.h()), i.top(), i.h()));
                } else {
                    String u = href.apply(field == CertificateLayout.Field.LOGO ? "logo" : "signature");
                    if (u != null) {
                        g.append(String.format(java.util.Locale.ROOT, "<image href=\"%s\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" preserveAspectRatio=\"%s meet\"/>",
                                esc(u), i.left(), i.top(), i.w(), i.h(), ar));
                    }
                }
            }
            for (TextMark t : marks.texts()) {
                if (t.field() != field) {
                    continue;
                }
                double left = switch (t.align()) {
                    case LEFT -> t.x();
                    case CENTER -> t.x() - t.width() / 2;
                    case RIGHT -> t.x() - t.width();
                };
                double fs = t.size() * PT;
                x0 = Math.min(x0, left);
                x1 = Math.max(x1, left + t.width());
                y0 = Math.min(y0, t.y() - fs * 0.8);
                y1 = Math.max(y1, t.y() + fs * 0.25);
                g.append(String.format(java.util.Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.2f\" textLength=\"%.2f\" lengthAdjust=\"spacingAndGlyphs\"%s%s%s%s>%s</text>",
                        left, t.y(), fs, t.width(), t.face() == Face.BOLD ? " font-weight=\"bold\"" : "",
                        t.face() == Face.ITALIC ? " font-style=\"italic\"" : "", t.accent() ? " fill=\"" + accent + "\"" : "",
                        t.underline() ? " text-decoration=\"underline\"" : "", esc(t.text())));
            }
            if (x1 < 0) {
                continue;
            }
            s.append("<g class=\"cert-field\" data-field=\"").append(field.key()).append("\">");
            s.append(String.format(java.util.Locale.ROOT, "<rect class=\"cert-hit\" fill=\"transparent\" x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"/>",
                    x0 - 1, y0 - 1, x1 - x0 + 2, y1 - y0 + 2));
            s.append(g).append("</g>");
        }
        return s.append("</svg>").toString();
    }

    private static String qr(String payload, double left, double top, double size) {
        java.util.Map<com.itextpdf.barcodes.qrcode.EncodeHintType, Object> hints = new java.util.HashMap<>();
        hints.put(com.itextpdf.barcodes.qrcode.EncodeHintType.ERROR_CORRECTION, com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel.M);
        try {
            com.itextpdf.barcodes.qrcode.ByteMatrix bm = new com.itextpdf.barcodes.qrcode.QRCodeWriter().encode(payload, 1, 1, hints);
            int n = bm.getWidth();
            double cell = size / n;
            StringBuilder p = new StringBuilder("<path fill=\"#000\" d=\"");
            for (int y = 0; y < bm.getHeight(); y++) {
                for (int x = 0; x < n; x++) {
                    if (bm.get(x, y) == 0) { // rendered matrix: 0 is a dark module (as BarcodeQRCode reads it)
                        p.append(String.format(java.util.Locale.ROOT, "M%.2f %.2fh%.2fv%.2fh-%.2fz", left + x * cell, top + y * cell, cell, cell, cell));
                    }
                }
            }
            return p.append("\"/>").toString();
        } catch (com.itextpdf.barcodes.exceptions.WriterException e) {
            return "";
        }
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
