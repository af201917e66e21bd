package id.sirakor.platform.document;

import java.util.List;

/**
 * A daftar hadir (attendance list) of one day, ready to print: title lines, the event's details
 * (Hari/Tanggal, Tempat …), the rows in order, and the secretariat's sign-off. A blank list for
 * paper backup has rows without signatures ({@code blank}: empty signature boxes).
 */
public record AttendanceSheet(Letterhead letterhead, String title, String eventTitle, List<LabeledValue> details,
                              List<Row> rows, boolean blank, String placeAndDate, String signerRole, String signerName,
                              String pagePattern, Labels labels) {

    /** One person; {@code signaturePng} may be null (not signed, or the blank list). */
    public record Row(String name, String nipPosition, String institution, String phone, byte[] signaturePng, String note) {
    }

    /** The column headings, in the document's language. */
    public record Labels(String no, String name, String nipPosition, String institution, String phone, String signature) {
    }
}
