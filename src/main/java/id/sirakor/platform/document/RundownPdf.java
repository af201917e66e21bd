package id.sirakor.platform.document;

import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.util.List;

/**
 * The susunan acara for the MC and the committee: one table per day, times to the minute
 * ("08.30–08.35"), what happens, who acts, and the MC's note in italics beneath.
 */
public final class RundownPdf {

    public record Line(String time, String what, String who, String mcNote) {
    }

    public record Day(String date, List<Line> lines) {
    }

    private static final Color HEAD = new DeviceRgb(0xee, 0xe8, 0xdc);
    private static final Color RULE = new DeviceRgb(0xc9, 0xc2, 0xb4);

    private RundownPdf() {
    }

    public static byte[] render(String organizer, String title, String venue, List<Day> days) {
        try (PdfKit kit = PdfKit.open(PageSize.A4, PdfKit.Margins.cm(2, 2, 2, 2), PdfKit.Typeface.SANS,
                new PdfKit.Info("Susunan acara \u2013 " + title, organizer, "Susunan acara"))) {
            Document doc = kit.document();
            doc.add(kit.paragraph("SUSUNAN ACARA", kit.bold(), 14).setTextAlignment(com.itextpdf.layout.properties.TextAlignment.CENTER));
            doc.add(kit.paragraph(title, kit.bold(), 11).setTextAlignment(com.itextpdf.layout.properties.TextAlignment.CENTER)
                    .setMarginTop(4));
            doc.add(kit.paragraph(organizer, kit.regular(), 9.5f).setTextAlignment(com.itextpdf.layout.properties.TextAlignment.CENTER));
            if (venue != null) {
                doc.add(kit.paragraph(venue, kit.regular(), 9.5f).setTextAlignment(com.itextpdf.layout.properties.TextAlignment.CENTER));
            }
            if (days.isEmpty()) {
                doc.add(kit.paragraph("Susunan acara belum diisi.", kit.italic(), 10).setMarginTop(16));
            }
            for (Day d : days) {
                doc.add(kit.paragraph(d.date(), kit.bold(), 10.5f).setMarginTop(14).setMarginBottom(4));
                Table t = new Table(UnitValue.createPercentArray(new float[] {17, 50, 33})).useAllAvailableWidth();
                for (String h : List.of("Waktu", "Acara", "Pelaksana")) {
                    t.addHeaderCell(new Cell().add(kit.paragraph(h, kit.bold(), 9)).setBackgroundColor(HEAD)
                            .setBorder(new SolidBorder(RULE, 0.5f)).setPadding(4));
                }
                for (Line l : d.lines()) {
                    t.addCell(new Cell().add(kit.paragraph(l.time(), kit.mono(), 9)).setBorder(new SolidBorder(RULE, 0.5f)).setPadding(4));
                    Cell what = new Cell().add(kit.paragraph(l.what(), kit.regular(), 9.5f)).setBorder(new SolidBorder(RULE, 0.5f))
                            .setPadding(4);
                    if (l.mcNote() != null && !l.mcNote().isBlank()) {
                        what.add(kit.paragraph("MC: " + l.mcNote(), kit.italic(), 8.5f).setMarginTop(2)
                                .setFontColor(new DeviceRgb(0x5b, 0x67, 0x75)));
                    }
                    t.addCell(what);
                    t.addCell(new Cell().add(kit.paragraph(l.who() == null ? "" : l.who(), kit.regular(), 9))
                            .setBorder(new SolidBorder(RULE, 0.5f)).setPadding(4));
                }
                doc.add(t);
            }
            return kit.finish();
        }
    }
}
