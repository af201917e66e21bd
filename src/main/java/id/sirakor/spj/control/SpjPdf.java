package id.sirakor.spj.control;

import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceGray;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.DashedBorder;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.VerticalAlignment;
import id.sirakor.platform.document.LabeledValue;
import id.sirakor.platform.document.Letterhead;
import id.sirakor.platform.document.PdfKit;
import id.sirakor.platform.text.Rupiah;
import id.sirakor.platform.text.Terbilang;
import id.sirakor.spj.control.SpjService.HonorRow;
import id.sirakor.spj.control.SpjService.RekapRow;
import id.sirakor.spj.control.SpjService.Spj;
import id.sirakor.spj.control.SpjService.TransportRow;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The SPJ documents as PDF through the one document toolkit ({@link PdfKit}) with the unit's
 * letterhead: the daftar penerimaan honorarium, one kuitansi per recipient, the daftar penerimaan
 * uang transport, the rekap peserta and the cover list of the ZIP. Amounts right-aligned without
 * "Rp" in the columns (the header says "(Rp)"), totals and the total in words under the table.
 */
final class SpjPdf {

    static final float SIZE = 8.5f;
    static final float ROW = PdfKit.cm(1.05);
    /** Bea meterai is due on a receipt of more than Rp5.000.000 (UU 10/2020 Pasal 3 ayat (2) huruf g; Rp10.000). */
    static final BigDecimal MATERAI_ABOVE = new BigDecimal("5000000");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", id.sirakor.platform.time.IndonesianTime.ID);

    private SpjPdf() {
    }

    // ---- shared pieces ----------------------------------------------------------------------

    private static PdfKit open(boolean landscape, String title, Spj s) {
        PdfKit kit = PdfKit.open(landscape ? PageSize.A4.rotate() : PageSize.A4, PdfKit.Margins.cm(1.2, 1.0, 1.5, 1.0),
                PdfKit.Typeface.SANS, new PdfKit.Info(title + " – " + s.eventTitle(), s.unitName(), "SPJ " + s.eventTitle()));
        kit.numberPagesOfTotal("Halaman {0} dari {1}");
        return kit;
    }

    private static void heading(PdfKit kit, Letterhead head, String title, Spj s) {
        Document d = kit.document();
        d.add(kit.letterhead(head));
        d.add(kit.paragraph(title, kit.bold(), 12).setTextAlignment(TextAlignment.CENTER).setMarginBottom(6));
        List<LabeledValue> rows = new ArrayList<>();
        rows.add(new LabeledValue("Kegiatan", s.eventTitle()));
        rows.add(new LabeledValue("Tanggal", s.dateText()));
        if (s.place() != null) {
            rows.add(new LabeledValue("Tempat", s.place()));
        }
        rows.add(new LabeledValue("MAK / Kode Anggaran", s.budgetLine() == null || s.budgetLine().isBlank() ? "-" : s.budgetLine()));
        d.add(kit.labelTable(rows, 9.5f, kit.contentWidth()).setMarginBottom(8));
    }

    static Cell head(PdfKit kit, String text) {
        return head(kit, text, 1, 1);
    }

    static Cell head(PdfKit kit, String text, int rows, int cols) {
        return new Cell(rows, cols).add(kit.paragraph(text, kit.bold(), SIZE).setTextAlignment(TextAlignment.CENTER))
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setBackgroundColor(new DeviceGray(0.9f))
                .setBorder(new SolidBorder(0.5f)).setPadding(2);
    }

    static Cell number(PdfKit kit, String text, int cols) {
        return new Cell(1, cols).add(kit.paragraph(text, kit.italic(), 7f).setTextAlignment(TextAlignment.CENTER))
                .setBorder(new SolidBorder(0.5f)).setPadding(1).setBackgroundColor(new DeviceGray(0.95f));
    }

    static Cell cell(PdfKit kit, String text, TextAlignment align) {
        return new Cell().add(kit.paragraph(text == null ? "" : text, kit.regular(), SIZE).setTextAlignment(align))
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setMinHeight(ROW).setBorder(new SolidBorder(0.5f)).setPadding(2.5f);
    }

    static Cell amount(PdfKit kit, BigDecimal a) {
        return cell(kit, Rupiah.number(a), TextAlignment.RIGHT);
    }

