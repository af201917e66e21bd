package id.sirakor.platform.sheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Workbook;

/** The look of the spreadsheets Sirakor writes (templates, exports). */
public final class SheetStyles {

    private SheetStyles() {
    }

    /** Cells kept as typed text (NIP, NIK, phone numbers, codes: no scientific notation, no lost zeros). */
    public static CellStyle text(Workbook wb) {
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        return text;
    }

    /** The header row: bold on grey with a rule below, as text. */
    public static CellStyle header(Workbook wb) {
        CellStyle head = text(wb);
        Font bold = wb.createFont();
        bold.setBold(true);
        head.setFont(bold);
        head.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        head.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        head.setBorderBottom(BorderStyle.THIN);
        return head;
    }
}
