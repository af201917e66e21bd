package id.sirakor.stats.control;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An .xlsx written as a stream (POI SXSSF, ADR 0095): only the last {@link #WINDOW} rows of a
 * sheet are in memory, the rest goes to a gzip-compressed temporary file, and {@link #write}
 * zips the sheets straight into the response. Memory therefore does not grow with the number of
 * rows. Strings are written inline (no shared-strings table, which would grow with the rows).
 * Close it (try-with-resources): {@link #close} deletes the temporary files.
 * <p>Cells by value type: {@link Number} → number, {@link Percent} → percent cell (0.0 %),
 * {@link LocalDateTime} / {@link LocalDate} → date cells, null → empty, anything else → text.
 */
public final class StreamingWorkbook implements AutoCloseable {

    /** Rows of a sheet kept in memory. */
    public static final int WINDOW = 100;

    /** A share for a percent cell; {@code fraction} null = no share ("—"). */
    public record Percent(Double fraction) {
        public static Percent of(long part, long whole) {
            return new Percent(StatsMath.fraction(part, whole));
        }
    }

    private final SXSSFWorkbook wb;
    private final CellStyle header;
    private final CellStyle title;
    private final CellStyle integer;
    private final CellStyle decimal;
    private final CellStyle percent;
    private final CellStyle dateTime;
    private final CellStyle date;
    private final CellStyle text;

    public StreamingWorkbook() {
        wb = new SXSSFWorkbook(null, WINDOW, true, false);
        var creation = wb.getCreationHelper();
        Font bold = wb.createFont();
        bold.setBold(true);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 13);
        title = wb.createCellStyle();
        title.setFont(big);
        integer = wb.createCellStyle();
        integer.setDataFormat(creation.createDataFormat().getFormat("#,##0"));
        decimal = wb.createCellStyle();
        decimal.setDataFormat(creation.createDataFormat().getFormat("#,##0.0"));
        percent = wb.createCellStyle();
        percent.setDataFormat(creation.createDataFormat().getFormat("0.0%"));
        dateTime = wb.createCellStyle();
        dateTime.setDataFormat(creation.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
        date = wb.createCellStyle();
        date.setDataFormat(creation.createDataFormat().getFormat("dd/mm/yyyy"));
        text = wb.createCellStyle();
    }

    /** A sheet with a title line, a header row (frozen, filterable) and column widths in characters. */
    public Sheet sheet(String name, String titleText, List<String> headers, int[] widths) {
        SXSSFSheet s = wb.createSheet(WorkbookUtil.createSafeSheetName(name));
        Sheet sheet = new Sheet(s);
        int first = 0;
        if (titleText != null) {
            Cell c = s.createRow(0).createCell(0);
            c.setCellValue(titleText);
            c.setCellStyle(title);
            first = 2;
            sheet.next = 2;
        }
        Row h = s.createRow(first);
        for (int i = 0; i < headers.size(); i++) {
            Cell c = h.createCell(i);
            c.setCellValue(headers.get(i));
            c.setCellStyle(header);
            s.setColumnWidth(i, Math.min(255, (i < widths.length ? widths[i] : 14)) * 256);
        }
        s.createFreezePane(0, first + 1);
        if (!headers.isEmpty()) {
            s.setAutoFilter(new CellRangeAddress(first, first, 0, headers.size() - 1));
        }
        sheet.next = first + 1;
        return sheet;
    }

    /** One sheet being written, row after row. */
    public final class Sheet {
        private final SXSSFSheet s;
        private int next;

        Sheet(SXSSFSheet s) {
            this.s = s;
        }

        /** Appends a row. */
        public void row(Object... values) {
            Row r = s.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null) {
                    continue;
                }
                Cell c = r.createCell(i);
                if (v instanceof Percent p) {
                    if (p.fraction() == null) {
                        c.setCellValue("\u2014");
                    } else {
                        c.setCellValue(p.fraction());
                        c.setCellStyle(percent);
                    }
                } else if (v instanceof BigDecimal b) {
                    c.setCellValue(b.doubleValue());
                    c.setCellStyle(decimal);
                } else if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                    c.setCellStyle(integer);
                } else if (v instanceof LocalDateTime t) {
                    c.setCellValue(t);
                    c.setCellStyle(dateTime);
                } else if (v instanceof LocalDate d) {
                    c.setCellValue(d);
                    c.setCellStyle(date);
                } else {
                    c.setCellValue(v.toString());
                    c.setCellStyle(text);
                }
            }
        }

        /** Rows written so far, title and header included. */
        public int rows() {
            return next;
        }
    }

    /** Zips the sheets into {@code out} (the temporary files are read back, nothing whole in memory). */
    public void write(OutputStream out) throws IOException {
        wb.write(out);
        out.flush();
    }

    @Override
    public void close() {
        try {
            wb.dispose();
        } finally {
            try {
                wb.close();
            } catch (IOException ignored) {
                // closing an SXSSF workbook only releases what dispose() already deleted
            }
        }
    }
}