    static Cell total(PdfKit kit, String text, TextAlignment align, int cols) {
        return new Cell(1, cols).add(kit.paragraph(text, kit.bold(), SIZE).setTextAlignment(align))
                .setVerticalAlignment(VerticalAlignment.MIDDLE).setBorder(new SolidBorder(0.5f)).setPadding(2.5f)
                .setBackgroundColor(new DeviceGray(0.95f));
    }

    /** The signature columns of an Indonesian receipt list: odd numbers sign left, even numbers right. */
    static void signature(PdfKit kit, Table t, int no) {
        Cell sign = new Cell().add(kit.paragraph(no + ". ..........", kit.regular(), 7.5f))
                .setVerticalAlignment(VerticalAlignment.BOTTOM).setBorder(new SolidBorder(0.5f)).setPadding(2).setMinHeight(ROW);
        Cell empty = new Cell().setBorder(new SolidBorder(0.5f)).setMinHeight(ROW);
        if (no % 2 == 1) {
            t.addCell(sign.setBorderRight(Border.NO_BORDER));
            t.addCell(empty.setBorderLeft(Border.NO_BORDER));
        } else {
            t.addCell(empty.setBorderRight(Border.NO_BORDER));
            t.addCell(sign.setBorderLeft(Border.NO_BORDER));
        }
    }

    static Paragraph words(PdfKit kit, String label, String words) {
        Paragraph p = PdfKit.tight(new Paragraph());
        p.add(kit.text(label + " ", kit.bold(), 9));
        p.add(kit.text(capital(words), kit.italic(), 9));
        return p.setMarginTop(5);
    }

