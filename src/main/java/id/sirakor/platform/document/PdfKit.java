package id.sirakor.platform.document;

import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.constants.StandardFonts;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.WriterProperties;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One PDF being written, with the pieces every Sirakor document shares: the standard fonts, the
 * page and its margins, the document information, the colon-aligned label block, the letterhead
 * and page numbers. A renderer opens a kit, adds its elements to {@link #document()} and calls
 * {@link #finish()} for the bytes; see the package documentation.
 */
public final class PdfKit implements AutoCloseable {

    /** Points per centimetre. */
    public static final float CM = 72f / 2.54f;
    /** The creator named in every document's information. */
    public static final String CREATOR = "Sirakor";
    /** Line height as a multiple of the font size for running text. */
    public static final float LEADING = 1.25f;

    private static final Charset WIN_ANSI = Charset.forName("windows-1252");
    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final float COLON_GAP = 5f;

    /** The two families of the PDF standard fonts that Sirakor uses (no font files). */
    public enum Typeface {
        /** Helvetica, metrically Arial: the common face of Indonesian surat dinas. */
        SANS,
        /** Times Roman. */
        SERIF
    }

    /** Page margins in points. */
    public record Margins(float top, float right, float bottom, float left) {

        public static Margins cm(double top, double right, double bottom, double left) {
            return new Margins(PdfKit.cm(top), PdfKit.cm(right), PdfKit.cm(bottom), PdfKit.cm(left));
        }
    }

    /**
     * The document information a reader's viewer shows; the creator is always {@value #CREATOR}.
     *
     * @param author the issuing unit's name
     */
    public record Info(String title, String author, String subject) {
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PdfDocument pdf;
    private final Document document;
    private final PdfFont regular;
    private final PdfFont bold;
    private final PdfFont italic;
    private final PdfFont mono;
    private final PdfFont monoBold;
    private final float contentWidth;
    private boolean numberPagesFromSecond;
    private String pageOfPattern;
    private boolean finished;

    private PdfKit(PageSize size, Margins margins, Typeface typeface, Info info) throws IOException {
        pdf = new PdfDocument(new PdfWriter(out, new WriterProperties().addXmpMetadata().setCompressionLevel(9)));
        pdf.getDocumentInfo()
                .setTitle(plain(info.title()))
                .setAuthor(plain(info.author()))
                .setSubject(plain(info.subject()))
                .setCreator(CREATOR);
        pdf.getCatalog().setLang(new PdfString("id-ID"));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        pdf.setDefaultPageSize(size);
        // Pages are kept until finish() so that page numbers can be written once the count is known.
        document = new Document(pdf, size, false);
        document.setMargins(margins.top(), margins.right(), margins.bottom(), margins.left());
        boolean serif = typeface == Typeface.SERIF;
        regular = font(serif ? StandardFonts.TIMES_ROMAN : StandardFonts.HELVETICA);
        bold = font(serif ? StandardFonts.TIMES_BOLD : StandardFonts.HELVETICA_BOLD);
        italic = font(serif ? StandardFonts.TIMES_ITALIC : StandardFonts.HELVETICA_OBLIQUE);
        mono = font(StandardFonts.COURIER);
        monoBold = font(StandardFonts.COURIER_BOLD);
        document.setFont(regular);
        contentWidth = size.getWidth() - margins.left() - margins.right();
    }

    /** Opens a new, empty document. */
    public static PdfKit open(PageSize size, Margins margins, Typeface typeface, Info info) {
        Objects.requireNonNull(info, "info");
        try {
            return new PdfKit(size, margins, typeface, info);
        } catch (IOException e) {
            throw new UncheckedIOException("standard PDF font not available", e);
        }
    }

    private static PdfFont font(String name) throws IOException {
        // WinAnsi covers Indonesian and the en dash and bullet; the standard fonts are never embedded.
        return PdfFontFactory.createFont(name, PdfEncodings.WINANSI);
    }

    public static float cm(double centimetres) {
        return (float) (centimetres * CM);
    }

    public Document document() {
        return document;
    }

    public PdfDocument pdf() {
        return pdf;
    }

    public PdfFont regular() {
        return regular;
    }

    public PdfFont bold() {
        return bold;
    }

    public PdfFont italic() {
        return italic;
    }

    public PdfFont mono() {
        return mono;
    }

    public PdfFont monoBold() {
        return monoBold;
    }

    /** Width between the left and right margins, in points. */
    public float contentWidth() {
        return contentWidth;
    }

    /**
     * The text as the standard fonts can print it. They cover Windows-1252 (WinAnsi), which holds
     * Indonesian, "–" and "•"; a character outside it would silently vanish from the page, so an
     * accented letter loses its accent ("ā" → "a") and anything else becomes "?".
     */
    public static String plain(String text) {
        if (text == null) {
            return null;
        }
        CharsetEncoder enc = WIN_ANSI.newEncoder();
        String s = text.replace("\r\n", "\n").replace('\t', ' ');
        if (enc.canEncode(s)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String c = new String(Character.toChars(cp));
            if (enc.canEncode(c)) {
                b.append(c);
                return;
            }
            String base = Normalizer.normalize(c, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
            b.append(!base.isEmpty() && enc.canEncode(base) ? base : "?");
        });
        return b.toString();
    }

    /** A run of text in the given font and size, made {@link #plain(String) printable}. */
    public Text text(String s, PdfFont font, float size) {
        return (Text) new Text(plain(s)).setFont(font).setFontSize(size);
    }

    /** A paragraph of running text: no outer margins, the kit's leading. */
    public Paragraph paragraph(String s, PdfFont font, float size) {
        return tight(new Paragraph(text(s, font, size)));
    }

    /** Removes a paragraph's default margins and sets the kit's leading. */
    public static Paragraph tight(Paragraph p) {
        return p.setMargin(0).setPadding(0).setMultipliedLeading(LEADING);
    }

    /** Width of a line of text, in points. */
    public static float width(String s, PdfFont font, float size) {
        return font.getWidth(plain(s), size);
    }

    /** {@link #labelTable(List, float, float, String)} without anything beside the first row. */
    public Table labelTable(List<LabeledValue> rows, float size, float width) {
        return labelTable(rows, size, width, null);
    }

    /**
     * The colon-aligned block of Indonesian documents, without borders:
     * <pre>
     * Nomor    : 7/PM.00.02/K.SB/III/2027          Padang, 1 Maret 2027
     * Hal      : Undangan Rapat Koordinasi
     * </pre>
     * The label column is as wide as the longest label, so the colons stand in one column; values
     * wrap under themselves. Rows do not split over a page, the block may.
     *
     * @param width the block's width in points
     * @param besideFirstRow printed right-aligned at the right end of the first row (a letter's
     *        place and date), or null; the first value then wraps before it, the other values run
     *        under it to the full width
     */
    public Table labelTable(List<LabeledValue> rows, float size, float width, String besideFirstRow) {
        float labelWidth = 0;
        for (LabeledValue r : rows) {
            labelWidth = Math.max(labelWidth, width(r.label(), regular, size));
        }
        labelWidth += 2 * COLON_GAP;
        float colonWidth = width(":", regular, size) + COLON_GAP;
        float asideWidth = besideFirstRow == null ? 0 : width(besideFirstRow, regular, size) + 2 * COLON_GAP;
        float valueWidth = width - labelWidth - colonWidth - asideWidth;
        if (valueWidth < width / 4) {
            throw new IllegalArgumentException("labels too long for a block of " + width + " pt");
        }
        float[] columns = besideFirstRow == null
                ? new float[] {labelWidth, colonWidth, valueWidth}
                : new float[] {labelWidth, colonWidth, valueWidth, asideWidth};
        Table table = new Table(columns).setWidth(width).setFixedLayout().setBorder(Border.NO_BORDER);
        for (int i = 0; i < rows.size(); i++) {
            LabeledValue r = rows.get(i);
            table.addCell(bare(new Cell()).add(paragraph(r.label(), regular, size)));
            table.addCell(bare(new Cell()).add(paragraph(":", regular, size)));
            boolean aside = besideFirstRow != null;
            Cell value = bare(new Cell(1, aside && i > 0 ? 2 : 1)).add(paragraph(r.value(), regular, size));
            table.addCell(value.setKeepTogether(true));
            if (aside && i == 0) {
                table.addCell(bare(new Cell()).add(paragraph(besideFirstRow, regular, size)
                        .setTextAlignment(TextAlignment.RIGHT)));
            }
        }
        if (rows.isEmpty() && besideFirstRow != null) {
            table.addCell(bare(new Cell(1, 4)).add(paragraph(besideFirstRow, regular, size)
                    .setTextAlignment(TextAlignment.RIGHT)));
        }
        return table;
    }

    /** A table cell without border or padding: layout tables must not show lines. */
    public static Cell bare(Cell cell) {
        return cell.setBorder(Border.NO_BORDER).setPadding(0).setPaddingBottom(1.5f);
    }

    /**
     * The kop surat across the content width: the logo at the left, the institution's lines
     * centred on the page in bold capitals (each shrunk to fit on one line), address and contact
     * in small type, then a thick and a thin rule.
     */
    public IBlockElement letterhead(Letterhead head) {
        float logoBox = cm(2.3);
        boolean logo = head.logoPng() != null;
        // The empty third column as wide as the logo keeps the text centred on the page.
        float side = logo ? logoBox + cm(0.2) : 0;
        float middle = contentWidth - 2 * side;
        Div text = new Div();
        List<String> lines = head.institutionLines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).toUpperCase(ID);
            float preferred = i == lines.size() - 1 && lines.size() > 1 ? 15f : 13.5f;
            float fitted = Math.min(preferred, (middle - 2) * preferred / Math.max(1f, width(line, bold, preferred)));
            text.add(paragraph(line, bold, Math.max(9f, fitted)).setMultipliedLeading(1.15f));
        }
        if (head.address() != null) {
            text.add(paragraph(head.address(), regular, 9f).setMultipliedLeading(1.2f).setMarginTop(2));
        }
        if (head.contact() != null) {
            text.add(paragraph(head.contact(), regular, 9f).setMultipliedLeading(1.2f));
        }
        text.setTextAlignment(TextAlignment.CENTER);

        Div block = new Div().setKeepTogether(true);
        if (logo) {
            Table t = new Table(new float[] {side, middle, side}).setWidth(contentWidth).setFixedLayout()
                    .setBorder(Border.NO_BORDER);
            Image img = new Image(ImageDataFactory.create(head.logoPng())).scaleToFit(logoBox, logoBox);
            t.addCell(bare(new Cell()).add(img).setVerticalAlignment(VerticalAlignment.MIDDLE));
            t.addCell(bare(new Cell()).add(text).setVerticalAlignment(VerticalAlignment.MIDDLE));
            t.addCell(bare(new Cell()));
            block.add(t);
        } else {
            block.add(text);
        }
        // Thick over thin, 1.5 pt apart: the double rule under an Indonesian government letterhead.
        block.add(new Div().setHeight(1.5f).setMarginTop(5).setMarginBottom(6)
                .setBorderTop(new SolidBorder(2.25f)).setBorderBottom(new SolidBorder(0.75f)));
        return block;
    }

    /** Numbers pages 2, 3, … at the top centre ("- 2 -"), as continued letters are numbered. */
    public void numberPagesFromSecond() {
        numberPagesFromSecond = true;
    }

    /**
     * Numbers every page at the bottom centre with the total, e.g. "Halaman {0} dari {1}"
     * (lists and tables whose pages may be separated).
     */
    public void numberPagesOfTotal(String pattern) {
        pageOfPattern = pattern;
    }

    /** Finishes the document and returns the PDF. */
    public byte[] finish() {
        if (!finished) {
            if (numberPagesFromSecond) {
                int pages = pdf.getNumberOfPages();
                for (int i = 2; i <= pages; i++) {
                    PageSize page = new PageSize(pdf.getPage(i).getPageSize());
                    float y = page.getTop() - Math.max(cm(1.0), document.getTopMargin() / 2);
                    document.showTextAligned(new Paragraph(text("- " + i + " -", regular, 10)),
                            page.getWidth() / 2, y, i, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
                }
            }
            if (pageOfPattern != null) {
                int pages = pdf.getNumberOfPages();
                for (int i = 1; i <= pages; i++) {
                    PageSize page = new PageSize(pdf.getPage(i).getPageSize());
                    float y = Math.max(cm(0.6), document.getBottomMargin() / 2);
                    String label = java.text.MessageFormat.format(pageOfPattern, i, pages);
                    document.showTextAligned(new Paragraph(text(label, regular, 8)),
                            page.getWidth() / 2, y, i, TextAlignment.CENTER, VerticalAlignment.BOTTOM, 0);
                }
            }
            document.close();
            finished = true;
        }
        return out.toByteArray();
    }

    /** Closes without returning bytes, e.g. after a failure while rendering. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            try {
                document.close();
            } catch (RuntimeException pagelessDocument) {
                // nothing was added: there is no PDF to finish, and the bytes are thrown away anyway
            }
        }
    }

    /** The documents one after the other, as one PDF (the laporan's lampiran, the minutes with their attachments). */
    public static byte[] merge(List<byte[]> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PdfDocument target = new PdfDocument(new PdfWriter(out))) {
            com.itextpdf.kernel.utils.PdfMerger merger = new com.itextpdf.kernel.utils.PdfMerger(target);
            for (byte[] p : parts) {
                try (PdfDocument src = new PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(new java.io.ByteArrayInputStream(p)))) {
                    merger.merge(src, 1, src.getNumberOfPages());
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }
}
