package id.sirakor.privacy.control;

import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import id.sirakor.platform.document.PdfKit;
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

    @SuppressWarnings("unchecked")
    public static byte[] render(Map<String, Object> data) {
        try (PdfKit kit = PdfKit.open(PageSize.A4, PdfKit.Margins.cm(2, 2, 2, 2), PdfKit.Typeface.SANS,
                new PdfKit.Info("Data pribadi saya", "Sirakor", "Salinan data pribadi (UU 27/2022)"))) {
            Document doc = kit.document();
            doc.add(kit.paragraph("DATA PRIBADI SAYA", kit.bold(), 14));
            doc.add(kit.paragraph("Salinan semua data pribadi Anda yang disimpan Sirakor, sesuai UU 27/2022 tentang Pelindungan"
                    + " Data Pribadi. Dibuat " + data.get("generatedAt") + ".", kit.regular(), 9.5f).setMarginBottom(8));
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
                        row("Tanggal acara", String.join(", ", (List<String>) r.get("eventDays"))),
                        row("Instansi", r.get("institution")), row("Status", r.get("status")), row("Sumber", r.get("source")),
                        row("Terdaftar pada", r.get("registeredAt")), row("Kode tiket", r.get("ticketCode")),
                        row("Persetujuan (versi)", c.get("version")), row("Persetujuan pada", c.get("at")),
                        row("Teks persetujuan", c.get("text"))));
                sub(doc, kit, "Kehadiran (daftar hadir)");
                table(doc, kit, new String[] {"Hari", "Masuk", "Keluar", "Cara", "Tanda tangan"},
                        values((List<Map<String, Object>>) r.get("attendance"), "day", "checkedInAt", "checkedOutAt", "method", "signed"));
                sub(doc, kit, "Pernyataan");
                table(doc, kit, new String[] {"Judul", "Nama", "Jabatan", "Status", "Ditandatangani"},
                        values((List<Map<String, Object>>) r.get("declarations"), "title", "name", "position", "status", "signedAt"));
                sub(doc, kit, "Sertifikat");
                table(doc, kit, new String[] {"Nomor", "Nama", "Status", "Diterbitkan"},
                        values((List<Map<String, Object>>) r.get("certificates"), "number", "holderName", "status", "issuedAt"));
            }
            heading(doc, kit, "Surel yang dikirim kepada Anda");
            table(doc, kit, new String[] {"Kepada", "Perihal", "Status", "Dibuat", "Terkirim"},
                    values((List<Map<String, Object>>) data.get("mails"), "to", "subject", "status", "createdAt", "sentAt"));
            kit.numberPagesOfTotal("Halaman {0} dari {1}");
            return kit.finish();
        }
    }

    private static String[] row(String label, Object value) {
        return new String[] {label, value == null ? "\u2013" : String.valueOf(value)};
    }

    private static List<String[]> values(List<Map<String, Object>> rows, String... keys) {
        return rows.stream().map(m -> {
            String[] v = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                Object o = m.get(keys[i]);
                v[i] = o == null ? "\u2013" : String.valueOf(o);
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
