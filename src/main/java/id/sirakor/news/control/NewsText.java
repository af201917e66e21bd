package id.sirakor.news.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Indonesian wording for the news release draft (ADR 0094): the dateline "Bukittinggi, 15 Maret 2023 –",
 * the day and date of a meeting in the seeds' form "Selasa (15/10/2024)" or "Selasa–Rabu (15–16/10/2024)",
 * the city of a region name, lists joined with "dan", and quotes in the form «“…,” kata Nama, Jabatan.».
 * Pure functions: no locale of the server, no database.
 */
public final class NewsText {

    static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
            "Oktober", "November", "Desember"};
    static final String[] DAYS = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"};
    static final String[] NUMBERS = {"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"};
    /** The en dash of the seeds' datelines. */
    public static final String DASH = "\u2013";

    private NewsText() {
    }

    /** "15 Maret 2023". */
    public static String longDate(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    public static String dayName(LocalDate d) {
        return DAYS[d.getDayOfWeek().getValue() - 1];
    }

    /** "Bukittinggi, 15 Maret 2023 –" (no city: "15 Maret 2023 –"). */
    public static String dateline(String city, LocalDate firstDay) {
        String c = city == null || city.isBlank() ? "" : city.strip() + ", ";
        return c + longDate(firstDay) + " " + DASH;
    }

    /**
     * "Selasa (15/10/2024)"; two or more days "Selasa–Rabu (15–16/10/2024)", across a month
     * "Senin–Selasa (30/9–1/10/2024)", across a year "Selasa–Rabu (31/12/2024–1/1/2025)".
     */
    public static String when(LocalDate first, LocalDate last) {
        if (last == null || !last.isAfter(first)) {
            return dayName(first) + " (" + first.getDayOfMonth() + "/" + first.getMonthValue() + "/" + first.getYear() + ")";
        }
        String dates;
        if (first.getYear() != last.getYear()) {
            dates = first.getDayOfMonth() + "/" + first.getMonthValue() + "/" + first.getYear() + DASH
                    + last.getDayOfMonth() + "/" + last.getMonthValue() + "/" + last.getYear();
        } else if (first.getMonthValue() != last.getMonthValue()) {
            dates = first.getDayOfMonth() + "/" + first.getMonthValue() + DASH + last.getDayOfMonth() + "/" + last.getMonthValue()
                    + "/" + last.getYear();
        } else {
            dates = first.getDayOfMonth() + DASH + last.getDayOfMonth() + "/" + last.getMonthValue() + "/" + last.getYear();
        }
        return dayName(first) + DASH + dayName(last) + " (" + dates + ")";
    }

    /** "dua" for 2 (up to ten), else the digits. */
    public static String count(long n) {
        return n >= 0 && n < NUMBERS.length ? NUMBERS[(int) n] : Long.toString(n);
    }

    /** The city of a region's display name: "Kota Bukittinggi" → "Bukittinggi", "Kabupaten Agam" → "Agam". */
    public static String city(String regionName) {
        if (regionName == null || regionName.isBlank()) {
            return null;
        }
        String s = regionName.strip();
        for (String prefix : new String[] {"Kota Administrasi ", "Kabupaten Administrasi ", "Kota ", "Kabupaten ", "Kab. "}) {
            if (s.regionMatches(true, 0, prefix, 0, prefix.length()) && s.length() > prefix.length()) {
                return s.substring(prefix.length());
            }
        }
        return s;
    }

    /** "A", "A dan B", "A, B, dan C". */
    public static String join(List<String> parts) {
        List<String> l = parts.stream().filter(p -> p != null && !p.isBlank()).toList();
        if (l.isEmpty()) {
            return "";
        }
        if (l.size() == 1) {
            return l.get(0);
        }
        if (l.size() == 2) {
            return l.get(0) + " dan " + l.get(1);
        }
        return String.join(", ", l.subList(0, l.size() - 1)) + ", dan " + l.get(l.size() - 1);
    }

    /**
     * A quote in the seeds' style: «“Body text,” kata Name, Position.». The body's own closing full stop
     * becomes the comma inside the quotation marks; a question or exclamation mark stays.
     */
    public static String quote(String body, String verb, String who) {
        String b = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        // quotation marks typed by the minute taker would double the ones added here
        b = b.replaceAll("^[\"\u201C\u201D']+|[\"\u201C\u201D']+$", "").strip();
        if (b.endsWith(".") && !b.endsWith("..")) {
            b = b.substring(0, b.length() - 1) + ",";
        } else if (!(b.endsWith("?") || b.endsWith("!") || b.endsWith(","))) {
            b = b + ",";
        }
        return "\u201C" + b + "\u201D " + verb + " " + who + ".";
    }

    /** "Name, Position" without a doubled comma or an empty position; institution added when the position doesn't name it. */
    public static String person(String name, String position, String institution) {
        StringBuilder b = new StringBuilder(name == null ? "" : name.strip());
        String pos = position == null ? "" : position.strip();
        String inst = institution == null ? "" : institution.strip();
        if (!pos.isEmpty() && !inst.isEmpty() && !overlaps(pos, inst)) {
            pos = pos + " " + inst;
        } else if (pos.isEmpty()) {
            pos = inst;
        }
        if (!pos.isEmpty()) {
            b.append(", ").append(pos);
        }
        return b.toString();
    }

    private static final java.util.Set<String> GENERIC = java.util.Set.of("pemerintah", "provinsi", "kabupaten", "kota", "dan", "negeri",
            "republik", "indonesia", "daerah");

    /**
     * The position already names the institution, or a distinctive word of it ("Kepala Bakesbangpol
     * Provinsi Sumatera Barat" / "Pemerintah Provinsi Sumatera Barat"): then the institution is not repeated.
     */
    static boolean overlaps(String position, String institution) {
        String p = " " + position.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        String i = institution.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (p.contains(" " + i + " ")) {
            return true;
        }
        for (String w : i.split(" ")) {
            if (w.length() >= 3 && !GENERIC.contains(w) && p.contains(" " + w + " ")) {
                return true;
            }
        }
        return false;
    }

    /** Upper-cases the first letter (sentences built from a lower-case fragment). */
    public static String capitalize(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Lines of a numbered or bulleted text without their numbers: "1. Foo\n2. Bar" → [Foo, Bar]. */
    public static List<String> items(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(l -> l.strip().replaceFirst("^(\\d{1,2}[.)]|[-\u2022*])\\s*", "").strip())
                .filter(l -> !l.isEmpty()).toList();
    }
}
