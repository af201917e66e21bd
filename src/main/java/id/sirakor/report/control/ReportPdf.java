package id.sirakor.report.control;

import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.Image;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import id.sirakor.platform.document.DocumentQr;
import id.sirakor.platform.document.PdfKit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The laporan kegiatan as PDF through the one document toolkit (ADR 0091): cover, daftar isi,
 * BAB I–IV with the usual lettered sections, tables with borders that print, the unit head's
 * signature block (and the verification QR once signed), the lampiran list, one title page per
 * appended document and the photos with captions. The appended documents themselves are merged in
 * by {@link ReportDocuments}; this class only leaves their title pages and reports where they are.
 */
public final class ReportPdf {

    private static final float SIZE = 11f;
    private static final float SMALL = 9f;
    private static final Locale ID = Locale.forLanguageTag("id-ID");
    /** What the participant table counts; the .docx prints the same. */
    /** A line that is a list item of its own ("1. …", "a) …"): printed with a hanging indent. */
    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("^(\\d{1,2}|[a-z])[.)] ");

    static final String PARTICIPANTS_NOTE = "Peserta kegiatan menurut jenis instansi (diundang: kuota undangan; terdaftar: pendaftaran "
            + "yang dikonfirmasi; hadir: tercatat dalam daftar hadir). Jenis instansi menurut direktori instansi, atau menurut nama "
            + "instansi bagi peserta yang tidak terhubung ke direktori:";

    private ReportPdf() {
    }

    /** A document appended after its title page: "Lampiran 1 – Surat Undangan". */
    public record Appendix(String title, String note) {
    }

    /**
     * The rendered main document.
     *
     * @param pages the page (of this document) of each daftar isi entry
     * @param appendixPages the page of each appendix's title page, in order
     */
    public record Result(byte[] pdf, Map<String, Integer> pages, List<Integer> appendixPages) {
    }

