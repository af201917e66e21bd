package id.sirakor.institution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sirakor.institution.control.InstitutionData;
import id.sirakor.institution.control.InstitutionRules;
import id.sirakor.institution.control.InstitutionSheet;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class InstitutionSheetTest {

    static byte[] workbook(Object[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Instansi");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void rowsAreReadByHeaderWithExcelRowNumbers() throws Exception {
        byte[] xlsx = workbook(new Object[][] {
            {"Kode Wilayah", "nama", "Jenis", "HP Kontak", "Nama Kontak", "Telepon"},
            {"33.04", "Polres Banjarnegara", "Polres", 81234567890L, "Agus", "(0286) 591110"},
            {},
            {"33.04", "Kantor X", "Pabrik", null, null, null},
        });
        List<InstitutionSheet.SheetRow> rows = InstitutionSheet.read(new ByteArrayInputStream(xlsx));
        assertEquals(2, rows.size(), "blank rows are skipped");
        assertEquals(2, rows.get(0).number());
        assertEquals(4, rows.get(1).number());

        InstitutionData d = InstitutionRules.normalise(InstitutionSheet.toData(rows.get(0)));
        assertEquals("Polres Banjarnegara", d.name());
        assertEquals(InstitutionType.POLRI, d.type());
        assertEquals("33.04", d.regionCode());
        assertEquals("+62286591110", d.phone());
        assertEquals("+6281234567890", d.contacts().get(0).phone(), "numeric cell without its leading zero");
        assertNull(d.email());

        BusinessException e = assertThrows(BusinessException.class, () -> InstitutionSheet.toData(rows.get(1)));
        assertEquals("institution.import.unknownType", e.key());
        assertEquals("Jenis instansi \"Pabrik\" tidak dikenal; lihat lembar Jenis pada templat.",
                Messages.get(Messages.INDONESIAN, e.key(), e.args()));
    }

    @Test
    void missingColumnsAndNonExcelFilesAreRefused() throws Exception {
        byte[] xlsx = workbook(new Object[][] {{"Nama", "Alamat"}, {"X", "Y"}});
        BusinessException e = assertThrows(BusinessException.class,
                () -> InstitutionSheet.read(new ByteArrayInputStream(xlsx)));
        assertEquals("institution.import.missingColumns", e.key());
        assertEquals("Jenis, Kode Wilayah", e.args()[0]);
        BusinessException notExcel = assertThrows(BusinessException.class,
                () -> InstitutionSheet.read(new ByteArrayInputStream("Nama;Jenis\n".getBytes())));
        assertEquals("institution.import.notExcel", notExcel.key());
    }

    @Test
    void badRowsNameTheirField() throws Exception {
        byte[] xlsx = workbook(new Object[][] {
            {"Nama", "Jenis", "Kode Wilayah", "Email", "HP Kontak", "Nama Kontak"},
            {"", "OPD", "33.04", null, null, null},
            {"Dinas A", "OPD", "33-04", null, null, null},
            {"Dinas B", "OPD", "33.04", "bukan-surel", null, null},
            {"Dinas C", "OPD", "33.04", null, "0812", "Budi"},
        });
        List<InstitutionSheet.SheetRow> rows = InstitutionSheet.read(new ByteArrayInputStream(xlsx));
        String[][] expected = {{"name", "validation.required"}, {"regionCode", "institution.regionFormat"},
            {"email", "validation.email"}, {"contactPhone", "institution.contactPhoneFormat"}};
        for (int i = 0; i < expected.length; i++) {
            var row = rows.get(i);
            BusinessException e = assertThrows(BusinessException.class,
                    () -> InstitutionRules.normalise(InstitutionSheet.toData(row)));
            assertEquals(expected[i][0], e.field());
            assertEquals(expected[i][1], e.key());
        }
    }

    @Test
    void theTemplateReadsBackAsItsExampleRow() {
        byte[] template = InstitutionSheet.template(Messages.INDONESIAN);
        List<InstitutionSheet.SheetRow> rows = InstitutionSheet.read(new ByteArrayInputStream(template));
        assertEquals(1, rows.size());
        InstitutionData d = InstitutionRules.normalise(InstitutionSheet.toData(rows.get(0)));
        assertEquals(InstitutionType.KEJAKSAAN, d.type());
        assertEquals("+6281234567890", d.contacts().get(0).phone());
    }

    @Test
    void typesParseFromCodesLabelsAndAliases() {
        assertEquals(InstitutionType.PENGADILAN_NEGERI, InstitutionType.parse("Pengadilan Negeri"));
        assertEquals(InstitutionType.PENGADILAN_NEGERI, InstitutionType.parse("PENGADILAN_NEGERI"));
        assertEquals(InstitutionType.TNI, InstitutionType.parse("kodim"));
        assertEquals(InstitutionType.DESA, InstitutionType.parse("Nagari"));
        assertNull(InstitutionType.parse("Pabrik"));
    }
}
