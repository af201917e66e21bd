package id.sirakor.platform.document;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.properties.TextAlignment;
import java.util.List;
import java.util.Objects;

/**
 * Name badges (kartu peserta): one A6 badge per page, or 4 (A6) or 8 (A7 landscape) on an A4 sheet
 * with cut marks. Each badge carries the event's logo (or the organizer's monogram), the name with
 * titles, the institution, the ticket's QR (the same payload as the e-ticket, so a badge scans at
 * check-in) and the role on a colour band.
 */
public final class BadgePdf {

    public enum Sheet { A6, A4_4, A4_8 }

    /**
     * @param colour the band's colour "#rrggbb"
     * @param qrPayload the ticket's QR payload
     */
    public record Badge(String name, String institution, String role, String colour, String qrPayload, String code) {
        public Badge {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(qrPayload, "qrPayload");
        }
    }

    /**
     * What every badge of the event shares, and which of the optional fields the badges show
     * (the badge designer's choice): the institution, the role on its colour band, the event's dates.
     */
    public record Event(String organizer, String title, String dates, byte[] logo, boolean showInstitution, boolean showRole,
                        boolean showDates) {
        public Event(String organizer, String title, String dates, byte[] logo) {
            this(organizer, title, dates, logo, true, true, true);
        }
    }

    private static final Color INK = new DeviceRgb(0x1f, 0x2a, 0x37);
    private static final Color MUTED = new DeviceRgb(0x5b, 0x67, 0x75);
    private static final Color HEADER = new DeviceRgb(0x7a, 0x12, 0x12);
    private static final float MM = 72f / 25.4f;

    private BadgePdf() {
    }

    public static byte[] render(Event event, List<Badge> badges, Sheet sheet) {
        PageSize page = sheet == Sheet.A6 ? PageSize.A6 : PageSize.A4;
        int cols = sheet == Sheet.A6 ? 1 : 2;
        int rows = sheet == Sheet.A6 ? 1 : sheet == Sheet.A4_4 ? 2 : 4;
        float cw = page.getWidth() / cols;
        float ch = page.getHeight() / rows;
        try (PdfKit kit = PdfKit.open(page, PdfKit.Margins.cm(1, 1, 1, 1), PdfKit.Typeface.SANS,
                new PdfKit.Info("Kartu peserta \u2013 " + event.title(), event.organizer(), "Kartu peserta"))) {
            if (badges.isEmpty()) {
                kit.document().add(kit.paragraph("Tidak ada kartu untuk dicetak.", kit.regular(), 11));
                return kit.finish();
            }
            int perPage = cols * rows;
            PdfCanvas pc = null;
            for (int i = 0; i < badges.size(); i++) {
                if (i % perPage == 0) {
                    PdfPage p = kit.pdf().addNewPage(page);
                    pc = new PdfCanvas(p);
                    if (sheet != Sheet.A6) {
                        cutMarks(pc, page, cols, rows);
                    }
                }
                int cell = i % perPage;
                float x = (cell % cols) * cw;
                float y = page.getHeight() - (cell / cols + 1) * ch;
                float inset = sheet == Sheet.A6 ? 0 : 3 * MM;
                badge(kit, pc, event, badges.get(i), new Rectangle(x + inset, y + inset, cw - 2 * inset, ch - 2 * inset),
                        sheet == Sheet.A4_8);
            }
            return kit.finish();
        }
    }

    /**
     * One badge alone on a page the size of its cell on the sheet (A6, or a quarter or an eighth of
     * A4), drawn as the sheet draws it: the designer's preview.
     */
    public static byte[] renderOne(Event event, Badge badge, Sheet sheet) {
        float w = sheet == Sheet.A6 ? PageSize.A6.getWidth() : PageSize.A4.getWidth() / 2;
        float h = sheet == Sheet.A6 ? PageSize.A6.getHeight() : PageSize.A4.getHeight() / (sheet == Sheet.A4_4 ? 2 : 4);
        PageSize page = new PageSize(w, h);
        try (PdfKit kit = PdfKit.open(page, PdfKit.Margins.cm(0, 0, 0, 0), PdfKit.Typeface.SANS,
                new PdfKit.Info("Pratinjau kartu peserta \u2013 " + event.title(), event.organizer(), "Kartu peserta"))) {
            PdfCanvas pc = new PdfCanvas(kit.pdf().addNewPage(page));
            badge(kit, pc, event, badge, new Rectangle(0, 0, w, h), sheet == Sheet.A4_8);
            return kit.finish();
        }
    }

