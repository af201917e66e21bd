package id.sirakor.platform.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A surat dinas in the shape of the Tata Naskah Dinas, as the surat undangan uses it. All texts
 * arrive ready to print (names with titles, dates and times already formatted by
 * {@code IndonesianTime}); the renderer only lays them out. Rendered by {@link OfficialLetterPdf}.
 *
 * @param letterhead the issuing unit's kop surat
 * @param issuer the issuing unit's name, the PDF's author (e.g. "Bawaslu Provinsi Sumatera Barat")
 * @param place where the letter is signed ("Padang"), printed as "Padang, 1 Maret 2027"
 * @param date the letter's date
 * @param number the letter number, see {@link LetterNumbers}
 * @param nature Sifat ("Biasa", "Segera", "Penting"); "-" when null
 * @param attachment Lampiran ("1 (satu) berkas"); "-" when null
 * @param subject Hal ("Undangan")
 * @param addressee printed after "Yth.", one entry per line (a long entry wraps under itself)
 * @param addresseeLocation printed indented under "di"; "Tempat" when null
 * @param opening paragraphs before the details table
 * @param details the Hari/Tanggal, Waktu, Tempat, Acara rows; may be empty
 * @param closing paragraphs after the details table
 * @param signatory who signs
 * @param copies recipients of the Tembusan, printed as "Yth. …"; may be empty
 * @param comparison a ruled "before / after" table printed after the details (a notice of a
 *        change of schedule); null when the letter has none
 */
public record OfficialLetter(
        Letterhead letterhead,
        String issuer,
        String place,
        LocalDate date,
        String number,
        String nature,
        String attachment,
        String subject,
        List<String> addressee,
        String addresseeLocation,
        List<String> opening,
        List<LabeledValue> details,
        List<String> closing,
        Signatory signatory,
        List<String> copies,
        Comparison comparison) {

    /** A letter without a before/after table (the surat undangan). */
    public OfficialLetter(Letterhead letterhead, String issuer, String place, LocalDate date, String number, String nature,
                          String attachment, String subject, List<String> addressee, String addresseeLocation,
                          List<String> opening, List<LabeledValue> details, List<String> closing, Signatory signatory,
                          List<String> copies) {
        this(letterhead, issuer, place, date, number, nature, attachment, subject, addressee, addresseeLocation, opening,
                details, closing, signatory, copies, null);
    }

    /**
     * A ruled table with a header row ("", "Semula", "Menjadi") and labelled rows ("Hari/Tanggal",
     * "Waktu", "Tempat"), each row's cells one per header column after the label.
     */
    public record Comparison(List<String> headers, List<Row> rows) {

        public Comparison {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }

        public record Row(String label, List<String> cells) {

            public Row {
                Objects.requireNonNull(label, "label");
                cells = List.copyOf(cells);
            }
        }
    }

    public OfficialLetter {
        Objects.requireNonNull(letterhead, "letterhead");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(signatory, "signatory");
        addressee = List.copyOf(addressee);
        if (addressee.isEmpty()) {
            throw new IllegalArgumentException("a letter has an addressee");
        }
        addresseeLocation = addresseeLocation == null || addresseeLocation.isBlank() ? "Tempat" : addresseeLocation;
        opening = opening == null ? List.of() : List.copyOf(opening);
        details = details == null ? List.of() : List.copyOf(details);
        closing = closing == null ? List.of() : List.copyOf(closing);
        copies = copies == null ? List.of() : List.copyOf(copies);
    }

    /**
     * The signature block.
     *
     * @param position the position lines ("Ketua Badan Pengawas Pemilihan Umum", "Provinsi
     *        Sumatera Barat,"), including any "a.n." line
     * @param name the name with titles, printed bold and underlined
     * @param nip the NIP as it is to be printed (grouped), or null when the signer is no civil
     *        servant: then no NIP line
     */
    public record Signatory(List<String> position, String name, String nip) {

        public Signatory {
            position = List.copyOf(position);
            Objects.requireNonNull(name, "name");
            nip = nip == null || nip.isBlank() ? null : nip;
        }
    }
}
