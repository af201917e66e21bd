package id.sirakor.privacy.control;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import id.sirakor.platform.document.PdfKit;
import id.sirakor.platform.i18n.Messages;
import java.util.List;
import java.util.Map;

/**
 * "Data pribadi saya" as a PDF (the same content as the JSON download): no letterhead, Indonesian
 * headings, the NIK masked.
 */
public final class MyDataPdf {

    private static final DeviceRgb HEAD = new DeviceRgb(0xee, 0xe8, 0xdc);
    private static final DeviceRgb RULE = new DeviceRgb(0xc9, 0xc2, 0xb4);

    private MyDataPdf() {
    }

    private static final java.time.ZoneId JAKARTA = java.time.ZoneId.of("Asia/Jakarta");
    private static final java.util.regex.Pattern INSTANT = java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    /** An ISO instant as "Senin, 30 November 2026, 09.55 WIB"; anything else as it is; null as a dash. */
    static String shown(Object v) {
        if (v == null) {
            return "\u2013";
        }
        String s = String.valueOf(v);
        if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return id.sirakor.platform.time.IndonesianTime.date(java.time.LocalDate.parse(s), Messages.INDONESIAN);
        }
        if (INSTANT.matcher(s).matches()) {
            return id.sirakor.platform.time.IndonesianTime.dateTime(java.time.Instant.parse(s), JAKARTA, Messages.INDONESIAN);
        }
        return s;
    }

    /** A status code in Indonesian ({@code prefix + code} in the bundle), or the code itself. */
    static String label(String prefix, Object code) {
        if (code == null) {
            return "\u2013";
        }
        try {
            return Messages.bundle(Messages.INDONESIAN).getString(prefix + code);
        } catch (java.util.MissingResourceException e) {
            return String.valueOf(code);
        }
    }

    @SuppressWarnings("unchecked")
    public static byte[] render(Map<String, Object> data) {
        try (PdfKit kit = PdfKit.open(PageSize.A4, PdfKit.Margins.cm(2, 2, 2, 2), PdfKit.Typeface.SANS,
                new PdfKit.Info("Data pribadi saya", "Sirakor", "Salinan data pribadi (UU 27/2022)"))) {
            Document doc = kit.document();
            doc.add(kit.paragraph("DATA PRIBADI SAYA", kit.bold(), 14));
            doc.add(kit.paragraph("Salinan semua data pribadi Anda yang disimpan Sirakor, sesuai UU 27/2022 tentang Pelindungan"
                    + " Data Pribadi. Dibuat " + shown(data.get("generatedAt")) + ".", kit.regular(), 9.5f).setMarginBottom(8));
            Map<String, Object> p = (Map<String, Object>) data.get("person");
            heading(doc, kit, "Identitas");
            table(doc, kit, new String[] {"Data", "Isi"}, List.of(
                    row("Nama", p.get("name")), row("Gelar depan", p.get("frontTitle")), row("Gelar belakang", p.get("backTitle")),
                    row("Jabatan", p.get("position")), row("Jenis identitas", p.get("idKind")),
                    p.containsKey("nip") ? row("NIP", p.get("nip")) : row("NIK (disamarkan)", p.get("nikMasked")),
                    row("Nomor telepon", p.get("phone")), row("Surel", p.get("email"))));
            for (Map<String, Object> r : (List<Map<String, Object>>) data.get("registrations")) {
                heading(doc, kit, "Pendaftaran: " + r.get("event"));
                Map<String, Object> c = (Map<String, Object>) r.get("consent");
                table(doc, kit, new String[] {"Data", "Isi"}, List.of(
                        row("Tanggal acara", String.join("; ", ((List<String>) r.get("eventDays")).stream().map(MyDataPdf::shown).toList())),
                        row("Instansi", r.get("institution")), row("Status", label("reg.short.", r.get("status"))),
                        row("Sumber", label("participants.source.", r.get("source"))),
                        row("Terdaftar pada", r.get("registeredAt")), row("Kode tiket", r.get("ticketCode")),
                        row("Persetujuan (versi)", c.get("version")), row("Persetujuan pada", c.get("at")),
                        row("Teks persetujuan", c.get("text"))));
                sub(doc, kit, "Kehadiran (daftar hadir)");
                table(doc, kit, new String[] {"Hari", "Masuk", "Keluar", "Cara", "Tanda tangan"},
                        values((List<Map<String, Object>>) r.get("attendance"), "day", "checkedInAt", "checkedOutAt", "method", "signed"));
                sub(doc, kit, "Pernyataan");
                table(doc, kit, new String[] {"Judul", "Nama", "Jabatan", "Status", "Ditandatangani"},
                                relabel(values((List<Map<String, Object>>) r.get("declarations"), "title", "name", "position", "status", "signedAt"), 3,
                                "decl.signer.status."));
                sub(doc, kit, "Sertifikat");
                table(doc, kit, new String[] {"Nomor", "Nama", "Status", "Diterbitkan"},
                        relabel(values((List<Map<String, Object>>) r.get("certificates"), "number", "holderName", "status", "issuedAt"), 2,
                                "verify.status."));
            }
            heading(doc, kit, "Surel yang dikirim kepada Anda");
            table(doc, kit, new String[] {"Kepada", "Perihal", "Status", "Dibuat", "Terkirim"},
                    relabel(values((List<Map<String, Object>>) data.get("mails"), "to", "subject", "status", "createdAt", "sentAt"), 2,
                            "outbox.status."));
            kit.numberPagesOfTotal("Halaman {0} dari {1}");
            return kit.finish();
        }
    }

    private static String[] row(String label, Object value) {
        return new String[] {label, shown(value)};
    }

    private static List<String[]> relabel(List<String[]> rows, int column, String prefix) {
        rows.forEach(r -> r[column] = label(prefix, r[column]));
        return rows;
    }

    private static List<String[]> values(List<Map<String, Object>> rows, String... keys) {
        return rows.stream().map(m -> {
            String[] v = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                v[i] = shown(m.get(keys[i]));
            }
            return v;
        }).toList();
    }

    private static void heading(Document doc, PdfKit kit, String text) {
        doc.add(kit.paragraph(text, kit.bold(), 11.5f).setMarginTop(12).setMarginBottom(4));
    }

    private static void sub(Document doc, PdfKit kit, String text) {
        doc.add(kit.paragraph(text, kit.bold(), 10).setMarginTop(6).setMarginBottom(3));
    }

    private static void table(Document doc, PdfKit kit, String[] head, List<String[]> rows) {
        if (rows.isEmpty()) {
            doc.add(kit.paragraph("Tidak ada.", kit.italic(), 9));
            return;
        }
        float[] widths = new float[head.length];
        java.util.Arrays.fill(widths, 1);
        if (head.length == 2) {
            widths = new float[] {30, 70};
        }
        Table t = new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth();
        for (String h : head) {
            t.addHeaderCell(new Cell().add(kit.paragraph(h, kit.bold(), 9)).setBackgroundColor(HEAD).setBorder(new SolidBorder(RULE, 0.5f)).setPadding(3));
        }
        for (String[] r : rows) {
            for (String v : r) {
                t.addCell(new Cell().add(kit.paragraph(v, kit.regular(), 9)).setBorder(new SolidBorder(RULE, 0.5f)).setPadding(3));
            }
        }
        doc.add(t);
    }
}
