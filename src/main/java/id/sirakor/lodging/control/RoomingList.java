package id.sirakor.lodging.control;

import id.sirakor.platform.sheet.SheetStyles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The rooming list in the form hotels ask for (name, institution, room type, check-in,
 * check-out, sharing with), and the difference between the list sent and the list now, so that
 * only the changes are sent again.
 */
public final class RoomingList {

    public static final List<String> COLUMNS = List.of("No", "Nama", "Instansi", "No. Kamar", "Tipe Kamar", "Check-in",
            "Check-out", "Berbagi dengan");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** One guest line; {@code key} is the registration id (the same person across versions). */
    public record Line(long key, String name, String institution, String room, String type, LocalDate checkIn,
                       LocalDate checkOut, String sharingWith) {

        /** The line as stored when the list is sent: tab-separated, one line per guest. */
        public String encode() {
            return key + "\t" + clean(name) + "\t" + clean(institution) + "\t" + clean(room) + "\t" + clean(type) + "\t"
                    + (checkIn == null ? "" : checkIn) + "\t" + (checkOut == null ? "" : checkOut) + "\t" + clean(sharingWith);
        }

        static Line decode(String s) {
            String[] c = s.split("\t", -1);
            return new Line(Long.parseLong(c[0]), c[1], c[2], c[3], c[4], c[5].isEmpty() ? null : LocalDate.parse(c[5]),
                    c[6].isEmpty() ? null : LocalDate.parse(c[6]), c[7]);
        }

        private static String clean(String s) {
            return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
        }
    }

    public enum Change { ADDED, REMOVED, CHANGED }

    public record Difference(Change change, Line before, Line after) {
    }

    private RoomingList() {
    }

    public static String encode(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            b.append(l.encode()).append('\n');
        }
        return b.toString();
    }

    public static List<Line> decode(String stored) {
        List<Line> out = new ArrayList<>();
        if (stored != null) {
            for (String s : stored.split("\n")) {
                if (!s.isBlank()) {
                    out.add(Line.decode(s));
                }
            }
        }
        return out;
    }

    /** What changed since the list was sent: guests added, removed, or with another room, type, date or roommate. */
    public static List<Difference> diff(List<Line> sent, List<Line> now) {
        Map<Long, Line> before = new LinkedHashMap<>();
        sent.forEach(l -> before.put(l.key(), l));
        List<Difference> out = new ArrayList<>();
        for (Line l : now) {
            Line b = before.remove(l.key());
            if (b == null) {
                out.add(new Difference(Change.ADDED, null, l));
            } else if (!b.encode().equals(l.encode())) {
                out.add(new Difference(Change.CHANGED, b, l));
            }
        }
        before.values().forEach(b -> out.add(new Difference(Change.REMOVED, b, null)));
        return out;
    }

    /** The workbook for the hotel: sheet "Rooming List", and "Perubahan" when a previous list was sent. */
    public static byte[] excel(String title, String hotel, List<Line> lines, List<Difference> changes) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = SheetStyles.header(wb);
            CellStyle text = SheetStyles.text(wb);
            Sheet sheet = wb.createSheet("Rooming List");
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.createRow(1).createCell(0).setCellValue(hotel);
            header(sheet.createRow(3), COLUMNS, head);
            int n = 4;
            int no = 1;
            for (Line l : lines) {
                row(sheet.createRow(n++), text, String.valueOf(no++), l.name(), l.institution(), l.room(), l.type(),
                        l.checkIn() == null ? "" : DATE.format(l.checkIn()), l.checkOut() == null ? "" : DATE.format(l.checkOut()),
                        l.sharingWith());
            }
            int[] widths = {5, 34, 40, 10, 10, 12, 12, 34};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            sheet.createFreezePane(0, 4);
            if (changes != null && !changes.isEmpty()) {
                Sheet d = wb.createSheet("Perubahan");
                List<String> cols = new ArrayList<>(List.of("Perubahan"));
                cols.addAll(COLUMNS.subList(1, COLUMNS.size()));
                cols.add("Sebelumnya");
                header(d.createRow(0), cols, head);
                int r = 1;
                for (Difference c : changes) {
                    Line l = c.after() != null ? c.after() : c.before();
                    String label = switch (c.change()) {
                        case ADDED -> "Tambah";
                        case REMOVED -> "Batal";
                        case CHANGED -> "Ubah";
                    };
                    String previous = c.change() == Change.CHANGED ? c.before().room() + " " + c.before().type() + " "
                            + (c.before().checkIn() == null ? "" : DATE.format(c.before().checkIn())) + "–"
                            + (c.before().checkOut() == null ? "" : DATE.format(c.before().checkOut()))
                            + (c.before().sharingWith().isEmpty() ? "" : ", " + c.before().sharingWith()) : "";
                    row(d.createRow(r++), text, label, l.name(), l.institution(), l.room(), l.type(),
                            l.checkIn() == null ? "" : DATE.format(l.checkIn()), l.checkOut() == null ? "" : DATE.format(l.checkOut()),
                            l.sharingWith(), previous);
                }
                for (int i = 0; i < 9; i++) {
                    d.setColumnWidth(i, (i == 1 || i == 2 || i == 7 || i == 8 ? 34 : 12) * 256);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(Row r, List<String> cols, CellStyle style) {
        for (int i = 0; i < cols.size(); i++) {
            Cell c = r.createCell(i);
            c.setCellValue(cols.get(i));
            c.setCellStyle(style);
        }
    }

    private static void row(Row r, CellStyle style, String... values) {
        for (int i = 0; i < values.length; i++) {
            Cell c = r.createCell(i);
            c.setCellValue(values[i] == null ? "" : values[i]);
            c.setCellStyle(style);
        }
    }
}
