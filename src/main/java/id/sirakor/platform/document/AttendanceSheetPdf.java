package id.sirakor.platform.document;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;

/**
 * Renders an {@link AttendanceSheet}: A4 landscape, the letterhead on the first page, then one
 * table whose heading (title, event, Hari/Tanggal, Tempat and the column names) repeats on every
 * page; signatures alternate between a left and a right column by row number, as on paper forms;
 * "Halaman n dari m" at the foot; the secretariat's sign-off after the last row.
 */
public final class AttendanceSheetPdf {

    private static final float SIZE = 9f;
    private static final float ROW_HEIGHT = PdfKit.cm(1.25);
    private static final DeviceRgb HEAD_BG = new DeviceRgb(0xee, 0xee, 0xee);

    private AttendanceSheetPdf() {
    }

    public static byte[] render(AttendanceSheet s) {
        try (PdfKit kit = PdfKit.open(PageSize.A4.rotate(), PdfKit.Margins.cm(1.5, 1.5, 1.8, 1.5), PdfKit.Typeface.SANS,
                new PdfKit.Info(s.title() + " \u2013 " + s.eventTitle(), s.signerRole(), s.title()))) {
            Document doc = kit.document();
            float w = kit.contentWidth();
            if (s.letterhead() != null) {
                doc.add(kit.letterhead(s.letterhead()));
            }
            // No, Nama, NIP/Jabatan, Instansi, No. HP, Tanda Tangan (left, right)
            float[] cols = {0.045f, 0.22f, 0.2f, 0.2f, 0.115f, 0.11f, 0.11f};
            float[] widths = new float[cols.length];
            for (int i = 0; i < cols.length; i++) {
                widths[i] = cols[i] * w;
            }
            Table t = new Table(widths).setWidth(w).setFixedLayout();

            Div head = new Div();
            head.add(kit.paragraph(s.title(), kit.bold(), 13f).setTextAlignment(TextAlignment.CENTER));
            head.add(kit.paragraph(s.eventTitle(), kit.bold(), 11f).setTextAlignment(TextAlignment.CENTER).setMarginBottom(4));
            head.add(kit.labelTable(s.details(), SIZE + 1, w * 0.7f));
            t.addHeaderCell(PdfKit.bare(new Cell(1, cols.length)).add(head).setPaddingBottom(6));
            AttendanceSheet.Labels l = s.labels();
            for (String h : new String[] {l.no(), l.name(), l.nipPosition(), l.institution(), l.phone()}) {
                t.addHeaderCell(headCell(kit, h, 1));
            }
            t.addHeaderCell(headCell(kit, l.signature(), 2));

            int no = 0;
            for (AttendanceSheet.Row r : s.rows()) {
                no++;
                t.addCell(cell(kit, no + ".", TextAlignment.CENTER));
                Cell name = cell(kit, r.name(), TextAlignment.LEFT);
                if (r.note() != null) {
                    name.add(kit.paragraph(r.note(), kit.italic(), SIZE - 2));
                }
                t.addCell(name);
                t.addCell(cell(kit, r.nipPosition(), TextAlignment.LEFT));
                t.addCell(cell(kit, r.institution(), TextAlignment.LEFT));
                t.addCell(cell(kit, r.phone(), TextAlignment.LEFT));
                Cell sign = signatureCell(kit, no, r.signaturePng());
                Cell empty = new Cell().setHeight(ROW_HEIGHT);
                if (no % 2 == 1) {
                    t.addCell(sign);
                    t.addCell(empty);
                } else {
                    t.addCell(empty);
                    t.addCell(sign);
                }
            }
            doc.add(t);

            Div sign = new Div().setKeepTogether(true).setMarginTop(14).setMarginLeft(w * 0.62f).setWidth(w * 0.38f);
            sign.add(kit.paragraph(s.placeAndDate(), kit.regular(), SIZE + 1));
            sign.add(kit.paragraph(s.signerRole(), kit.regular(), SIZE + 1));
            sign.add(new Div().setHeight(PdfKit.cm(1.8)));
            sign.add(kit.paragraph(s.signerName(), kit.bold(), SIZE + 1));
            doc.add(sign);

            kit.numberPagesOfTotal(s.pagePattern());
            return kit.finish();
        }
    }

    private static Cell headCell(PdfKit kit, String text, int colspan) {
        return new Cell(1, colspan).add(kit.paragraph(text, kit.bold(), SIZE).setTextAlignment(TextAlignment.CENTER))
                .setBackgroundColor(HEAD_BG).setVerticalAlignment(VerticalAlignment.MIDDLE);
    }

    private static Cell cell(PdfKit kit, String text, TextAlignment align) {
        return new Cell().add(kit.paragraph(text == null ? "" : text, kit.regular(), SIZE).setTextAlignment(align))
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setMinHeight(ROW_HEIGHT).setBorder(new SolidBorder(0.5f));
    }

    private static Cell signatureCell(PdfKit kit, int no, byte[] png) {
        Cell c = new Cell().setHeight(ROW_HEIGHT).setPadding(1).setVerticalAlignment(VerticalAlignment.MIDDLE);
        Paragraph p = new Paragraph().add(kit.text(no + ". ", kit.regular(), SIZE - 1));
        if (png != null) {
            Image img = new Image(ImageDataFactory.create(png)).scaleToFit(PdfKit.cm(2.2), ROW_HEIGHT - 4);
            p.add(img);
        }
        c.add(PdfKit.tight(p).setMargin(0));
        return c;
    }

}
