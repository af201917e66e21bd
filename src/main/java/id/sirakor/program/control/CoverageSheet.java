package id.sirakor.program.control;

import id.sirakor.platform.sheet.SheetStyles;
import id.sirakor.program.entity.Program;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The coverage of a program as Excel: one row per region with its status, events and participants. */
public final class CoverageSheet {

    public static final List<String> COLUMNS = List.of("No", "Kode Wilayah", "Wilayah", "Status", "Kegiatan", "Tanggal",
            "Instansi Diundang", "Peserta");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private CoverageSheet() {
    }

    public static String statusLabel(ProgramService.Status s) {
        return switch (s) {
            case HELD -> "Terlaksana";
            case PLANNED -> "Direncanakan";
            case MISSING -> "Belum ada";
        };
    }

    static byte[] excel(Program p, String areaName, List<ProgramService.CoverageRow> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = SheetStyles.header(wb);
            CellStyle text = SheetStyles.text(wb);
            Sheet s = wb.createSheet("Cakupan");
            s.createRow(0).createCell(0).setCellValue(p.getName());
            s.createRow(1).createCell(0).setCellValue("Wilayah: " + areaName + " (" + p.getAreaCode() + ")");
            Row h = s.createRow(3);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(COLUMNS.get(i));
                c.setCellStyle(head);
            }
            int n = 4;
            for (ProgramService.CoverageRow r : rows) {
                Row row = s.createRow(n);
                String titles = r.events().stream().map(ProgramService.EventRef::title).collect(Collectors.joining("; "));
                String dates = r.events().stream().map(e -> e.date() == null ? "" : DATE.format(e.date())).collect(Collectors.joining("; "));
                String[] v = {String.valueOf(n - 3), r.regionCode(), r.regionName(), statusLabel(r.status()), titles, dates};
                for (int i = 0; i < v.length; i++) {
                    Cell c = row.createCell(i);
                    c.setCellValue(v[i]);
                    c.setCellStyle(text);
                }
                row.createCell(6).setCellValue(r.invited());
                row.createCell(7).setCellValue(r.participants());
                n++;
            }
            Row total = s.createRow(n);
            total.createCell(2).setCellValue("Jumlah");
            total.createCell(6).setCellValue(rows.stream().mapToLong(ProgramService.CoverageRow::invited).sum());
            total.createCell(7).setCellValue(rows.stream().mapToLong(ProgramService.CoverageRow::participants).sum());
            int[] widths = {5, 14, 26, 14, 60, 14, 12, 10};
            for (int i = 0; i < widths.length; i++) {
                s.setColumnWidth(i, widths[i] * 256);
            }
            s.createFreezePane(0, 4);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
