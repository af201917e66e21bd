package id.sirakor.platform.document;

import id.sirakor.identity.entity.OrgUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The kop surat of an organizer unit, from its name, address and contacts. */
public final class UnitLetterheads {

    private static final String BAWASLU = "BADAN PENGAWAS PEMILIHAN UMUM";

    private UnitLetterheads() {
    }

    public static Letterhead of(OrgUnit u) {
        return new Letterhead(null, lines(u.getName()), u.getAddress(), contact(u));
    }

    /** "Bawaslu Provinsi Sumatera Barat" → BADAN PENGAWAS PEMILIHAN UMUM / PROVINSI SUMATERA BARAT. */
    static List<String> lines(String name) {
        String upper = name.trim().toUpperCase(Locale.ROOT);
        List<String> lines = new ArrayList<>();
        if (upper.equals("BAWASLU RI") || upper.equals("BAWASLU") || upper.equals(BAWASLU + " REPUBLIK INDONESIA")) {
            lines.add(BAWASLU);
            lines.add("REPUBLIK INDONESIA");
        } else if (upper.startsWith("BAWASLU ")) {
            lines.add(BAWASLU);
            lines.add(upper.substring("BAWASLU ".length()));
        } else if (upper.startsWith(BAWASLU + " ")) {
            lines.add(BAWASLU);
            lines.add(upper.substring(BAWASLU.length() + 1));
        } else {
            lines.add(upper);
        }
        return lines;
    }

    private static String contact(OrgUnit u) {
        List<String> parts = new ArrayList<>();
        if (u.getPhone() != null && !u.getPhone().isBlank()) {
            parts.add("Telepon " + u.getPhone());
        }
        if (u.getEmail() != null && !u.getEmail().isBlank()) {
            parts.add("Surel " + u.getEmail());
        }
        if (u.getWebsite() != null && !u.getWebsite().isBlank()) {
            parts.add("Laman " + u.getWebsite());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** Numbers in words for letters: 2 → "dua" (1–999). */
    public static String words(int n) {
        String[] ones = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh", "sebelas"};
        if (n < 12) {
            return ones[n];
        }
        if (n < 20) {
            return ones[n - 10] + " belas";
        }
        if (n < 100) {
            return ones[n / 10] + " puluh" + (n % 10 == 0 ? "" : " " + ones[n % 10]);
        }
        if (n < 1000) {
            String head = n / 100 == 1 ? "seratus" : ones[n / 100] + " ratus";
            return head + (n % 100 == 0 ? "" : " " + words(n % 100));
        }
        return String.valueOf(n);
    }
}