    /**
     * @param toc the printed page number of each daftar isi entry (from a first pass), or empty
     * @param draft true for a preview that is not the signed report
     */
    public static Result render(ReportContent c, List<Appendix> appendices, Map<String, Integer> toc, boolean draft) {
        Map<String, Integer> pages = new LinkedHashMap<>();
        List<Integer> appendixPages = new ArrayList<>();
        try (PdfKit kit = PdfKit.open(PageSize.A4, PdfKit.Margins.cm(2.5, 2.5, 2.5, 3.0), PdfKit.Typeface.SANS,
                new PdfKit.Info("Laporan Kegiatan – " + c.eventTitle(), c.unitName(), c.eventTitle()))) {
            Document doc = kit.document();
            cover(kit, doc, c, draft);

            doc.add(new AreaBreak());
            doc.add(heading(kit, "DAFTAR ISI"));
            Table t = new Table(UnitValue.createPercentArray(new float[] {88, 12})).setWidth(kit.contentWidth()).setMarginTop(12);
            for (String entry : tocEntries(c, appendices)) {
                boolean chapter = entry.startsWith("BAB") || entry.equals(ReportContent.LAMPIRAN);
                Integer p = toc.get(entry);
                t.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(entry, chapter ? kit.bold() : kit.regular(), SIZE)
                        .setMarginLeft(chapter ? 0 : 18).setMarginTop(chapter ? 6 : 1)));
                t.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(p == null ? "" : String.valueOf(p), kit.regular(), SIZE)
                        .setTextAlignment(TextAlignment.RIGHT).setMarginTop(chapter ? 6 : 1)).setVerticalAlignment(VerticalAlignment.BOTTOM));
            }
            doc.add(t);

            // BAB I
            chapter(kit, doc, pages, ReportContent.BAB_I);
            section(kit, doc, pages, "A. Latar Belakang");
            text(kit, doc, c.texts().background());
            section(kit, doc, pages, "B. Dasar Hukum");
            if (c.texts().legalBasis().isEmpty()) {
                text(kit, doc, "-");
            }
            numbered(kit, doc, c.texts().legalBasis());
            section(kit, doc, pages, "C. Maksud dan Tujuan");
            text(kit, doc, c.texts().purpose());

            // BAB II
            chapter(kit, doc, pages, ReportContent.BAB_II);
            section(kit, doc, pages, "A. Waktu");
            text(kit, doc, c.eventType() + " \"" + c.eventTitle() + "\" dilaksanakan pada:");
            numbered(kit, doc, c.days());
            section(kit, doc, pages, "B. Tempat");
            numbered(kit, doc, c.places());
            section(kit, doc, pages, "C. Peserta");
            text(kit, doc, PARTICIPANTS_NOTE);
            Table pt = table(kit, new float[] {7, 51, 14, 14, 14}, "No", "Jenis Instansi", "Diundang", "Terdaftar", "Hadir");
            int i = 0;
            for (ReportContent.ParticipantRow r : c.participants()) {
                row(kit, pt, false, String.valueOf(++i), r.type(), num(r.invited()), num(r.registered()), num(r.present()));
            }
            if (c.participants().isEmpty()) {
                row(kit, pt, false, "-", "Belum ada peserta", "0", "0", "0");
            }
            ReportContent.ParticipantRow tot = c.total();
            Cell label = boxed(new Cell(1, 2)).add(kit.paragraph(tot.type(), kit.bold(), SMALL + 0.5f)).setBackgroundColor(new DeviceGray(0.95f));
            pt.addCell(label);
            for (String v : new String[] {num(tot.invited()), num(tot.registered()), num(tot.present())}) {
                pt.addCell(boxed(new Cell()).add(kit.paragraph(v, kit.bold(), SMALL + 0.5f).setTextAlignment(TextAlignment.RIGHT))
                        .setBackgroundColor(new DeviceGray(0.95f)));
            }
            doc.add(pt);
            section(kit, doc, pages, "D. Narasumber, Moderator dan Materi");
            if (c.speakers().isEmpty()) {
                text(kit, doc, "Tidak ada narasumber yang tercatat dalam susunan acara.");
            } else {
                Table st = table(kit, new float[] {5, 23, 12, 21, 25, 14}, "No", "Sesi", "Peran", "Nama", "Jabatan / Instansi", "Materi");
                int k = 0;
                for (ReportContent.SpeakerRow r : c.speakers()) {
                    row(kit, st, true, String.valueOf(++k), r.session() + "\n" + r.when(), r.role(), r.name(), r.position(), r.materi());
                }
                doc.add(st);
            }

            // BAB III
            chapter(kit, doc, pages, ReportContent.BAB_III);
            doc.add(kit.paragraph("Sumber: " + c.minutesStatus() + ".", kit.italic(), SMALL + 0.5f).setMarginTop(4));
            section(kit, doc, pages, "A. Hasil Pembahasan per Sesi");
            if (c.sessions().isEmpty()) {
                text(kit, doc, c.minutesApproved() ? "Notula tidak memuat catatan per sesi."
                        : "Hasil pembahasan belum dapat dimuat karena notula rapat belum disetujui.");
            }
            int s = 0;
            for (ReportContent.SessionResult r : c.sessions()) {
                doc.add(kit.paragraph((++s) + ". " + r.title(), kit.bold(), SIZE).setMarginLeft(14).setMarginTop(8).setKeepWithNext(true));
                if (r.when() != null && !r.when().isBlank()) {
                    doc.add(kit.paragraph(r.when(), kit.italic(), SMALL + 0.5f).setMarginLeft(28).setKeepWithNext(true));
                }
                labelled(kit, doc, "Ringkasan:", r.summary());
                if (!r.points().isEmpty()) {
                    doc.add(kit.paragraph("Pokok-pokok yang disampaikan:", kit.bold(), SIZE - 0.5f).setMarginLeft(28).setMarginTop(3)
                            .setKeepWithNext(true));
                    char ch = 'a';
                    for (String p : r.points()) {
                        doc.add(kit.paragraph(ch + ". " + p, kit.regular(), SIZE).setMarginLeft(42).setFirstLineIndent(-12)
                                .setTextAlignment(TextAlignment.JUSTIFIED));
                        ch = ch == 'z' ? 'a' : (char) (ch + 1);
                    }
                }
                labelled(kit, doc, "Keputusan:", r.decisions());
            }
            section(kit, doc, pages, "B. Ringkasan Umum dan Keputusan Rapat");
            boolean any = false;
            if (c.generalSummary() != null && !c.generalSummary().isBlank()) {
                text(kit, doc, c.generalSummary());
                any = true;
            }
            if (c.generalDecisions() != null && !c.generalDecisions().isBlank()) {
                doc.add(kit.paragraph("Keputusan rapat:", kit.bold(), SIZE - 0.5f).setMarginLeft(14).setMarginTop(4).setKeepWithNext(true));
                text(kit, doc, c.generalDecisions());
                any = true;
            }
            if (!any) {
                text(kit, doc, "-");
            }
            section(kit, doc, pages, "C. Tindak Lanjut");
            if (c.followUps().isEmpty()) {
                text(kit, doc, "Tidak ada tindak lanjut yang tercatat.");
            } else {
                Table ft = table(kit, new float[] {6, 40, 23, 18, 13}, "No", "Tindak Lanjut", "Penanggung Jawab", "Batas Waktu", "Status");
                int f = 0;
                for (ReportContent.FollowRow r : c.followUps()) {
                    row(kit, ft, true, String.valueOf(++f), r.action(), r.responsible(), r.due(), r.status());
                }
                doc.add(ft);
            }

            // BAB IV
            chapter(kit, doc, pages, ReportContent.BAB_IV);
            section(kit, doc, pages, "A. Kesimpulan");
            text(kit, doc, c.texts().conclusion());
            section(kit, doc, pages, "B. Rekomendasi");
            text(kit, doc, c.texts().recommendation() == null || c.texts().recommendation().isBlank() ? "-" : c.texts().recommendation());
            text(kit, doc, "Demikian laporan kegiatan ini disampaikan sebagai bahan pertanggungjawaban dan tindak lanjut.");
            signature(kit, doc, c.signature(), draft);

            // LAMPIRAN
            chapter(kit, doc, pages, ReportContent.LAMPIRAN);
            int a = 0;
            for (String l : c.lampiran()) {
                doc.add(kit.paragraph((++a) + ". " + l, kit.regular(), SIZE).setMarginLeft(14).setFirstLineIndent(-14).setPaddingLeft(14)
                        .setMarginTop(3));
            }
            int no = 0;
            for (Appendix x : appendices) {
                doc.add(new AreaBreak());
                String key = "Lampiran " + (++no) + ". " + x.title();
                doc.add(kit.paragraph("LAMPIRAN " + no, kit.bold(), 16).setTextAlignment(TextAlignment.CENTER).setMarginTop(PdfKit.cm(8)));
                appendixPages.add(kit.pdf().getNumberOfPages());
                pages.put(key, kit.pdf().getNumberOfPages());
                doc.add(kit.paragraph(x.title().toUpperCase(ID), kit.bold(), 14).setTextAlignment(TextAlignment.CENTER).setMarginTop(6));
                doc.add(kit.paragraph(c.eventTitle(), kit.regular(), SIZE).setTextAlignment(TextAlignment.CENTER).setMarginTop(14));
                if (x.note() != null) {
                    doc.add(kit.paragraph(x.note(), kit.italic(), SMALL + 0.5f).setTextAlignment(TextAlignment.CENTER).setMarginTop(8));
                }
            }
            if (!c.photos().isEmpty()) {
                doc.add(new AreaBreak());
                String key = "Lampiran " + (++no) + ". Dokumentasi Kegiatan";
                doc.add(kit.paragraph("LAMPIRAN " + no + "\nDOKUMENTASI KEGIATAN", kit.bold(), 13).setTextAlignment(TextAlignment.CENTER));
                pages.put(key, kit.pdf().getNumberOfPages());
                float width = kit.contentWidth();
                for (ReportContent.Photo p : c.photos()) {
                    Table box = new Table(1).setWidth(width).setMarginTop(12).setKeepTogether(true);
                    Image img = new Image(ImageDataFactory.create(p.jpeg())).scaleToFit(width * 0.9f, PdfKit.cm(9.5))
                            .setHorizontalAlignment(HorizontalAlignment.CENTER);
                    box.addCell(PdfKit.bare(new Cell()).add(img));
                    box.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(p.caption(), kit.italic(), SMALL + 0.5f)
                            .setTextAlignment(TextAlignment.CENTER).setMarginTop(3)));
                    doc.add(box);
                }
            }
            return new Result(kit.finish(), pages, appendixPages);
        }
    }

    /** The daftar isi's entries in order; the keys of {@link Result#pages()}. */
    static List<String> tocEntries(ReportContent c, List<Appendix> appendices) {
        List<String> l = new ArrayList<>();
        l.add(ReportContent.BAB_I);
        l.add("A. Latar Belakang");
        l.add("B. Dasar Hukum");
        l.add("C. Maksud dan Tujuan");
        l.add(ReportContent.BAB_II);
        l.add("A. Waktu");
        l.add("B. Tempat");
        l.add("C. Peserta");
        l.add("D. Narasumber, Moderator dan Materi");
        l.add(ReportContent.BAB_III);
        l.add("A. Hasil Pembahasan per Sesi");
        l.add("B. Ringkasan Umum dan Keputusan Rapat");
        l.add("C. Tindak Lanjut");
        l.add(ReportContent.BAB_IV);
        l.add("A. Kesimpulan");
        l.add("B. Rekomendasi");
        l.add(ReportContent.LAMPIRAN);
        int n = 0;
        for (Appendix a : appendices) {
            l.add("Lampiran " + (++n) + ". " + a.title());
        }
        if (!c.photos().isEmpty()) {
            l.add("Lampiran " + (++n) + ". Dokumentasi Kegiatan");
        }
        return l;
    }

    private static void cover(PdfKit kit, Document doc, ReportContent c, boolean draft) {
        doc.add(kit.paragraph("LAPORAN KEGIATAN", kit.bold(), 22).setTextAlignment(TextAlignment.CENTER).setMarginTop(PdfKit.cm(3)));
        doc.add(new Div().setHeight(2).setMarginTop(10).setMarginBottom(14).setWidth(UnitValue.createPercentValue(40))
                .setHorizontalAlignment(HorizontalAlignment.CENTER).setBorderTop(new SolidBorder(1.5f)));
        doc.add(kit.paragraph(c.eventTitle().toUpperCase(ID), kit.bold(), 15).setTextAlignment(TextAlignment.CENTER).setMultipliedLeading(1.3f));
        if (c.theme() != null && !c.theme().isBlank()) {
            doc.add(kit.paragraph("\"" + c.theme().strip() + "\"", kit.italic(), 12).setTextAlignment(TextAlignment.CENTER).setMarginTop(10));
        }
        if (!c.days().isEmpty()) {
            String when = c.days().size() == 1 ? c.days().get(0).replaceFirst(", pukul.*$", "")
                    : c.days().get(0).replaceFirst("^Hari ke-\\d+: ", "").replaceFirst(", pukul.*$", "") + " s.d. "
                            + c.days().get(c.days().size() - 1).replaceFirst("^Hari ke-\\d+: ", "").replaceFirst(", pukul.*$", "");
            doc.add(kit.paragraph(when, kit.regular(), 11).setTextAlignment(TextAlignment.CENTER).setMarginTop(14));
        }
        if (draft) {
            doc.add(kit.paragraph("DRAF – belum ditandatangani", kit.bold(), 12).setTextAlignment(TextAlignment.CENTER)
                    .setMarginTop(PdfKit.cm(2)).setFontColor(new DeviceGray(0.45f)));
        }
        Div foot = new Div().setMarginTop(draft ? PdfKit.cm(5) : PdfKit.cm(6.5)).setTextAlignment(TextAlignment.CENTER);
        for (String line : c.letterhead().institutionLines()) {
            foot.add(kit.paragraph(line.toUpperCase(ID), kit.bold(), 13).setMultipliedLeading(1.2f));
        }
        foot.add(kit.paragraph("TAHUN " + c.year(), kit.bold(), 13).setMarginTop(6));
        doc.add(foot);
    }

    private static Paragraph heading(PdfKit kit, String s) {
        return kit.paragraph(s, kit.bold(), 13).setTextAlignment(TextAlignment.CENTER);
    }

    private static void chapter(PdfKit kit, Document doc, Map<String, Integer> pages, String title) {
        doc.add(new AreaBreak());
        if (title.startsWith("BAB ")) {
            int sp = title.indexOf(' ', 4);
            doc.add(heading(kit, title.substring(0, sp)));
            doc.add(heading(kit, title.substring(sp + 1)).setMarginBottom(10));
        } else {
            doc.add(heading(kit, title).setMarginBottom(10));
        }
        pages.put(title, kit.pdf().getNumberOfPages());
    }

    private static void section(PdfKit kit, Document doc, Map<String, Integer> pages, String title) {
        Paragraph p = kit.paragraph(title, kit.bold(), SIZE).setMarginTop(10).setMarginBottom(3).setKeepWithNext(true);
        doc.add(p);
        pages.put(title, kit.pdf().getNumberOfPages());
    }

    private static void text(PdfKit kit, Document doc, String text) {
        if (text == null) {
            return;
        }
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            if (LIST_ITEM.matcher(line.strip()).find()) {
                doc.add(kit.paragraph(line.strip(), kit.regular(), SIZE).setMarginLeft(30).setFirstLineIndent(-16).setMarginBottom(2)
                        .setTextAlignment(TextAlignment.JUSTIFIED));
                continue;
            }
            doc.add(kit.paragraph(line.strip(), kit.regular(), SIZE).setMarginLeft(14).setFirstLineIndent(20).setMarginBottom(4)
                    .setTextAlignment(TextAlignment.JUSTIFIED));
        }
    }

    private static void labelled(PdfKit kit, Document doc, String label, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        doc.add(kit.paragraph(label, kit.bold(), SIZE - 0.5f).setMarginLeft(28).setMarginTop(3).setKeepWithNext(true));
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                boolean item = LIST_ITEM.matcher(line.strip()).find();
                doc.add(kit.paragraph(line.strip(), kit.regular(), SIZE).setMarginLeft(item ? 44 : 28).setFirstLineIndent(item ? -16 : 0)
                        .setTextAlignment(TextAlignment.JUSTIFIED));
            }
        }
    }

    private static void numbered(PdfKit kit, Document doc, List<String> items) {
        int n = 0;
        for (String s : items) {
            doc.add(kit.paragraph((++n) + ". " + s, kit.regular(), SIZE).setMarginLeft(30).setFirstLineIndent(-16).setMarginBottom(2)
                    .setTextAlignment(TextAlignment.JUSTIFIED));
        }
    }

    private static Cell boxed(Cell c) {
        return c.setBorder(new SolidBorder(0.6f)).setPadding(3);
    }

    private static Table table(PdfKit kit, float[] widths, String... headers) {
        Table t = new Table(UnitValue.createPercentArray(widths)).setWidth(kit.contentWidth() - 14).setMarginLeft(14).setMarginTop(4);
        for (String h : headers) {
            t.addHeaderCell(boxed(new Cell()).setBackgroundColor(new DeviceGray(0.88f))
                    .add(kit.paragraph(h, kit.bold(), SMALL + 0.5f).setTextAlignment(TextAlignment.CENTER)));
        }
        return t;
    }

    private static void row(PdfKit kit, Table t, boolean textFirst, String... values) {
        for (int i = 0; i < values.length; i++) {
            boolean number = !textFirst && i >= 2;
            Paragraph p = kit.paragraph(values[i] == null ? "-" : values[i], kit.regular(), SMALL + 0.5f);
            if (i == 0) {
                p.setTextAlignment(TextAlignment.CENTER);
            } else if (number) {
                p.setTextAlignment(TextAlignment.RIGHT);
            }
            t.addCell(boxed(new Cell()).add(p));
        }
    }

    private static String num(long n) {
        return String.format(ID, "%,d", n);
    }

    private static void signature(PdfKit kit, Document doc, ReportContent.Signature s, boolean draft) {
        float width = kit.contentWidth();
        Table sig = new Table(UnitValue.createPercentArray(new float[] {45, 55})).setWidth(width).setMarginTop(16).setKeepTogether(true);
        Cell qr = PdfKit.bare(new Cell()).setVerticalAlignment(VerticalAlignment.BOTTOM);
        if (s.verifyCode() != null) {
            qr.add(DocumentQr.image(kit, s.verifyUrl(), PdfKit.cm(2.4)));
            qr.add(kit.paragraph("Kode verifikasi: " + s.verifyCode() + "\nPeriksa keaslian di " + s.verifyUrl(), kit.regular(), 7.5f));
        }
        sig.addCell(qr);
        Cell c = PdfKit.bare(new Cell()).setVerticalAlignment(VerticalAlignment.BOTTOM);
        c.add(kit.paragraph(s.placeDate(), kit.regular(), SIZE).setTextAlignment(TextAlignment.CENTER));
        c.add(kit.paragraph(s.position() + ",", kit.regular(), SIZE).setTextAlignment(TextAlignment.CENTER));
        c.add(kit.paragraph(s.signedLine() != null ? s.signedLine() : draft ? "[belum ditandatangani]" : " ", kit.italic(), SMALL)
                .setTextAlignment(TextAlignment.CENTER).setMarginTop(18).setMarginBottom(18));
        c.add(kit.paragraph(s.name(), kit.bold(), SIZE).setTextAlignment(TextAlignment.CENTER).setUnderline());
        if (s.nip() != null) {
            c.add(kit.paragraph(s.nip(), kit.regular(), SIZE).setTextAlignment(TextAlignment.CENTER));
        }
        sig.addCell(c);
        doc.add(sig);
    }
}
