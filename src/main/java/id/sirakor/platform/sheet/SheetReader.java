package id.sirakor.platform.sheet;

import id.sirakor.platform.error.BusinessException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads the data rows of an .xlsx upload for the imports (institutions, participants). */
public final class SheetReader {

    private SheetReader() {
    }

    /** One data row as typed; {@code number} is the row number Excel shows (header is row 1). */
    public record SheetRow(int number, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    /**
     * The non-blank data rows of the first sheet, columns found by their header (any order, case
     * ignored); BusinessException (keys {@code <keys>.empty|missingColumns|tooManyRows|notExcel})
     * for a file that is not a usable sheet.
     */
    public static List<SheetRow> read(InputStream in, List<String> COLUMNS, List<String> REQUIRED, int MAX_ROWS, String keys) {
        try (Workbook wb = new XSSFWorkbook(in)) {
            if (wb.getNumberOfSheets() == 0) {
                throw BusinessException.invalid("file", keys + ".empty");
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            if (header == null) {
                throw BusinessException.invalid("file", keys + ".empty");
            }
            Map<String, Integer> index = new LinkedHashMap<>();
            for (Cell c : header) {
                String h = fmt.formatCellValue(c, eval).trim();
                for (String col : COLUMNS) {
                    if (col.equalsIgnoreCase(h) && !index.containsKey(col)) {
                        index.put(col, c.getColumnIndex());
                    }
                }
            }
            List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw BusinessException.invalid("file", keys + ".missingColumns", String.join(", ", missing));
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                boolean any = false;
                for (Map.Entry<String, Integer> e : index.entrySet()) {
                    Cell c = row.getCell(e.getValue());
                    String v = c == null ? "" : fmt.formatCellValue(c, eval).trim();
                    values.put(e.getKey(), v);
                    any |= !v.isEmpty();
                }
                if (!any) {
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    throw BusinessException.invalid("file", keys + ".tooManyRows", MAX_ROWS);
                }
                rows.add(new SheetRow(r + 1, values));
            }
            if (rows.isEmpty()) {
                throw BusinessException.invalid("file", keys + ".empty");
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BusinessException be) {
                throw be;
            }
            // not a zip, not OOXML, encrypted, or refused by POI's zip-bomb guard
            throw BusinessException.invalid("file", keys + ".notExcel");
        }
    }

}
