package id.sirakor.platform.document;

import com.itextpdf.barcodes.BarcodeQRCode;
import com.itextpdf.barcodes.qrcode.EncodeHintType;
import com.itextpdf.barcodes.qrcode.ErrorCorrectionLevel;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.BorderRadius;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link Ticket} on one A6 portrait page: the proportions of a phone screen, so it reads
 * full-width on a phone, and a quarter of an A4 sheet when printed. The QR code is vector art, at
 * least 4 cm wide plus its quiet zone, error correction M (15 % of the symbol may be damaged or
 * glared), so it scans from a screen or from paper. The code beside it is the fallback a person can
 * read out or type.
 */
public final class TicketPdf {

    private static final Color INK = new DeviceRgb(0x1f, 0x2a, 0x37);
    private static final Color MUTED = new DeviceRgb(0x5b, 0x67, 0x75);
    private static final Color HEADER = new DeviceRgb(0x7a, 0x12, 0x12);
    private static final Color STATUS_BG = new DeviceRgb(0xe8, 0xf1, 0xea);
    private static final Color STATUS_INK = new DeviceRgb(0x1d, 0x5c, 0x2e);
    private static final int QUIET_ZONE_MODULES = 4;
    /** Letter spacing of the ticket code, as a fraction of its size: easier to read out. */
    private static final float CODE_SPACING = 0.08f;

    /**
     * Type scale and QR width (without quiet zone) tried in turn until the ticket fits one page:
     * a ticket that spills onto a second page is of no use at the desk.
     */
    private record Scale(float text, double qrCm) {
    }

    private static final List<Scale> SCALES = List.of(new Scale(1f, 4.5), new Scale(0.88f, 4.3), new Scale(0.76f, 4.0));

    private TicketPdf() {
    }

    public static byte[] render(Ticket t) {
        for (int i = 0; i < SCALES.size() - 1; i++) {
            byte[] pdf = render(t, SCALES.get(i), false);
            if (pdf != null) {
                return pdf;
            }
        }
        return render(t, SCALES.get(SCALES.size() - 1), true);
    }

    /** The ticket at one scale, or null when it does not fit one page and {@code anyway} is false. */
    private static byte[] render(Ticket t, Scale scale, boolean anyway) {
        float k = scale.text();
        try (PdfKit kit = PdfKit.open(PageSize.A6, PdfKit.Margins.cm(0.7, 0.8, 0.6, 0.8), PdfKit.Typeface.SANS,
                new PdfKit.Info("E-tiket " + t.code() + " \u2013 " + t.eventTitle(), t.organizer(),
                        "E-tiket peserta " + t.participant()))) {
            Document doc = kit.document();

            doc.add(new Div().setBackgroundColor(HEADER).setPadding(6 * k).setPaddingLeft(8).setPaddingRight(8)
                    .setBorderRadius(new BorderRadius(3))
                    .add(kit.paragraph("E-TIKET PESERTA", kit.bold(), 7 * k).setFontColor(ColorConstants.WHITE)
                            .setCharacterSpacing(0.8f))
                    .add(kit.paragraph(t.organizer(), kit.bold(), 9.5f * k).setFontColor(ColorConstants.WHITE)
                            .setMultipliedLeading(1.15f)));

            doc.add(kit.paragraph(t.eventTitle(), kit.bold(), 11.5f * k).setFontColor(INK)
                    .setMultipliedLeading(1.15f).setMarginTop(8 * k));
            Div when = new Div().setMarginTop(4 * k);
            for (String line : t.schedule()) {
                when.add(kit.paragraph(line, kit.regular(), 8.5f * k).setFontColor(INK).setMultipliedLeading(1.2f));
            }
            for (int i = 0; i < t.venue().size(); i++) {
                boolean name = i == 0;
                when.add(kit.paragraph(t.venue().get(i), name ? kit.bold() : kit.regular(), (name ? 8.5f : 7.5f) * k)
                        .setFontColor(name ? INK : MUTED).setMultipliedLeading(1.2f).setMarginTop(name ? 3 * k : 0));
            }
            doc.add(when);

            Div person = new Div().setMarginTop(7 * k).setPaddingTop(6 * k)
                    .setBorderTop(new DashedBorder(MUTED, 0.6f));
            person.add(kit.paragraph("PESERTA", kit.bold(), 6.5f * k).setFontColor(MUTED).setCharacterSpacing(0.8f));
            person.add(kit.paragraph(t.participant(), kit.bold(), 11f * k).setFontColor(INK)
                    .setMultipliedLeading(1.15f));
            if (t.institution() != null && !t.institution().isBlank()) {
                person.add(kit.paragraph(t.institution(), kit.regular(), 8.5f * k).setFontColor(INK)
                        .setMultipliedLeading(1.2f));
            }
            doc.add(person);
            doc.add(checkIn(kit, t, scale));

            if (!anyway && kit.pdf().getNumberOfPages() > 1) {
                return null;
            }
            return kit.finish();
        }
    }