    /** Short marks at the page edges and crosses where four badges meet, outside the badges' insets. */
    private static void cutMarks(PdfCanvas pc, PageSize page, int cols, int rows) {
        float len = 4 * MM;
        pc.saveState().setStrokeColor(ColorConstants.GRAY).setLineWidth(0.3f);
        for (int c = 1; c < cols; c++) {
            float x = page.getWidth() * c / cols;
            pc.moveTo(x, 0).lineTo(x, len).moveTo(x, page.getHeight()).lineTo(x, page.getHeight() - len);
            for (int r = 1; r < rows; r++) {
                float y = page.getHeight() * r / rows;
                pc.moveTo(x - len / 2, y).lineTo(x + len / 2, y).moveTo(x, y - len / 2).lineTo(x, y + len / 2);
            }
        }
        for (int r = 1; r < rows; r++) {
            float y = page.getHeight() * r / rows;
            pc.moveTo(0, y).lineTo(len, y).moveTo(page.getWidth(), y).lineTo(page.getWidth() - len, y);
        }
        pc.stroke().restoreState();
    }

    private static void badge(PdfKit kit, PdfCanvas pc, Event ev, Badge b, Rectangle r, boolean compact) {
        float pad = (compact ? 3 : 5) * MM;
        Color band = hex(b.colour());
        // header: logo + organizer + event
        boolean dates = ev.showDates() && ev.dates() != null;
        float headH = ((compact ? 11 : 18) + (dates ? (compact ? 2.5f : 3) : 0)) * MM;
        float headY = r.getTop() - headH;
        pc.saveState().setFillColor(HEADER).rectangle(r.getLeft(), headY, r.getWidth(), headH).fill().restoreState();
        float logo = headH - 2 * (compact ? 1.5f : 2.5f) * MM;
        float lx = r.getLeft() + pad;
        float ly = headY + (headH - logo) / 2;
        if (ev.logo() != null) {
            // on a white tile, so a dark or transparent logo stays visible on the header's colour
            float tile = 0.8f * MM;
            pc.saveState().setFillColor(ColorConstants.WHITE).roundRectangle(lx - tile, ly - tile, logo + 2 * tile, logo + 2 * tile, tile * 1.5f)
                    .fill().restoreState();
            Image img = new Image(ImageDataFactory.create(ev.logo())).scaleToFit(logo, logo);
            img.setFixedPosition(lx + (logo - img.getImageScaledWidth()) / 2, ly + (logo - img.getImageScaledHeight()) / 2);
            try (Canvas c = new Canvas(pc, r)) {
                c.add(img);
            }
        } else {
            pc.saveState().setFillColor(ColorConstants.WHITE).circle(lx + logo / 2, ly + logo / 2, logo / 2).fill().restoreState();
            try (Canvas c = new Canvas(pc, new Rectangle(lx, ly + logo * 0.28f, logo, logo * 0.5f))) {
                c.add(kit.paragraph(monogram(ev.organizer()), kit.bold(), logo * 0.36f).setFontColor(HEADER)
                        .setTextAlignment(TextAlignment.CENTER));
            }
        }
        float tx = lx + logo + 2 * MM;
        try (Canvas c = new Canvas(pc, new Rectangle(tx, headY + 1, r.getRight() - pad - tx, headH - 2))) {
            c.add(kit.paragraph(ev.organizer(), kit.bold(), compact ? 6 : 7.5f).setFontColor(ColorConstants.WHITE)
                    .setMultipliedLeading(1.1f).setMarginTop(compact ? 1 : 3));
            c.add(kit.paragraph(ev.title(), kit.regular(), compact ? 5.5f : 6.5f).setFontColor(ColorConstants.WHITE)
                    .setMultipliedLeading(1.1f));
            if (dates) {
                c.add(kit.paragraph(ev.dates(), kit.bold(), compact ? 5.5f : 6.5f).setFontColor(ColorConstants.WHITE)
                        .setMultipliedLeading(1.1f).setMarginTop(compact ? 0 : 1));
            }
        }
        // role band at the bottom (without it, a thin rule in the header's colour closes the badge)
        float bandH = ev.showRole() ? (compact ? 9 : 14) * MM : 1.5f * MM;
        pc.saveState().setFillColor(ev.showRole() ? band : HEADER).rectangle(r.getLeft(), r.getBottom(), r.getWidth(), bandH).fill().restoreState();
        if (ev.showRole()) {
            try (Canvas c = new Canvas(pc, new Rectangle(r.getLeft(), r.getBottom(), r.getWidth(), bandH - (compact ? 1.5f : 3) * MM))) {
                c.add(kit.paragraph(b.role().toUpperCase(java.util.Locale.ROOT), kit.bold(), compact ? 13 : 18)
                        .setFontColor(onColour(b.colour())).setTextAlignment(TextAlignment.CENTER).setCharacterSpacing(1.5f));
            }
        }
        pc.saveState().setStrokeColor(ColorConstants.LIGHT_GRAY).setLineWidth(0.4f)
                .rectangle(r.getLeft(), r.getBottom(), r.getWidth(), r.getHeight()).stroke().restoreState();
        // body
        float bodyTop = headY - (compact ? 2 : 5) * MM;
        float bodyBottom = r.getBottom() + bandH + (compact ? 2 : 3) * MM;
        boolean institution = ev.showInstitution() && b.institution() != null && !b.institution().isBlank();
        Image symbol;
        Rectangle text;
        float nameSize;
        if (compact) {
            symbol = TicketPdf.qr(kit, b.qrPayload(), Math.min(bodyTop - bodyBottom, 30 * MM) * 0.8f);
            float qrW = symbol.getImageScaledWidth();
            symbol.setFixedPosition(r.getRight() - qrW - 1 * MM, bodyBottom + (bodyTop - bodyBottom - qrW) / 2);
            text = new Rectangle(r.getLeft() + pad, bodyBottom, r.getWidth() - qrW - pad - 2 * MM, bodyTop - bodyBottom);
            nameSize = nameSize(kit, b.name(), text.getWidth(), 13);
        } else {
            // the text at the top, the QR centred in the room left below it (large, and no empty gap when fields are hidden)
            float tw = r.getWidth() - 2 * pad;
            nameSize = nameSize(kit, b.name(), tw, 17);
            float textH = lines(kit.bold(), b.name(), nameSize, tw) * nameSize * 1.1f + 4
                    + (institution ? lines(kit.regular(), b.institution(), 9, tw) * 9 * 1.15f + 2 : 0)
                    + (b.code() != null ? 7 * 1.2f + 2 : 0);
            float room = bodyTop - textH - 2 * MM - bodyBottom;
            symbol = TicketPdf.qr(kit, b.qrPayload(), Math.min(48 * MM, room * 0.9f));
            float qrW = symbol.getImageScaledWidth();
            float y = bodyBottom + (room - qrW) / 2;
            symbol.setFixedPosition(r.getLeft() + (r.getWidth() - qrW) / 2, y);
            text = new Rectangle(r.getLeft() + pad, y + qrW, tw, bodyTop - y - qrW);
        }
        try (Canvas c = new Canvas(pc, r)) {
            c.add(symbol);
        }
        try (Canvas c = new Canvas(pc, text)) {
            c.add(kit.paragraph(b.name(), kit.bold(), nameSize).setFontColor(INK).setMultipliedLeading(1.1f)
                    .setTextAlignment(compact ? TextAlignment.LEFT : TextAlignment.CENTER));
            if (institution) {
                c.add(kit.paragraph(b.institution(), kit.regular(), compact ? 7.5f : 9).setFontColor(MUTED)
                        .setMultipliedLeading(1.15f).setMarginTop(2)
                        .setTextAlignment(compact ? TextAlignment.LEFT : TextAlignment.CENTER));
            }
            if (b.code() != null) {
                c.add(kit.paragraph(b.code(), kit.mono(), compact ? 6.5f : 7).setFontColor(MUTED).setMarginTop(2)
                        .setTextAlignment(compact ? TextAlignment.LEFT : TextAlignment.CENTER));
            }
        }
    }

