package id.sirakor.spj.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import id.sirakor.platform.document.Letterhead;
import id.sirakor.platform.text.Terbilang;
import id.sirakor.spj.control.SpjService.HonorRow;
import id.sirakor.spj.control.SpjService.RekapRow;
import id.sirakor.spj.control.SpjService.Spj;
import id.sirakor.spj.control.SpjService.Totals;
import id.sirakor.spj.control.SpjService.TransportRow;
import id.sirakor.spj.entity.SpjCategory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The SPJ documents rendered from a computed SPJ (no server): text read back, written to target/spj-docs to look at. */
class SpjDocumentsTest {

    static final Letterhead HEAD = new Letterhead(null, List.of("BADAN PENGAWAS PEMILIHAN UMUM", "PROVINSI SUMATERA BARAT"),
            "Jl. Pramuka Raya No. 2, Padang", "Telepon (0751) 000000 · sekretariat@sumbar.bawaslu.example.id");

    static HonorRow honor(int no, String name, boolean asn, String gol, SpjCategory c, String rate, String pct, String role) {
        BigDecimal hours = HonorMath.hours(120);
        BigDecimal bruto = HonorMath.bruto(new BigDecimal(rate), hours);
        BigDecimal p = new BigDecimal(pct);
        BigDecimal pph = HonorMath.pph(bruto, p);
        return new HonorRow(no, no, name, "Kepala Bidang Pembinaan Aparatur Sipil Negara", role, no == 3 ? "Kepala Dinas Uji" : null, asn, gol,
                asn ? "19820314 200801 2 012" : null, "092345678203000", c, c.label(), 120, hours, new BigDecimal(rate), bruto, p, pph,
                bruto.subtract(pph), "Bank Nagari", "2101234567", name, false, List.of("Paparan (10.00–12.00 WIB)"),
                no == 4 ? List.of("noBank") : List.of());
    }

    static Spj sample(int participants) {
        List<HonorRow> h = List.of(
                honor(1, "Dr. Ratna Dewi Kusuma, S.H., M.Si.", true, "III", SpjCategory.ESELON_III, "750000", "5.00", SpjService.ROLE_SPEAKER),
                honor(2, "Ir. Bambang Suryadi, M.T.", true, "IV", SpjCategory.ESELON_II, "900000", "15.00", SpjService.ROLE_SPEAKER),
                honor(3, "Yoga Pratama, S.IP.", false, null, SpjCategory.NON_ASN, "800000", "7.50", SpjService.ROLE_SPEAKER),
                honor(4, "Drs. Hendra Gunawan, M.Si.", true, "IV", SpjCategory.MODERATOR, "3000000", "15.00", SpjService.ROLE_MODERATOR));
        BigDecimal bruto = h.stream().map(HonorRow::bruto).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal pph = h.stream().map(HonorRow::pph).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal netto = bruto.subtract(pph);
        List<TransportRow> t = new ArrayList<>();
        for (int i = 1; i <= participants; i++) {
            t.add(new TransportRow(i, i, "Peserta Uji Nomor " + i, i % 3 == 0 ? "=HYPERLINK(\"x\")" : "Bawaslu Kabupaten Agam",
                    "Kabupaten Agam", "Sumatera Barat", new BigDecimal("175000.00"), List.of()));
        }
        BigDecimal tt = new BigDecimal("175000").multiply(BigDecimal.valueOf(participants));
        List<RekapRow> r = List.of(new RekapRow(1, "Bawaslu Kabupaten Agam", "BAWASLU", "Kabupaten Agam", 12, 10),
                new RekapRow(2, "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bukittinggi", "BKPSDM", "Kota Bukittinggi", 3, 3));
        return new Spj(9, "Rapat Koordinasi Netralitas Kepala Desa/Wali Nagari/Lurah pada Pemilihan Serentak 2024 di Sumatera Barat", 2,
                "Bawaslu Provinsi Sumatera Barat", "Padang", "2024.095.WA.5726.EBA.962.052.A", "15 Oktober 2024 s.d. 16 Oktober 2024",
                LocalDate.of(2024, 10, 16), "Ballroom, Grand Rocky Hotel Bukittinggi", 2024, "Bawaslu RI", "Bawaslu RI", "Bawaslu Provinsi Sumatera Barat",
                h, new Totals(bruto, pph, netto, Terbilang.rupiah(netto), Terbilang.rupiah(bruto)), t, tt, Terbilang.rupiah(tt), r, 15, 13,
                List.of("Drs. Hendra Gunawan, M.Si.: rekening bank belum diisi.", "1 peserta tanpa tarif transport (wilayah asal tidak diketahui): Rp0."));
    }