    /**
     * QR at the left, code and status at the right: a boarding-pass block that leaves the upper
     * part of the page to long event titles and institution names.
     */
    private static Table checkIn(PdfKit kit, Ticket t, Scale scale) {
        float k = scale.text();
        float qrSize = PdfKit.cm(scale.qrCm());
        Image symbol = qr(kit, t.qrPayload(), qrSize);
        float qrWidth = symbol.getImageScaledWidth();
        // The symbol's own quiet zone may lie in the left page margin, which is wider.
        float quiet = (qrWidth - qrSize) / 2;
        float rest = kit.contentWidth() + quiet - qrWidth;

        Div side = new Div().setPaddingLeft(2);
        side.add(kit.paragraph("KODE TIKET", kit.bold(), 6.5f * k).setFontColor(MUTED).setCharacterSpacing(0.8f));
        float codeSize = Math.min(16f, (rest - 4) / (PdfKit.width(t.code(), kit.monoBold(), 1f)
                + CODE_SPACING * t.code().length()));
        side.add(kit.paragraph(t.code(), kit.monoBold(), codeSize).setFontColor(ColorConstants.BLACK)
                .setCharacterSpacing(CODE_SPACING * codeSize).setMultipliedLeading(1.1f).setMarginTop(1));
        float statusSize = 8f * k;
        side.add(new Paragraph(kit.text(t.status(), kit.bold(), statusSize).setFontColor(STATUS_INK))
                .setMargin(0).setMarginTop(6 * k).setPadding(2).setPaddingLeft(6).setPaddingRight(6)
                .setMultipliedLeading(1.2f).setBackgroundColor(STATUS_BG)
                .setBorderRadius(new BorderRadius(6))
                .setWidth(Math.min(rest - 4, PdfKit.width(t.status(), kit.bold(), statusSize) + 14)));
        if (t.note() != null && !t.note().isBlank()) {
            side.add(kit.paragraph(t.note(), kit.regular(), 7f * k).setFontColor(MUTED).setMarginTop(6 * k)
                    .setMultipliedLeading(1.2f));
        }
        Table check = new Table(new float[] {qrWidth, rest}).setWidth(qrWidth + rest).setFixedLayout()
                .setBorder(Border.NO_BORDER).setKeepTogether(true).setMarginTop(4 * k).setMarginLeft(-quiet);
        check.addCell(PdfKit.bare(new Cell()).add(symbol).setVerticalAlignment(VerticalAlignment.MIDDLE));
        check.addCell(PdfKit.bare(new Cell()).add(side).setVerticalAlignment(VerticalAlignment.MIDDLE));
        return check;
    }

    /** The QR symbol with modules spanning {@code size} points, its quiet zone around them. */
    static Image qr(PdfKit kit, String payload, float size) {
        Map<EncodeHintType, Object> hints = new HashMap<>();
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        if (!StandardCharsets.ISO_8859_1.newEncoder().canEncode(payload)) {
            hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        }
        BarcodeQRCode code = new BarcodeQRCode(payload, hints);
        // iText draws the symbol with its quiet zone (4 white modules each side).
        float withQuietZone = code.getBarcodeSize().getWidth();
        float module = size / (withQuietZone - 2 * QUIET_ZONE_MODULES);
        // A form XObject of filled squares: sharp at any zoom and on any printer.
        PdfFormXObject symbol = code.createFormXObject(ColorConstants.BLACK, kit.pdf());
        return new Image(symbol).scaleAbsolute(withQuietZone * module, withQuietZone * module);
    }
}
