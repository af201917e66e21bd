package id.sirakor.institution.control;

import id.sirakor.platform.sheet.SheetReader;
import id.sirakor.platform.sheet.SheetStyles;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The institution spreadsheet (.xlsx): reading rows for the import and writing the template.
 * Columns are found by their header (any order, case ignored), so a list exported from
 * elsewhere works once its headers are renamed. Only the first sheet is read.
 */
public final class InstitutionSheet {

    public static final int MAX_ROWS = 5000;
    public static final String NAME = "Nama";
    public static final String TYPE = "Jenis";
    public static final String REGION = "Kode Wilayah";
    public static final String ADDRESS = "Alamat";
    public static final String EMAIL = "Email";
    public static final String PHONE = "Telepon";
    public static final String CONTACT_NAME = "Nama Kontak";
    public static final String CONTACT_POSITION = "Jabatan Kontak";
    public static final String CONTACT_PHONE = "HP Kontak";
    public static final List<String> COLUMNS = List.of(NAME, TYPE, REGION, ADDRESS, EMAIL, PHONE, CONTACT_NAME,
            CONTACT_POSITION, CONTACT_PHONE);
    private static final List<String> REQUIRED = List.of(NAME, TYPE, REGION);

    private InstitutionSheet() {
    }

    /** One data row as typed; {@code number} is the row number Excel shows (header is row 1). */
    public record SheetRow(int number, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    /** The non-blank data rows of the first sheet; BusinessException for a file that is not a usable sheet. */
    public static List<SheetRow> read(InputStream in) {
        return SheetReader.read(in, COLUMNS, REQUIRED, MAX_ROWS, "institution.import").stream()
                .map(r -> new SheetRow(r.number(), r.values())).toList();
    }

    /** The row as institution input (owner: the importing unit); unknown types are refused here. */
    public static InstitutionData toData(SheetRow row) {
        String typeText = row.get(TYPE);
        InstitutionType type = InstitutionType.parse(typeText);
        if (typeText != null && type == null) {
            throw BusinessException.invalid("type", "institution.import.unknownType", typeText);
        }
        List<InstitutionData.Contact> contacts = new ArrayList<>();
        if (row.get(CONTACT_NAME) != null || row.get(CONTACT_POSITION) != null || row.get(CONTACT_PHONE) != null) {
            contacts.add(new InstitutionData.Contact(row.get(CONTACT_NAME), row.get(CONTACT_POSITION),
                    row.get(CONTACT_PHONE), null));
        }
        return new InstitutionData(row.get(NAME), null, type, row.get(REGION), null, null, row.get(ADDRESS),
                row.get(EMAIL), row.get(PHONE), Boolean.TRUE, contacts);
    }

    /** The template: the header row, one example row, text-formatted columns, a list of types on a second sheet. */
    public static byte[] template(Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(Messages.get(locale, "institution.template.sheet"));
            CellStyle text = SheetStyles.text(wb);
            CellStyle head = SheetStyles.header(wb);
            Row h = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(COLUMNS.get(i));
                c.setCellStyle(head);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, (i == 0 || i == 3 ? 40 : 18) * 256);
            }
            String[] example = {"Kejaksaan Negeri Banjarnegara", "KEJAKSAAN", "33.04", "Jl. Letjend. Suprapto No. 1",
                "kejari.banjarnegara@example.id", "(0286) 591234", "Nama Kontak", "Kepala Seksi Intelijen", "081234567890"};
            Row ex = sheet.createRow(1);
            for (int i = 0; i < example.length; i++) {
                Cell c = ex.createCell(i);
                c.setCellValue(example[i]);
                c.setCellStyle(text);
            }
            sheet.createFreezePane(0, 1);
            String[] codes = java.util.Arrays.stream(InstitutionType.values()).map(Enum::name).toArray(String[]::new);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            DataValidation v = dv.createValidation(dv.createExplicitListConstraint(codes),
                    new CellRangeAddressList(1, MAX_ROWS, 1, 1));
            v.setShowErrorBox(false);
            sheet.addValidationData(v);

            Sheet types = wb.createSheet(Messages.get(locale, "institution.template.typesSheet"));
            Row th = types.createRow(0);
            th.createCell(0).setCellValue(TYPE);
            th.createCell(1).setCellValue(Messages.get(locale, "institution.type"));
            th.getCell(0).setCellStyle(head);
            th.getCell(1).setCellStyle(head);
            int r = 1;
            for (InstitutionType t : InstitutionType.values()) {
                Row row = types.createRow(r++);
                row.createCell(0).setCellValue(t.name());
                row.createCell(1).setCellValue(Messages.get(locale, "institutionType." + t.name()));
            }
            types.setColumnWidth(0, 24 * 256);
            types.setColumnWidth(1, 40 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
