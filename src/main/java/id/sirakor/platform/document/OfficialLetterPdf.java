package id.sirakor.platform.document;

import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.element.BlockElement;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import id.sirakor.platform.time.IndonesianTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an {@link OfficialLetter} (the surat undangan) as an A4 PDF laid out after the Tata
 * Naskah Dinas: letterhead, Nomor/Sifat/Lampiran/Hal with the place and date beside Nomor,
 * "Yth." addressee with "di Tempat", body with the details table, signature block at the right,
 * Tembusan at the bottom left. Pages after the first are numbered at the top.
 */
public final class OfficialLetterPdf {

    private static final float SIZE = 11f;
    private static final float SMALL = 10f;
    private static final float INDENT = PdfKit.cm(1.25);
    /** The signature block starts at this fraction of the text width. */
    private static final float SIGNATURE_AT = 0.52f;

    private OfficialLetterPdf() {
    }

    public static byte[] render(OfficialLetter letter) {
        // Margins after the usual surat dinas layout: 3 cm binding side, 2.5 cm elsewhere; the
        // top is 2 cm because the letterhead itself fills the top of the first page.
        try (PdfKit kit = PdfKit.open(PageSize.A4, PdfKit.Margins.cm(2.0, 2.5, 2.5, 3.0), PdfKit.Typeface.SANS,
                new PdfKit.Info(letter.subject() + " \u2013 " + letter.number(), letter.issuer(),
                        "Surat " + letter.issuer() + " Nomor " + letter.number()))) {
            Document doc = kit.document();
            float width = kit.contentWidth();

            doc.add(kit.letterhead(letter.letterhead()));

            String placeAndDate = letter.place() + ", " + IndonesianTime.shortDate(letter.date(), IndonesianTime.ID);
            doc.add(kit.labelTable(List.of(
                    new LabeledValue("Nomor", letter.number()),
                    new LabeledValue("Sifat", letter.nature()),
                    new LabeledValue("Lampiran", letter.attachment()),
                    new LabeledValue("Hal", letter.subject())), SIZE, width, placeAndDate)
                    .setMarginTop(6));

            doc.add(addressee(kit, letter, width * 0.62f).setMarginTop(14));

            // Body elements go straight into the document: iText honours keep-with-next only there,
            // and the last one must travel with the signature (a signature alone on a page is not
            // accepted under the Tata Naskah Dinas).
            List<BlockElement<?>> body = new ArrayList<>();
            for (String p : letter.opening()) {
                body.add(bodyParagraph(kit, p));
            }
            if (!letter.details().isEmpty()) {
                body.add(kit.labelTable(letter.details(), SIZE, width - INDENT)
                        .setMarginLeft(INDENT).setMarginTop(2).setMarginBottom(8));
            }
            if (letter.comparison() != null) {
                body.add(comparison(kit, letter.comparison(), width));
            }
            for (String p : letter.closing()) {
                body.add(bodyParagraph(kit, p));
            }
            if (!body.isEmpty()) {
                body.get(0).setMarginTop(12);
                body.get(body.size() - 1).setKeepWithNext(true);
            }
            for (BlockElement<?> e : body) {
                doc.add((IBlockElement) e);
            }

            doc.add(signature(kit, letter.signatory(), width));

            if (!letter.copies().isEmpty()) {
                doc.add(copies(kit, letter.copies()));
            }
            kit.numberPagesFromSecond();
            return kit.finish();
        }
    }

    /** The before/after table: ruled, the header row bold on grey, the labels bold in the first column. */
    private static Table comparison(PdfKit kit, OfficialLetter.Comparison c, float width) {
        int columns = c.headers().size();
        float label = width * 0.2f;
        float[] widths = new float[columns];
        widths[0] = label;
        for (int i = 1; i < columns; i++) {
            widths[i] = (width - label) / (columns - 1);
        }
        Table t = new Table(widths).setWidth(width).setFixedLayout().setMarginTop(2).setMarginBottom(10);
        com.itextpdf.kernel.colors.Color grey = new com.itextpdf.kernel.colors.DeviceGray(0.92f);
        for (String h : c.headers()) {
            t.addHeaderCell(new Cell().setBackgroundColor(grey).setPadding(4)
                    .add(kit.paragraph(h, kit.bold(), SMALL).setTextAlignment(TextAlignment.CENTER)));
        }
        for (OfficialLetter.Comparison.Row r : c.rows()) {
            t.addCell(new Cell().setPadding(4).add(kit.paragraph(r.label(), kit.bold(), SMALL)));
            for (int i = 0; i < columns - 1; i++) {
                String v = i < r.cells().size() ? r.cells().get(i) : "";
                t.addCell(new Cell().setPadding(4).add(kit.paragraph(v, kit.regular(), SMALL)));
            }
        }
        return t;
    }

