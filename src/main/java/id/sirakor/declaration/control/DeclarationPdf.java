package id.sirakor.declaration.control;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import id.sirakor.platform.document.DocumentQr;
import id.sirakor.platform.document.Letterhead;
import id.sirakor.platform.document.PdfKit;
import id.sirakor.platform.time.IndonesianTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The declaration as signed: the unit's letterhead, the title centred, the opening, the numbered
 * points, the closing, place and date, the signers' blocks in a grid (signature image, name,
 * position, representation, time with its zone), the verification QR and code; then an audit page
 * with every step, its IP address, user agent and hash. The PDF is signed afterwards (PAdES).
 */
public final class DeclarationPdf {

    private static final float SIZE = 11.5f;
    private static final float SMALL = 8.5f;

    private DeclarationPdf() {
    }

    public record SignerBlock(String name, String nip, String position, String region, String representation, String repName,
                              String repPosition, byte[] signaturePng, Instant signedAt, String mode) {
    }

    public record Other(String name, String position, String status, String reason) {
    }

    public record Model(Letterhead letterhead, String unitName, String title, String opening, List<String> points, String closing,
                        String place, LocalDate date, ZoneId zone, List<SignerBlock> signed, List<Other> notSigned,
                        String textHash, Instant frozenAt, String verifyCode, String verifyUrl,
                        List<DeclarationService.Step> steps, Instant finalizedAt) {
    }

