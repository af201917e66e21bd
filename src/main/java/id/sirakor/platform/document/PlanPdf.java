package id.sirakor.platform.document;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.properties.TextAlignment;

/** A {@link PlanDrawing} on one A4 landscape page, scaled to fit, with the title above. */
public final class PlanPdf {

    private static final float MM = 72f / 25.4f;
    static final Color INK = new DeviceRgb(0x1f, 0x2a, 0x37);
    private static final Color STAGE = new DeviceRgb(0xe9, 0xe4, 0xd8);
    private static final Color TABLE = new DeviceRgb(0xf3, 0xef, 0xe6);
    private static final Color SEAT = new DeviceRgb(0xff, 0xff, 0xff);
    private static final Color REPRESENTED = new DeviceRgb(0xfd, 0xf3, 0xd6);

    private PlanPdf() {
    }

    public static byte[] render(PlanDrawing d, String organizer) {
        PageSize size = PageSize.A4.rotate();
        try (PdfKit kit = PdfKit.open(size, PdfKit.Margins.cm(1, 1, 1, 1), PdfKit.Typeface.SANS,
                new PdfKit.Info("Tata tempat \u2013 " + d.title(), organizer, "Denah tata tempat"))) {
            PdfPage page = kit.pdf().addNewPage(size);
            PdfCanvas pc = new PdfCanvas(page);
            float left = PdfKit.cm(1);
            float top = size.getHeight() - PdfKit.cm(1);
            try (Canvas head = new Canvas(pc, new Rectangle(left, top - 40, size.getWidth() - 2 * left, 40))) {
                head.add(kit.paragraph("DENAH TATA TEMPAT", kit.bold(), 13).setFontColor(INK));
                head.add(kit.paragraph(d.title() + (d.subtitle() == null ? "" : " \u2013 " + d.subtitle()), kit.regular(), 9)
                        .setFontColor(INK));
            }
            float availW = size.getWidth() - 2 * left;
            float availH = top - 48 - PdfKit.cm(1);
            float scale = (float) Math.min(availW / (d.width() * MM), availH / (d.height() * MM));
            scale = Math.min(scale, 1.6f);
            float k = MM * scale;
            float x0 = left + (availW - (float) d.width() * k) / 2;
            float y0 = top - 48;
            // one type size for every seat: the largest at which every name fits its box (positions may wrap)
            float common = 3.2f * k;
            for (PlanDrawing.Shape s : d.shapes()) {
                if (s.lines().size() > 1) {
                    common = Math.min(common, s.h() > 0 ? (float) s.h() * k / (s.lines().size() * 1.45f + 0.4f) : common);
                    while (common > 4.5f && PdfKit.width(s.lines().get(1), kit.bold(), common) > s.w() * k - 3) {
                        common -= 0.25f;
                    }
                }
            }
            for (PlanDrawing.Shape s : d.shapes()) {
                float x = x0 + (float) s.x() * k;
                float w = (float) s.w() * k;
                float h = (float) s.h() * k;
                float y = y0 - (float) s.y() * k - h;
                pc.saveState().setStrokeColor(INK).setLineWidth(0.6f).setFillColor(fill(s.style()));
                if (s.round()) {
                    pc.circle(x + w / 2, y + h / 2, Math.min(w, h) / 2).fillStroke();
                } else {
                    pc.roundRectangle(x, y, w, h, 2).fillStroke();
                }
                pc.restoreState();
                if (!s.lines().isEmpty()) {
                    int n = s.lines().size();
                    float fs = common;
                    if (n == 1) {
                        fs = Math.min(3.2f * k, h / 2);
                    }
                    float block = n * fs * 1.15f;
                    try (Canvas c = new Canvas(pc, new Rectangle(x + 1, y, w - 2, h - Math.max(0, (h - block) / 2)))) {
                        for (int i = 0; i < n; i++) {
                            Paragraph p = kit.paragraph(s.lines().get(i), i == 1 ? kit.bold() : kit.regular(), i == 1 ? fs : fs * 0.85f)
                                    .setFontColor(INK).setTextAlignment(TextAlignment.CENTER).setMultipliedLeading(1.0f);
                            c.add(p);
                        }
                    }
                }
            }
            return kit.finish();
        }
    }

    private static Color fill(PlanDrawing.Style s) {
        return switch (s) {
            case STAGE -> STAGE;
            case TABLE -> TABLE;
            case SEAT -> SEAT;
            case SEAT_REPRESENTED -> REPRESENTED;
        };
    }
}