    private static Paragraph bodyParagraph(PdfKit kit, String text) {
        return kit.paragraph(text, kit.regular(), SIZE)
                .setTextAlignment(TextAlignment.JUSTIFIED)
                .setFirstLineIndent(INDENT)
                .setMarginBottom(8);
    }

    /** "Yth. …" with its lines hanging after "Yth.", then "di" and the place indented under it. */
    private static Div addressee(PdfKit kit, OfficialLetter letter, float width) {
        float yth = PdfKit.width("Yth. ", kit.regular(), SIZE) + 2;
        Table to = new Table(new float[] {yth, width - yth}).setWidth(width).setFixedLayout()
                .setBorder(Border.NO_BORDER);
        List<String> lines = letter.addressee();
        for (int i = 0; i < lines.size(); i++) {
            to.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(i == 0 ? "Yth." : "", kit.regular(), SIZE)));
            to.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(lines.get(i), kit.regular(), SIZE)));
        }
        return new Div().setKeepTogether(true)
                .add(to)
                .add(kit.paragraph("di", kit.regular(), SIZE))
                .add(kit.paragraph(letter.addresseeLocation(), kit.regular(), SIZE).setMarginLeft(INDENT));
    }

    /**
     * The signer's block at the right, kept on one page: position lines, room for the signature
     * and stamp, the name bold and underlined, the NIP when there is one.
     */
    private static Div signature(PdfKit kit, OfficialLetter.Signatory s, float width) {
        // Normally from 52 % of the width; moved left when a position line would otherwise wrap.
        float widest = PdfKit.width(s.name(), kit.bold(), SIZE);
        for (String line : s.position()) {
            widest = Math.max(widest, PdfKit.width(line, kit.regular(), SIZE));
        }
        float left = Math.max(0, Math.min(width * SIGNATURE_AT, width - widest - 12));
        Div block = new Div().setKeepTogether(true).setMarginTop(8)
                .setMarginLeft(left).setTextAlignment(TextAlignment.CENTER);
        for (String line : s.position()) {
            block.add(kit.paragraph(line, kit.regular(), SIZE));
        }
        block.add(new Div().setHeight(PdfKit.cm(2.0)));
        block.add(new Paragraph(kit.text(s.name(), kit.bold(), SIZE).setUnderline(0.75f, -1.8f))
                .setMargin(0).setMultipliedLeading(PdfKit.LEADING));
        if (s.nip() != null) {
            block.add(kit.paragraph("NIP. " + s.nip(), kit.regular(), SIZE));
        }
        return block;
    }

    /**
     * A recipient of a copy is addressed "Yth." as a person or office is; the file copy ("Arsip",
     * "Pertinggal") is not addressed.
     */
    static String copyLine(String recipient) {
        String r = recipient.trim().replaceAll("[.;]+$", "");
        return r.matches("(?i)arsip|pertinggal|file|arsip unit") ? r : "Yth. " + r;
    }

    /** "Tembusan:" and the numbered recipients, in smaller type at the bottom left. */
    private static Div copies(PdfKit kit, List<String> copies) {
        float number = PdfKit.width(copies.size() + ". ", kit.regular(), SMALL) + 2;
        float width = kit.contentWidth() * 0.85f;
        Table list = new Table(new float[] {number, width - number})
                .setWidth(width).setFixedLayout().setBorder(Border.NO_BORDER);
        List<String> items = new ArrayList<>(copies);
        for (int i = 0; i < items.size(); i++) {
            String end = i == items.size() - 1 ? "." : ";";
            list.addCell(PdfKit.bare(new Cell()).add(kit.paragraph((i + 1) + ".", kit.regular(), SMALL)));
            list.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(copyLine(items.get(i)) + end, kit.regular(), SMALL)));
        }
        // A short list stays together; a long one may continue, but never leaves its title alone.
        return new Div().setMarginTop(12).setKeepTogether(true)
                .add(kit.paragraph("Tembusan:", kit.regular(), SMALL).setKeepWithNext(true))
                .add(list);
    }
}