    static String text(byte[] pdf) throws Exception {
        try (PdfDocument d = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder b = new StringBuilder();
            for (int i = 1; i <= d.getNumberOfPages(); i++) {
                b.append(PdfTextExtractor.getTextFromPage(d.getPage(i))).append('\n');
            }
            return b.toString().replaceAll("\\s+", " ");
        }
    }

    static void save(String name, byte[] b) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "spj-docs"));
        Files.write(dir.resolve(name), b);
    }

    @Test
    void honorListHasTheAmountsTotalsWordsAndSignatures() throws Exception {
        Spj s = sample(40);
        byte[] pdf = SpjPdf.honor(s, HEAD);
        save("honorarium.pdf", pdf);
        String t = text(pdf);
        for (String x : List.of("DAFTAR PENERIMAAN HONORARIUM NARASUMBER/MODERATOR", "1.500.000", "75.000", "1.425.000", "7,5", "120.000",
                "6.000.000", "JUMLAH", "Pejabat Pembuat Komitmen", "Bendahara Pengeluaran", "2024.095.WA.5726.EBA.962.052.A",
                "1. ....", "2. ....", "Halaman 1 dari")) {
            assertTrue(t.contains(x), x + " in " + t);
        }
        assertTrue(t.contains(Character.toUpperCase(s.honorTotals().nettoWords().charAt(0)) + s.honorTotals().nettoWords().substring(1)), t);
    }

    @Test
    void oneKuitansiPerRecipientWithMateraiAboveFiveMillion() throws Exception {
        Spj s = sample(3);
        byte[] pdf = SpjPdf.kuitansi(s, HEAD);
        save("kuitansi.pdf", pdf);
        assertEquals(4, SpjDocuments.pages(pdf));
        String t = text(pdf);
        assertTrue(t.contains("Satu juta lima ratus ribu rupiah"), t);
        assertTrue(t.contains("Enam juta rupiah"), t);
        assertEquals(1, t.split("Meterai", -1).length - 1, "only the 6.000.000 receipt needs a meterai: " + t);
        assertTrue(t.contains("Nomor: 01/KW-HON/9/2024"), t);
    }

    @Test
    void transportRekapCoverAndSheets() throws Exception {
        Spj s = sample(40);
        byte[] transport = SpjPdf.transport(s, HEAD);
        save("transport.pdf", transport);
        String t = text(transport);
        assertTrue(t.contains("7.000.000") && t.contains("Tujuh juta rupiah"), t);
        byte[] rekap = SpjPdf.rekap(s, HEAD);
        save("rekap.pdf", rekap);
        assertTrue(text(rekap).contains("JUMLAH (2 instansi)"));
        byte[] cover = SpjPdf.cover(s, HEAD, List.of(new SpjPdf.Entry("Daftar Penerimaan Honorarium", "01 Daftar Penerimaan Honorarium.pdf, 01 Daftar Penerimaan Honorarium.xlsx", 1, "4 penerima")));
        save("daftar-isi.pdf", cover);
        assertTrue(text(cover).contains("DAFTAR ISI BERKAS SPJ"));

        byte[] xlsx = SpjSheets.transport(s);
        save("transport.xlsx", xlsx);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sh = wb.getSheetAt(0);
            var row = sh.getRow(7 + 2); // header at 6, data from 7: participant 3 has the formula-looking institution
            assertEquals(CellType.STRING, row.getCell(2).getCellType(), "a name is never a formula");
            assertTrue(row.getCell(2).getCellStyle().getQuotePrefixed());
            assertEquals(CellType.NUMERIC, row.getCell(5).getCellType());
            assertEquals(175000d, row.getCell(5).getNumericCellValue());
        }
        save("honorarium.xlsx", SpjSheets.honor(s));
        save("rekap.xlsx", SpjSheets.rekap(s));
    }
}
