package id.sirakor.spj.control;

import id.sirakor.platform.sheet.SheetStyles;
import id.sirakor.spj.control.SpjService.HonorRow;
import id.sirakor.spj.control.SpjService.RekapRow;
import id.sirakor.spj.control.SpjService.Spj;
import id.sirakor.spj.control.SpjService.TransportRow;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The SPJ lists as .xlsx for the finance office's own spreadsheets: amounts as numeric cells in a
 * rupiah format, totals as SUM formulas (with their cached values), names as text cells marked
 * quote-prefixed so that a name a spreadsheet could read as a formula stays text when the sheet is
 * re-saved as CSV (NoFormula).
 */
final class SpjSheets {

    private SpjSheets() {
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle text;
        final CellStyle head;
        final CellStyle money;
        final CellStyle moneyBold;
        final CellStyle decimal;
        final CellStyle integer;
        final CellStyle bold;

        Styles(XSSFWorkbook wb) {
            Font b = wb.createFont();
            b.setBold(true);
            title = wb.createCellStyle();
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title.setFont(big);
            text = SheetStyles.text(wb);
            text.setQuotePrefixed(true);
            text.setWrapText(true);
            head = SheetStyles.header(wb);
            head.setWrapText(true);
            money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("\"Rp\"#,##0"));
            moneyBold = wb.createCellStyle();
            moneyBold.cloneStyleFrom(money);
            moneyBold.setFont(b);
            moneyBold.setBorderTop(BorderStyle.THIN);
            decimal = wb.createCellStyle();
            decimal.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            integer = wb.createCellStyle();
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            bold = wb.createCellStyle();
            bold.setFont(b);
        }
    }

    private static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }

    private static void num(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value.doubleValue()); // POI stores numbers as IEEE doubles; whole rupiah up to 2^53 are exact
        c.setCellStyle(style);
    }

    private static void sum(Row row, int col, int firstRow, int lastRow, BigDecimal cached, CellStyle style) {
        Cell c = row.createCell(col);
        String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(col);
        if (lastRow >= firstRow) {
            c.setCellFormula("SUM(" + letter + (firstRow + 1) + ":" + letter + (lastRow + 1) + ")");
        } else {
            c.setCellFormula("0");
        }
        c.setCellStyle(style);
        c.getRow().getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
    }

    private static int heading(Sheet sh, Styles st, String title, Spj s, int width) {
        text(sh.createRow(0), 0, title, st.title);
        sh.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        text(sh.createRow(1), 0, s.unitName(), st.text);
        text(sh.createRow(2), 0, "Kegiatan: " + s.eventTitle(), st.text);
        text(sh.createRow(3), 0, "Tanggal: " + s.dateText(), st.text);
        text(sh.createRow(4), 0, "MAK / Kode Anggaran: " + (s.budgetLine() == null ? "-" : s.budgetLine()), st.text);
        return 6;
    }

    private static void header(Sheet sh, Styles st, int rowNo, List<String> heads) {
        Row r = sh.createRow(rowNo);
        for (int i = 0; i < heads.size(); i++) {
            text(r, i, heads.get(i), st.head);
        }
        sh.createFreezePane(0, rowNo + 1);
    }

    private static byte[] bytes(XSSFWorkbook wb) {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] honor(Spj s) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        Sheet sh = wb.createSheet("Honorarium");
        List<String> heads = List.of("No", "Nama", "NIP", "Golongan", "Jabatan", "Peran", "Kategori SBM", "Jam", "Tarif per Jam",
                "Bruto", "PPh 21 (%)", "PPh 21", "Netto", "Bank", "Nomor Rekening", "Atas Nama");
        int h = heading(sh, st, "DAFTAR PENERIMAAN HONORARIUM NARASUMBER/MODERATOR", s, heads.size());
        header(sh, st, h, heads);
        int first = h + 1;
        int rowNo = first;
        for (HonorRow r : s.honor()) {
            Row row = sh.createRow(rowNo++);
            Cell no = row.createCell(0);
            no.setCellValue(r.no());
            text(row, 1, r.name(), st.text);
            text(row, 2, r.nip(), st.text);
            text(row, 3, r.asn() ? r.golongan() : "Non-ASN", st.text);
            text(row, 4, r.position(), st.text);
            text(row, 5, SpjService.ROLE_MODERATOR.equals(r.role()) ? "Moderator" : "Narasumber", st.text);
            text(row, 6, r.categoryLabel(), st.text);
            num(row, 7, r.hours(), st.decimal);
            num(row, 8, r.rate(), st.money);
            num(row, 9, r.bruto(), st.money);
            num(row, 10, r.pphPercent(), st.decimal);
            num(row, 11, r.pph(), st.money);
            num(row, 12, r.netto(), st.money);
            text(row, 13, r.bankName(), st.text);
            text(row, 14, r.accountNo(), st.text);
            text(row, 15, r.accountHolder(), st.text);
        }
        int last = rowNo - 1;
        Row total = sh.createRow(rowNo++);
        text(total, 1, "JUMLAH", st.bold);
        sum(total, 9, first, last, s.honorTotals().bruto(), st.moneyBold);
        sum(total, 11, first, last, s.honorTotals().pph(), st.moneyBold);
        sum(total, 12, first, last, s.honorTotals().netto(), st.moneyBold);
        Row words = sh.createRow(++rowNo);
        text(words, 1, "Terbilang (netto): " + SpjPdf.capital(s.honorTotals().nettoWords()), st.text);
        int[] widths = {5, 34, 22, 9, 28, 12, 20, 7, 14, 14, 9, 13, 14, 14, 18, 24};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, widths[i] * 256);
        }
        return bytes(wb);
    }

    static byte[] transport(Spj s) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        Sheet sh = wb.createSheet("Transport");
        List<String> heads = List.of("No", "Nama", "Instansi", "Asal (Wilayah)", "Tarif dari", "Jumlah");
        int h = heading(sh, st, "DAFTAR PENERIMAAN UANG TRANSPORT PESERTA", s, heads.size());
        header(sh, st, h, heads);
        int first = h + 1;
        int rowNo = first;
        for (TransportRow r : s.transport()) {
            Row row = sh.createRow(rowNo++);
            row.createCell(0).setCellValue(r.no());
            text(row, 1, r.name(), st.text);
            text(row, 2, r.institution(), st.text);
            text(row, 3, r.region(), st.text);
            text(row, 4, r.rateRegion(), st.text);
            num(row, 5, r.amount(), st.money);
        }
        int last = rowNo - 1;
        Row total = sh.createRow(rowNo++);
        text(total, 1, "JUMLAH", st.bold);
        sum(total, 5, first, last, s.transportTotal(), st.moneyBold);
        text(sh.createRow(++rowNo), 1, "Terbilang: " + SpjPdf.capital(s.transportWords()), st.text);
        int[] widths = {5, 32, 34, 24, 24, 14};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, widths[i] * 256);
        }
        return bytes(wb);
    }

    static byte[] rekap(Spj s) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Styles st = new Styles(wb);
        Sheet sh = wb.createSheet("Rekap Peserta");
        List<String> heads = List.of("No", "Instansi", "Jenis", "Wilayah", "Terdaftar", "Hadir");
        int h = heading(sh, st, "REKAPITULASI PESERTA MENURUT INSTANSI", s, heads.size());
        header(sh, st, h, heads);
        int first = h + 1;
        int rowNo = first;
        for (RekapRow r : s.rekap()) {
            Row row = sh.createRow(rowNo++);
            row.createCell(0).setCellValue(r.no());
            text(row, 1, r.institution(), st.text);
            text(row, 2, SpjPdf.typeLabel(r.type()), st.text);
            text(row, 3, r.region(), st.text);
            num(row, 4, BigDecimal.valueOf(r.registered()), st.integer);
            num(row, 5, BigDecimal.valueOf(r.present()), st.integer);
        }
        int last = rowNo - 1;
        Row total = sh.createRow(rowNo);
        text(total, 1, "JUMLAH", st.bold);
        sum(total, 4, first, last, BigDecimal.valueOf(s.rekapRegistered()), st.bold);
        sum(total, 5, first, last, BigDecimal.valueOf(s.rekapPresent()), st.bold);
        int[] widths = {5, 44, 18, 26, 11, 11};
        for (int i = 0; i < widths.length; i++) {
            sh.setColumnWidth(i, widths[i] * 256);
        }
        return bytes(wb);
    }
}