    static String capital(String s) {
        return s == null || s.isEmpty() ? "" : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** PPK and Bendahara Pengeluaran side by side, with the place and date above the right one. */
    static void officials(PdfKit kit, Spj s, String left, String right) {
        float w = kit.contentWidth();
        Table t = new Table(new float[] {w / 2, w / 2}).setWidth(w).setFixedLayout().setMarginTop(14).setKeepTogether(true);
        String city = s.unitCity() == null ? "" : s.unitCity() + ", ";
        t.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(" ", kit.regular(), 9.5f)));
        t.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(city + DATE.format(s.lastDay()), kit.regular(), 9.5f)
                .setTextAlignment(TextAlignment.CENTER)));
        t.addCell(block(kit, left));
        t.addCell(block(kit, right));
        kit.document().add(t);
    }

    static Cell block(PdfKit kit, String role) {
        Cell c = PdfKit.bare(new Cell());
        for (String line : role.split("\n")) {
            c.add(kit.paragraph(line, kit.regular(), 9.5f).setTextAlignment(TextAlignment.CENTER));
        }
        c.add(kit.paragraph(" ", kit.regular(), 9.5f).setMarginTop(PdfKit.cm(1.6)));
        c.add(kit.paragraph("(....................................................)", kit.regular(), 9.5f).setTextAlignment(TextAlignment.CENTER));
        c.add(kit.paragraph("NIP. ..............................................", kit.regular(), 9.5f).setTextAlignment(TextAlignment.CENTER));
        return c;
    }

    static void notes(PdfKit kit, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        kit.document().add(kit.paragraph("Catatan:", kit.bold(), 8.5f).setMarginTop(10));
        for (String n : notes) {
            kit.document().add(kit.paragraph("- " + n, kit.regular(), 8.5f));
        }
    }

    // ---- 1. daftar penerimaan honorarium ----------------------------------------------------

    static byte[] honor(Spj s, Letterhead head) {
        try (PdfKit kit = open(true, "Daftar Penerimaan Honorarium", s)) {
            heading(kit, head, "DAFTAR PENERIMAAN HONORARIUM NARASUMBER/MODERATOR", s);
            float[] cm = {0.8f, 4.4f, 3.6f, 1.1f, 2.0f, 2.2f, 1.1f, 1.9f, 2.2f, 3.9f, 1.9f, 1.9f};
            float[] w = new float[cm.length];
            for (int i = 0; i < cm.length; i++) {
                w[i] = PdfKit.cm(cm[i]);
            }
            Table t = new Table(w).setWidth(kit.contentWidth()).setFixedLayout();
            for (String h : List.of("No", "Nama / NIP / Golongan", "Jabatan / Peran", "Jam", "Tarif per Jam (Rp)", "Bruto (Rp)",
                    "PPh 21 (%)", "PPh 21 (Rp)", "Netto (Rp)", "Bank / Nomor Rekening")) {
                t.addHeaderCell(head(kit, h));
            }
            t.addHeaderCell(head(kit, "Tanda Tangan", 1, 2));
            for (int i = 1; i <= 10; i++) {
                t.addHeaderCell(number(kit, String.valueOf(i), 1));
            }
            t.addHeaderCell(number(kit, "11", 2));
            for (HonorRow r : s.honor()) {
                t.addCell(cell(kit, r.no() + ".", TextAlignment.CENTER));
                StringBuilder name = new StringBuilder(r.name());
                if (r.nip() != null) {
                    name.append("\nNIP ").append(r.nip());
                }
                name.append(r.asn() ? (r.golongan() == null ? "\nGol. -" : "\nGol. " + r.golongan()) : "\nNon-ASN");
                t.addCell(cell(kit, name.toString(), TextAlignment.LEFT));
                String role = (r.position() == null ? "" : r.position() + "\n")
                        + (SpjService.ROLE_MODERATOR.equals(r.role()) ? "Moderator" : "Narasumber")
                        + (r.categoryLabel() == null || SpjService.ROLE_MODERATOR.equals(r.role()) ? "" : " (" + r.categoryLabel() + ")")
                        + (r.represents() == null ? "" : "\nmewakili " + r.represents());
                t.addCell(cell(kit, role, TextAlignment.LEFT));
                t.addCell(cell(kit, r.hours().toPlainString().replace('.', ','), TextAlignment.RIGHT));
                t.addCell(amount(kit, r.rate()));
                t.addCell(amount(kit, r.bruto()));
                t.addCell(cell(kit, r.pphPercent().stripTrailingZeros().toPlainString().replace('.', ','), TextAlignment.RIGHT));
                t.addCell(amount(kit, r.pph()));
                t.addCell(amount(kit, r.netto()));
                String bank = r.accountNo() == null ? "-" : (r.bankName() == null ? "" : r.bankName() + "\n") + r.accountNo()
                        + (r.accountHolder() == null ? "" : "\na.n. " + r.accountHolder());
                t.addCell(cell(kit, bank, TextAlignment.LEFT));
                signature(kit, t, r.no());
            }
            t.addCell(total(kit, "JUMLAH", TextAlignment.CENTER, 5));
            t.addCell(total(kit, Rupiah.number(s.honorTotals().bruto()), TextAlignment.RIGHT, 1));
            t.addCell(total(kit, "", TextAlignment.RIGHT, 1));
            t.addCell(total(kit, Rupiah.number(s.honorTotals().pph()), TextAlignment.RIGHT, 1));
            t.addCell(total(kit, Rupiah.number(s.honorTotals().netto()), TextAlignment.RIGHT, 1));
            t.addCell(total(kit, "", TextAlignment.RIGHT, 3));
            kit.document().add(t);
            kit.document().add(words(kit, "Jumlah bruto " + Rupiah.format(s.honorTotals().bruto()) + ", dibayarkan (netto) "
                    + Rupiah.format(s.honorTotals().netto()) + ". Terbilang:", s.honorTotals().nettoWords()));
            officials(kit, s, "Mengetahui/Menyetujui,\nPejabat Pembuat Komitmen", "Lunas dibayar,\nBendahara Pengeluaran");
            notes(kit, s.notes().stream().filter(n -> !n.contains("transport")).toList());
            return kit.finish();
        }
    }

    // ---- 2. kuitansi ------------------------------------------------------------------------

    static String kuitansiNo(Spj s, HonorRow r) {
        return String.format("%02d", r.no()) + "/KW-HON/" + s.eventId() + "/" + s.year();
    }

    static byte[] kuitansi(Spj s, Letterhead head) {
        try (PdfKit kit = PdfKit.open(PageSize.A4, PdfKit.Margins.cm(1.5, 2.0, 1.5, 2.0), PdfKit.Typeface.SANS,
                new PdfKit.Info("Kuitansi Honorarium – " + s.eventTitle(), s.unitName(), "SPJ " + s.eventTitle()))) {
            Document d = kit.document();
            float w = kit.contentWidth();
            if (s.honor().isEmpty()) {
                d.add(kit.paragraph("Tidak ada narasumber atau moderator dalam susunan acara.", kit.regular(), 10));
            }
            boolean first = true;
            for (HonorRow r : s.honor()) {
                if (!first) {
                    d.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                }
                first = false;
                d.add(kit.letterhead(head));
                d.add(kit.paragraph("KUITANSI", kit.bold(), 15).setTextAlignment(TextAlignment.CENTER).setUnderline().setMarginTop(4));
                d.add(kit.paragraph("Nomor: " + kuitansiNo(s, r), kit.regular(), 10).setTextAlignment(TextAlignment.CENTER).setMarginBottom(14));
                float lw = PdfKit.cm(4.0);
                float cw = PdfKit.cm(0.5);
                Table t = new Table(new float[] {lw, cw, w - lw - cw}).setWidth(w).setFixedLayout();
                row(kit, t, "Sudah terima dari", PdfKit.tight(new Paragraph(kit.text("Pejabat Pembuat Komitmen " + s.unitName(), kit.regular(), 10.5f))));
                Paragraph box = PdfKit.tight(new Paragraph(kit.text(Terbilang.capitalised(r.bruto()), kit.italic(), 11)));
                Cell boxed = new Cell().add(box).setBackgroundColor(new DeviceGray(0.92f))
                        .setBorder(new SolidBorder(0.75f)).setPadding(5);
                t.addCell(PdfKit.bare(new Cell()).add(kit.paragraph("Uang sebanyak", kit.regular(), 10.5f)).setPaddingTop(5));
                t.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(":", kit.regular(), 10.5f)).setPaddingTop(5));
                t.addCell(PdfKit.bare(new Cell()).add(new Table(new float[] {w - lw - cw}).setWidth(w - lw - cw).addCell(boxed)).setPaddingBottom(8));
                String role = SpjService.ROLE_MODERATOR.equals(r.role()) ? "moderator" : "narasumber";
                String purpose = "Honorarium sebagai " + role + " pada " + s.eventTitle() + ", tanggal " + s.dateText()
                        + (r.sessions() == null || r.sessions().isEmpty() ? "" : "; sesi " + String.join("; ", r.sessions()))
                        + "; " + r.hours().toPlainString().replace('.', ',') + " jam × " + Rupiah.format(r.rate()) + ".";
                row(kit, t, "Untuk pembayaran", PdfKit.tight(new Paragraph(kit.text(purpose, kit.regular(), 10.5f))));
                String deduction = "Bruto " + Rupiah.format(r.bruto()) + ", PPh 21 " + r.pphPercent().stripTrailingZeros().toPlainString().replace('.', ',')
                        + "% " + Rupiah.format(r.pph()) + ", diterima bersih " + Rupiah.format(r.netto())
                        + (r.accountNo() == null ? "" : ", ditransfer ke " + (r.bankName() == null ? "" : r.bankName() + " ") + r.accountNo()) + ".";
                row(kit, t, "Rincian", PdfKit.tight(new Paragraph(kit.text(deduction, kit.regular(), 10.5f))));
                d.add(t);

                Table amountRow = new Table(new float[] {w / 2, w / 2}).setWidth(w).setFixedLayout().setMarginTop(16);
                Cell amountBox = new Cell().add(kit.paragraph(Rupiah.format(r.bruto()), kit.bold(), 14).setTextAlignment(TextAlignment.CENTER))
                        .setBorder(new SolidBorder(1.5f)).setPadding(6).setBackgroundColor(new DeviceGray(0.92f));
                amountRow.addCell(PdfKit.bare(new Cell()).add(new Table(new float[] {PdfKit.cm(6)}).addCell(amountBox)));
                String city = s.unitCity() == null ? "" : s.unitCity() + ", ";
                amountRow.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(city + DATE.format(s.lastDay()), kit.regular(), 10.5f)
                        .setTextAlignment(TextAlignment.CENTER)).setVerticalAlignment(VerticalAlignment.MIDDLE));
                d.add(amountRow);

                Table sig = new Table(new float[] {w / 3, w / 3, w / 3}).setWidth(w).setFixedLayout().setMarginTop(18).setKeepTogether(true);
                sig.addCell(block(kit, "Setuju dibayar,\nPejabat Pembuat Komitmen"));
                sig.addCell(block(kit, "Lunas dibayar,\nBendahara Pengeluaran"));
                Cell recipient = PdfKit.bare(new Cell());
                recipient.add(kit.paragraph("Yang menerima,", kit.regular(), 9.5f).setTextAlignment(TextAlignment.CENTER));
                recipient.add(kit.paragraph(" ", kit.regular(), 9.5f));
                // as high as the other blocks' signing space, so the three names stand on one line
                com.itextpdf.layout.element.Div space = new com.itextpdf.layout.element.Div().setHeight(PdfKit.cm(1.6) + 9.5f * PdfKit.LEADING);
                if (r.bruto().compareTo(MATERAI_ABOVE) > 0) {
                    space.add(new Table(new float[] {PdfKit.cm(2.2f)}).setMarginLeft(PdfKit.cm(0.4f)).setMarginTop(PdfKit.cm(0.15f))
                            .addCell(new Cell().add(kit.paragraph("Meterai\nRp10.000", kit.regular(), 7).setTextAlignment(TextAlignment.CENTER))
                                    .setBorder(new DashedBorder(ColorConstants.GRAY, 0.75f)).setHeight(PdfKit.cm(1.3f))
                                    .setVerticalAlignment(VerticalAlignment.MIDDLE)));
                }
                recipient.add(space);
                recipient.add(kit.paragraph(r.name(), kit.bold(), 9.5f).setTextAlignment(TextAlignment.CENTER).setUnderline());
                recipient.add(kit.paragraph(r.nip() == null ? " " : "NIP. " + r.nip(), kit.regular(), 9.5f).setTextAlignment(TextAlignment.CENTER));
                sig.addCell(recipient);
                d.add(sig);
                if (!r.flags().isEmpty()) {
                    d.add(kit.paragraph("Catatan: " + String.join(", ", r.flags().stream().map(SpjService::flagText).toList()) + ".",
                            kit.italic(), 8.5f).setMarginTop(10));
                }
            }
            return kit.finish();
        }
    }

    private static void row(PdfKit kit, Table t, String label, Paragraph value) {
        t.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(label, kit.regular(), 10.5f)).setPaddingBottom(8));
        t.addCell(PdfKit.bare(new Cell()).add(kit.paragraph(":", kit.regular(), 10.5f)));
        t.addCell(PdfKit.bare(new Cell()).add(value).setPaddingBottom(8));
    }

    // ---- 3. daftar penerimaan uang transport ------------------------------------------------

    static byte[] transport(Spj s, Letterhead head) {
        try (PdfKit kit = open(false, "Daftar Penerimaan Uang Transport", s)) {
            heading(kit, head, "DAFTAR PENERIMAAN UANG TRANSPORT PESERTA", s);
            float[] cm = {0.8f, 4.6f, 4.4f, 3.2f, 2.4f, 1.8f, 1.8f};
            float[] w = new float[cm.length];
            for (int i = 0; i < cm.length; i++) {
                w[i] = PdfKit.cm(cm[i]);
            }
            Table t = new Table(w).setWidth(kit.contentWidth()).setFixedLayout();
            for (String h : List.of("No", "Nama", "Instansi", "Asal (Wilayah)", "Jumlah (Rp)")) {
                t.addHeaderCell(head(kit, h));
            }
            t.addHeaderCell(head(kit, "Tanda Tangan", 1, 2));
            for (TransportRow r : s.transport()) {
                t.addCell(cell(kit, r.no() + ".", TextAlignment.CENTER));
                t.addCell(cell(kit, r.name(), TextAlignment.LEFT));
                t.addCell(cell(kit, r.institution(), TextAlignment.LEFT));
                t.addCell(cell(kit, r.region() == null ? "-" : r.region(), TextAlignment.LEFT));
                t.addCell(amount(kit, r.amount()));
                signature(kit, t, r.no());
            }
            if (s.transport().isEmpty()) {
                t.addCell(new Cell(1, 7).add(kit.paragraph("Belum ada peserta yang tercatat hadir.", kit.italic(), SIZE)
                        .setTextAlignment(TextAlignment.CENTER)).setBorder(new SolidBorder(0.5f)).setPadding(4));
            }
            t.addCell(total(kit, "JUMLAH", TextAlignment.CENTER, 4));
            t.addCell(total(kit, Rupiah.number(s.transportTotal()), TextAlignment.RIGHT, 1));
            t.addCell(total(kit, "", TextAlignment.RIGHT, 2));
            kit.document().add(t);
            kit.document().add(words(kit, "Terbilang:", s.transportWords()));
            officials(kit, s, "Mengetahui/Menyetujui,\nPejabat Pembuat Komitmen", "Lunas dibayar,\nBendahara Pengeluaran");
            notes(kit, s.notes().stream().filter(n -> n.contains("transport")).toList());
            return kit.finish();
        }
    }

    // ---- 4. rekap peserta -------------------------------------------------------------------

    static byte[] rekap(Spj s, Letterhead head) {
        try (PdfKit kit = open(false, "Rekapitulasi Peserta", s)) {
            heading(kit, head, "REKAPITULASI PESERTA MENURUT INSTANSI", s);
            float[] cm = {0.8f, 7.6f, 3.2f, 3.8f, 1.8f, 1.8f};
            float[] w = new float[cm.length];
            for (int i = 0; i < cm.length; i++) {
                w[i] = PdfKit.cm(cm[i]);
            }
            Table t = new Table(w).setWidth(kit.contentWidth()).setFixedLayout();
            for (String h : List.of("No", "Instansi", "Jenis", "Wilayah", "Terdaftar", "Hadir")) {
                t.addHeaderCell(head(kit, h));
            }
            for (RekapRow r : s.rekap()) {
                t.addCell(cell(kit, r.no() + ".", TextAlignment.CENTER).setMinHeight(0));
                t.addCell(cell(kit, r.institution(), TextAlignment.LEFT).setMinHeight(0));
                t.addCell(cell(kit, typeLabel(r.type()), TextAlignment.LEFT).setMinHeight(0));
                t.addCell(cell(kit, r.region() == null ? "-" : r.region(), TextAlignment.LEFT).setMinHeight(0));
                t.addCell(cell(kit, String.valueOf(r.registered()), TextAlignment.RIGHT).setMinHeight(0));
                t.addCell(cell(kit, String.valueOf(r.present()), TextAlignment.RIGHT).setMinHeight(0));
            }
            t.addCell(total(kit, "JUMLAH (" + s.rekap().size() + " instansi)", TextAlignment.CENTER, 4));
            t.addCell(total(kit, String.valueOf(s.rekapRegistered()), TextAlignment.RIGHT, 1));
            t.addCell(total(kit, String.valueOf(s.rekapPresent()), TextAlignment.RIGHT, 1));
            kit.document().add(t);
            officials(kit, s, "Mengetahui,\nPejabat Pembuat Komitmen", "Sekretariat\n" + s.unitName());
            return kit.finish();
        }
    }

    static String typeLabel(String type) {
        if (type == null) {
            return "-";
        }
        return id.sirakor.platform.i18n.Messages.get(id.sirakor.platform.i18n.Messages.INDONESIAN, "institutionType." + type);
    }

    // ---- 5. daftar isi ----------------------------------------------------------------------

    record Entry(String document, String files, int pages, String total) {
    }

    static byte[] cover(Spj s, Letterhead head, List<Entry> entries) {
        try (PdfKit kit = open(false, "Daftar Isi Berkas SPJ", s)) {
            heading(kit, head, "DAFTAR ISI BERKAS SPJ", s);
            float[] cm = {0.8f, 5.6f, 5.6f, 1.8f, 5.2f};
            float[] w = new float[cm.length];
            for (int i = 0; i < cm.length; i++) {
                w[i] = PdfKit.cm(cm[i]);
            }
            Table t = new Table(w).setWidth(kit.contentWidth()).setFixedLayout();
            for (String h : List.of("No", "Dokumen", "Berkas", "Halaman", "Jumlah")) {
                t.addHeaderCell(head(kit, h));
            }
            int no = 0;
            for (Entry e : entries) {
                t.addCell(cell(kit, ++no + ".", TextAlignment.CENTER));
                t.addCell(cell(kit, e.document(), TextAlignment.LEFT));
                t.addCell(cell(kit, e.files(), TextAlignment.LEFT));
                t.addCell(cell(kit, String.valueOf(e.pages()), TextAlignment.RIGHT));
                t.addCell(cell(kit, e.total(), TextAlignment.RIGHT));
            }
            kit.document().add(t);
            kit.document().add(kit.paragraph("Total honorarium (bruto) " + Rupiah.format(s.honorTotals().bruto()) + ", PPh 21 "
                    + Rupiah.format(s.honorTotals().pph()) + ", netto " + Rupiah.format(s.honorTotals().netto())
                    + "; uang transport " + Rupiah.format(s.transportTotal()) + ".", kit.regular(), 9.5f).setMarginTop(8));
            kit.document().add(kit.paragraph("Berkas ini memuat nomor rekening dan NIP penerima: simpan dan kirimkan hanya kepada"
                    + " pejabat pengelola keuangan.", kit.italic(), 8.5f).setMarginTop(4));
            officials(kit, s, "Mengetahui,\nPejabat Pembuat Komitmen", "Sekretariat\n" + s.unitName());
            return kit.finish();
        }
    }
}
