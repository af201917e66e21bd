package id.sirakor.platform.document;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.properties.TextAlignment;
import java.util.List;

/**
 * Place cards (papan nama meja): one A5 landscape sheet per seat, folded along the middle into a
 * tent. The name is printed on both halves, the upper half upside down, so it reads from the hall
 * and from the seat; a dashed line marks the fold.
 */
public final class PlaceCardPdf {

    /** Name as seated, and the line below it (position, or "mewakili …"). */
    public record Card(String name, String line) {
    }

    private PlaceCardPdf() {
    }

    public static byte[] render(String eventTitle, String organizer, List<Card> cards) {
        PageSize size = PageSize.A5.rotate();
        float w = size.getWidth();
        float h = size.getHeight();
        try (PdfKit kit = PdfKit.open(size, PdfKit.Margins.cm(1, 1, 1, 1), PdfKit.Typeface.SANS,
                new PdfKit.Info("Papan nama \u2013 " + eventTitle, organizer, "Papan nama meja"))) {
            for (Card card : cards) {
                PdfPage page = kit.pdf().addNewPage(size);
                PdfCanvas pc = new PdfCanvas(page);
                pc.saveState().setStrokeColor(new DeviceRgb(0x99, 0x99, 0x99)).setLineWidth(0.4f).setLineDash(4, 3)
                        .moveTo(0, h / 2).lineTo(w, h / 2).stroke().restoreState();
                half(kit, pc, w, h, card);
                pc.saveState().concatMatrix(-1, 0, 0, -1, w, h);
                half(kit, pc, w, h, card);
                pc.restoreState();
            }
            if (cards.isEmpty()) {
                kit.document().add(kit.paragraph("Belum ada pejabat pada tata tempat.", kit.regular(), 11));
            }
            return kit.finish();
        }
    }

    /** One face, in the lower half of the sheet. */
    private static void half(PdfKit kit, PdfCanvas pc, float w, float h, Card card) {
        float margin = PdfKit.cm(1);
        float nameSize = 30;
        while (nameSize > 14 && PdfKit.width(card.name(), kit.bold(), nameSize) > w - 2 * margin) {
            nameSize -= 1;
        }
        try (Canvas c = new Canvas(pc, new Rectangle(margin, PdfKit.cm(1.2), w - 2 * margin, h / 2 - PdfKit.cm(3.2)))) {
            c.add(kit.paragraph(card.name(), kit.bold(), nameSize).setFontColor(PlanPdf.INK)
                    .setTextAlignment(TextAlignment.CENTER).setMultipliedLeading(1.05f));
            if (card.line() != null && !card.line().isBlank()) {
                c.add(kit.paragraph(card.line(), kit.regular(), 13).setFontColor(PlanPdf.INK)
                        .setTextAlignment(TextAlignment.CENTER).setMarginTop(4));
            }
        }
    }
}