    /** The name's size: at most {@code max}, smaller until it fits on two lines. */
    private static float nameSize(PdfKit kit, String name, float width, float max) {
        float size = max;
        while (size > 8 && PdfKit.width(name, kit.bold(), size) > width * 2) {
            size -= 0.5f;
        }
        return size;
    }

    /** Lines a text takes at a width, generously (word wrapping loses some of each line). */
    private static int lines(com.itextpdf.kernel.font.PdfFont font, String text, float size, float width) {
        return Math.max(1, (int) Math.ceil(PdfKit.width(text, font, size) * 1.15f / width));
    }

    static String monogram(String organizer) {
        StringBuilder m = new StringBuilder();
        for (String w : organizer.split("\\s+")) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && m.length() < 3) {
                m.append(w.charAt(0));
            }
        }
        return m.length() == 0 ? "S" : m.toString();
    }

    /** White on a dark band, ink on a light one (a yellow band with white letters is unreadable). */
    static Color onColour(String c) {
        int v = Integer.parseInt(c.substring(1), 16);
        double luminance = (0.299 * ((v >> 16) & 0xff) + 0.587 * ((v >> 8) & 0xff) + 0.114 * (v & 0xff)) / 255;
        return luminance > 0.65 ? INK : ColorConstants.WHITE;
    }

    private static Color hex(String c) {
        int v = Integer.parseInt(c.substring(1), 16);
        return new DeviceRgb((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff);
    }
}
