package id.sirakor.registration.control;

import id.sirakor.event.entity.Event;
import id.sirakor.platform.sheet.SheetReader;
import id.sirakor.platform.sheet.SheetStyles;
import id.sirakor.registration.entity.Registration;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.speaker.entity.Speaker;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The participant spreadsheet: the export (streamed, any size) and the import's columns. The
 * import takes the same headers as the export's person columns, so an exported list, edited,
 * can be imported into another event.
 */
public final class ParticipantSheet {

    public static final int MAX_ROWS = 2000;
    public static final String FRONT = "Gelar Depan";
    public static final String NAME = "Nama";
    public static final String BACK = "Gelar Belakang";
    public static final String POSITION = "Jabatan";
    public static final String KIND = "Jenis Identitas";
    public static final String NUMBER = "NIP/NIK";
    public static final String INSTITUTION = "Instansi";
    public static final String PHONE = "No. HP";
    public static final String EMAIL = "Surel";
    public static final List<String> COLUMNS = List.of(FRONT, NAME, BACK, POSITION, KIND, NUMBER, INSTITUTION, PHONE, EMAIL);
    public static final List<String> REQUIRED = List.of(NAME, NUMBER, INSTITUTION, PHONE, EMAIL);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ParticipantSheet() {
    }

    /** A row as registration input; the secretariat declares consent by importing the row. */
    static RegistrationService.Form toForm(SheetReader.SheetRow row, Long institutionId) {
        String number = row.get(NUMBER);
        String kind = row.get(KIND);
        if (kind == null) {
            kind = number != null && number.replaceAll("\\D", "").length() == 16 ? "NIK" : "NIP";
        }
        return new RegistrationService.Form(row.get(FRONT), row.get(NAME), row.get(BACK), row.get(POSITION),
                kind.trim().toUpperCase(), number, institutionId, row.get(INSTITUTION), row.get(PHONE), row.get(EMAIL), true);
    }

    static byte[] export(Event e, List<Registration> rows, Function<Registration, String> maskedNik) {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Peserta");
            CellStyle head = SheetStyles.header(wb);
            CellStyle text = SheetStyles.text(wb);
            List<String> headers = List.of("No", "Nama Lengkap", FRONT, NAME, BACK, POSITION, KIND, NUMBER, INSTITUTION, PHONE, EMAIL,
                    "Status", "Sumber", "Kode Tiket", "Terdaftar");
            Row h = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell c = h.createCell(i);
                c.setCellValue(headers.get(i));
                c.setCellStyle(head);
            }
            ZoneId zone = e.zone();
            int n = 1;
            for (Registration r : rows) {
                Row row = sheet.createRow(n);
                String[] v = {String.valueOf(n), Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle()),
                    nz(r.getFrontTitle()), r.getName(), nz(r.getBackTitle()), nz(r.getPosition()), r.getIdKind(),
                    "NIP".equals(r.getIdKind()) ? r.getNip() : maskedNik.apply(r), r.getInstitutionName(), r.getPhone(), r.getEmail(),
                    Messages.get(Messages.INDONESIAN, "reg.short." + r.getStatus().name()),
                    Messages.get(Messages.INDONESIAN, "participants.source." + r.getSource()), Tickets.display(r.getTicketCode()),
                    TIME.format(r.getCreatedAt().atZone(zone))};
                for (int i = 0; i < v.length; i++) {
                    Cell c = row.createCell(i);
                    c.setCellValue(v[i]);
                    c.setCellStyle(text);
                }
                n++;
            }
            int[] widths = {5, 36, 10, 28, 14, 30, 10, 22, 40, 16, 30, 12, 10, 13, 17};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            wb.dispose();
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