    public static byte[] render(Model m) {
        try (PdfKit kit = PdfKit.open(PageSize.A4, PdfKit.Margins.cm(2.0, 2.2, 2.2, 2.5), PdfKit.Typeface.SANS,
                new PdfKit.Info(m.title(), m.unitName(), m.title()))) {
            Document doc = kit.document();
            float width = kit.contentWidth();
            doc.add(kit.letterhead(m.letterhead()));

            doc.add(kit.paragraph(m.title().toUpperCase(IndonesianTime.ID), kit.bold(), 13f)
                    .setTextAlignment(TextAlignment.CENTER).setMarginTop(10).setMarginBottom(12));
            doc.add(kit.paragraph(m.opening(), kit.regular(), SIZE).setTextAlignment(TextAlignment.JUSTIFIED).setMarginBottom(6));

            float num = PdfKit.width("10.", kit.regular(), SIZE) + 6;
            Table points = new Table(new float[] {num, width - num}).setWidth(width).setFixedLayout().setBorder(Border.NO_BORDER);
            int i = 1;
            for (String p : m.points()) {
                points.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(i++ + ".", kit.regular(), SIZE)).setPaddingBottom(4));
                points.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(p, kit.regular(), SIZE)
                        .setTextAlignment(TextAlignment.JUSTIFIED)).setPaddingBottom(4));
            }
            doc.add(points);
            if (m.closing() != null && !m.closing().isBlank()) {
                doc.add(kit.paragraph(m.closing(), kit.regular(), SIZE).setTextAlignment(TextAlignment.JUSTIFIED).setMarginTop(6));
            }
            doc.add(kit.paragraph(m.place() + ", " + IndonesianTime.date(m.date(), IndonesianTime.ID), kit.regular(), SIZE)
                    .setTextAlignment(TextAlignment.CENTER).setMarginTop(12).setMarginBottom(6).setKeepWithNext(true));

            doc.add(signatureGrid(kit, m, width));
            doc.add(verification(kit, m, width));

            doc.add(new AreaBreak());
            auditPage(kit, m, width);
            kit.numberPagesFromSecond();
            return kit.finish();
        }
    }

    private static Table signatureGrid(PdfKit kit, Model m, float width) {
        int cols = m.signed().size() <= 2 ? Math.max(1, m.signed().size()) : 3;
        float[] widths = new float[cols];
        java.util.Arrays.fill(widths, width / cols);
        Table grid = new Table(widths).setWidth(width).setFixedLayout().setBorder(Border.NO_BORDER);
        for (SignerBlock s : m.signed()) {
            grid.addCell(PdfKit.bare(new Cell()).add(block(kit, s, m.zone(), width / cols - 8)).setPadding(4).setPaddingBottom(12));
        }
        int rest = m.signed().size() % cols;
        for (int k = 0; rest != 0 && k < cols - rest; k++) {
            grid.addCell(PdfKit.bare(new Cell()));
        }
        if (m.signed().isEmpty()) {
            grid.addCell(PdfKit.bare(new Cell()).add(kit.paragraph("(belum ada tanda tangan)", kit.italic(), SIZE)));
        }
        return grid;
    }

    /** One signer: representation, position, signature, name (bold, underlined), NIP, time. */
    private static Div block(PdfKit kit, SignerBlock s, ZoneId zone, float width) {
        Div b = new Div().setKeepTogether(true).setTextAlignment(TextAlignment.CENTER).setWidth(width);
        String rep = s.representation();
        if ("AN".equals(rep)) {
            b.add(kit.paragraph("a.n. " + s.position(), kit.regular(), 10f));
            b.add(kit.paragraph(s.repPosition(), kit.regular(), 10f));
        } else if ("PLH".equals(rep)) {
            b.add(kit.paragraph("Plh. " + s.position(), kit.regular(), 10f));
        } else {
            b.add(kit.paragraph(s.position(), kit.regular(), 10f));
        }
        Div sig = new Div().setHeight(PdfKit.cm(1.8f)).setTextAlignment(TextAlignment.CENTER);
        if (s.signaturePng() != null) {
            Image img = new Image(ImageDataFactory.create(s.signaturePng())).scaleToFit(width * 0.8f, PdfKit.cm(1.7f));
            img.setHorizontalAlignment(com.itextpdf.layout.properties.HorizontalAlignment.CENTER);
            sig.add(img);
        }
        b.add(sig);
        String printed = "AN".equals(rep) || "PLH".equals(rep) ? s.repName() : s.name();
        b.add(new Paragraph(kit.text(printed, kit.bold(), 10f).setUnderline(0.6f, -1.6f)).setMargin(0).setMultipliedLeading(PdfKit.LEADING));
        if (s.nip() != null && !"AN".equals(rep) && !"PLH".equals(rep)) {
            b.add(kit.paragraph("NIP. " + s.nip(), kit.regular(), 9f));
        }
        if ("DIWAKILI".equals(rep)) {
            b.add(kit.paragraph("diwakili oleh " + s.repName() + ", " + s.repPosition(), kit.italic(), 8.5f));
        }
        if (s.region() != null) {
            b.add(kit.paragraph(s.region(), kit.regular(), 8.5f).setFontColor(DeviceGray.GRAY));
        }
        b.add(kit.paragraph("Ditandatangani " + IndonesianTime.dateTime(s.signedAt(), zone, IndonesianTime.ID)
                + ("CEREMONY".equals(s.mode()) ? " (langsung)" : " (daring)"), kit.regular(), 7.5f).setFontColor(DeviceGray.GRAY));
        return b;
    }

    private static Table verification(PdfKit kit, Model m, float width) {
        float qr = PdfKit.cm(2.4f);
        Table t = new Table(new float[] {qr + 8, width - qr - 8}).setWidth(width).setFixedLayout().setMarginTop(14)
                .setBorderTop(new SolidBorder(DeviceGray.GRAY, 0.5f)).setKeepTogether(true);
        t.addCell(PdfKit.bare(new Cell()).add(DocumentQr.image(kit, m.verifyUrl(), qr)).setPaddingTop(4));
        Div d = new Div();
        d.add(kit.paragraph("Dokumen ini ditandatangani secara elektronik. Periksa keaslian dan keutuhannya dengan memindai kode QR"
                + " atau membuka " + m.verifyUrl(), kit.regular(), SMALL));
        d.add(kit.paragraph("Kode verifikasi: " + m.verifyCode(), kit.bold(), 9.5f).setMarginTop(3));
        d.add(kit.paragraph("SHA-256 teks: " + m.textHash(), kit.mono(), 7f).setMarginTop(2));
        t.addCell(PdfKit.bare(new Cell()).add(d).setVerticalAlignment(VerticalAlignment.MIDDLE).setPaddingTop(6));
        return t;
    }

    private static void auditPage(PdfKit kit, Model m, float width) {
        Document doc = kit.document();
        doc.add(kit.paragraph("LEMBAR JEJAK AUDIT", kit.bold(), 12f).setTextAlignment(TextAlignment.CENTER).setMarginBottom(4));
        doc.add(kit.paragraph(m.title(), kit.regular(), 10f).setTextAlignment(TextAlignment.CENTER).setMarginBottom(10));
        doc.add(kit.labelTable(List.of(
                new id.sirakor.platform.document.LabeledValue("Penyelenggara", m.unitName()),
                new id.sirakor.platform.document.LabeledValue("Teks dibekukan", IndonesianTime.dateTime(m.frozenAt(), m.zone(), IndonesianTime.ID)),
                new id.sirakor.platform.document.LabeledValue("SHA-256 teks", m.textHash()),
                new id.sirakor.platform.document.LabeledValue("Difinalkan", IndonesianTime.dateTime(m.finalizedAt(), m.zone(), IndonesianTime.ID)),
                new id.sirakor.platform.document.LabeledValue("Kode verifikasi", m.verifyCode())), 9f, width).setMarginBottom(8));
        if (!m.notSigned().isEmpty()) {
            doc.add(kit.paragraph("Tidak menandatangani", kit.bold(), 9.5f).setMarginBottom(2));
            for (Other o : m.notSigned()) {
                doc.add(kit.paragraph("• " + o.name() + " – " + o.position() + ": " + o.status()
                        + (o.reason() == null ? "" : " (" + o.reason() + ")"), kit.regular(), 8.5f));
            }
            doc.add(new Div().setHeight(8));
        }
        float[] cols = {0.07f, 0.17f, 0.17f, 0.14f, 0.11f, 0.34f};
        float[] w = new float[cols.length];
        for (int i = 0; i < cols.length; i++) {
            w[i] = cols[i] * width;
        }
        Table t = new Table(w).setWidth(width).setFixedLayout();
        for (String h : List.of("No.", "Waktu", "Langkah", "Oleh", "Alamat IP", "Keterangan / agen pengguna / hash")) {
            t.addHeaderCell(new Cell().add(kit.paragraph(h, kit.bold(), 7.5f)).setBackgroundColor(new DeviceGray(0.9f)).setPadding(2));
        }
        for (DeclarationService.Step s : m.steps()) {
            t.addCell(cell(kit, String.valueOf(s.seq())));
            t.addCell(cell(kit, IndonesianTime.dateTime(s.at(), m.zone(), IndonesianTime.ID)));
            t.addCell(cell(kit, stepName(s.action())));
            t.addCell(cell(kit, s.actor()));
            t.addCell(cell(kit, s.ip() == null ? "-" : s.ip()));
            Div d = new Div().add(kit.paragraph(s.detail() == null ? "" : s.detail(), kit.regular(), 7f))
                    .add(kit.paragraph(s.hash(), kit.mono(), 5.5f).setFontColor(DeviceGray.GRAY));
            t.addCell(new Cell().add(d).setPadding(2).setBorder(new SolidBorder(DeviceGray.GRAY, 0.3f)));
        }
        doc.add(t);
        doc.add(kit.paragraph("Setiap langkah tercatat dalam log audit berantai hash Sirakor; hash di atas adalah hash baris log tersebut.",
                kit.italic(), 7.5f).setMarginTop(6));
    }

    private static Cell cell(PdfKit kit, String s) {
        return new Cell().add(kit.paragraph(s == null ? "" : s, kit.regular(), 7f)).setPadding(2)
                .setBorder(new SolidBorder(DeviceGray.GRAY, 0.3f));
    }

    static String stepName(String action) {
        return switch (action) {
            case "declaration.create" -> "Dibuat";
            case "declaration.update" -> "Teks diubah";
            case "declaration.signer.add" -> "Penanda tangan ditambahkan";
            case "declaration.signer.remove" -> "Penanda tangan dihapus";
            case "declaration.freeze" -> "Teks dibekukan";
            case "declaration.send" -> "Tautan dikirim";
            case "declaration.link.open" -> "Tautan dibuka";
            case "declaration.code.send" -> "Kode dikirim";
            case "declaration.code.fail" -> "Kode salah";
            case "declaration.code.verify" -> "Kode terverifikasi";
            case "declaration.sign" -> "Ditandatangani";
            case "declaration.decline" -> "Ditolak";
            case "declaration.finalize" -> "Difinalkan";
            case "declaration.revoke" -> "Dicabut";
            default -> action;
        };
    }
}
