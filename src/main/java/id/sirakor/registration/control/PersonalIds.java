package id.sirakor.registration.control;

import id.sirakor.platform.error.BusinessException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Predicate;

/**
 * NIP and NIK, validated part by part so the message says which part is wrong.
 * <ul>
 * <li>NIP (PP 11/2017 and BKN rules): 18 digits = birth date YYYYMMDD + appointment YYYYMM +
 *     gender 1/2 + sequence 001–999. PPPK numbers have the same shape with the PPPK appointment.</li>
 * <li>NIK (UU 24/2013 Administrasi Kependudukan): 16 digits = district code (6, must exist) +
 *     birth DDMMYY (women: day + 40) + sequence 0001–9999.</li>
 * </ul>
 */
public final class PersonalIds {

    private PersonalIds() {
    }

    /** Digits only; spaces, dots and dashes people type are removed. */
    public static String digits(String raw) {
        return raw == null ? "" : raw.replaceAll("[\\s.\\-]", "");
    }

    public static String checkNip(String field, String raw, LocalDate today) {
        String n = digits(raw);
        if (!n.matches("\\d+")) {
            throw BusinessException.invalid(field, "nip.digits");
        }
        if (n.length() != 18) {
            throw BusinessException.invalid(field, "nip.length", n.length());
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(n.substring(0, 4)), Integer.parseInt(n.substring(4, 6)),
                    Integer.parseInt(n.substring(6, 8)));
        } catch (DateTimeException e) {
            throw BusinessException.invalid(field, "nip.birthDate", n.substring(0, 8));
        }
        if (birth.isBefore(LocalDate.of(1940, 1, 1)) || birth.isAfter(today.minusYears(17))) {
            throw BusinessException.invalid(field, "nip.birthDate", n.substring(0, 8));
        }
        YearMonth appointed;
        try {
            appointed = YearMonth.of(Integer.parseInt(n.substring(8, 12)), Integer.parseInt(n.substring(12, 14)));
        } catch (DateTimeException e) {
            throw BusinessException.invalid(field, "nip.appointment", n.substring(8, 14));
        }
        if (appointed.isBefore(YearMonth.from(birth.plusYears(17))) || appointed.isAfter(YearMonth.from(today))) {
            throw BusinessException.invalid(field, "nip.appointment", n.substring(8, 14));
        }
        char gender = n.charAt(14);
        if (gender != '1' && gender != '2') {
            throw BusinessException.invalid(field, "nip.gender", String.valueOf(gender));
        }
        if (n.substring(15).equals("000")) {
            throw BusinessException.invalid(field, "nip.sequence");
        }
        return n;
    }

    /** "19800412 200501 1 003" */
    public static String formatNip(String nip) {
        return nip.length() != 18 ? nip
                : nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
    }

    /** {@code districtExists} answers whether "13.75.01" is a known district code. */
    public static String checkNik(String field, String raw, LocalDate today, Predicate<String> districtExists) {
        String n = digits(raw);
        if (!n.matches("\\d+")) {
            throw BusinessException.invalid(field, "nik.digits");
        }
        if (n.length() != 16) {
            throw BusinessException.invalid(field, "nik.length", n.length());
        }
        String district = n.substring(0, 2) + "." + n.substring(2, 4) + "." + n.substring(4, 6);
        if (!districtExists.test(district)) {
            throw BusinessException.invalid(field, "nik.region", district);
        }
        int day = Integer.parseInt(n.substring(6, 8));
        int month = Integer.parseInt(n.substring(8, 10));
        int yy = Integer.parseInt(n.substring(10, 12));
        if (day > 40) {
            day -= 40;
        }
        // two-digit years as Dukcapil reads them: up to this year's two digits → 20YY, above → 19YY
        int year = 2000 + yy <= today.getYear() ? 2000 + yy : 1900 + yy;
        LocalDate birth;
        try {
            birth = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw BusinessException.invalid(field, "nik.birthDate", n.substring(6, 12));
        }
        if (birth.isAfter(today)) {
            throw BusinessException.invalid(field, "nik.birthDateFuture", n.substring(6, 12));
        }
        if (n.substring(12).equals("0000")) {
            throw BusinessException.invalid(field, "nik.sequence");
        }
        return n;
    }

    /** "1375••••••••0003": personal data is never shown whole (UU 27/2022). */
    public static String maskNik(String nik) {
        return nik == null || nik.length() != 16 ? "••••" : nik.substring(0, 4) + "\u2022".repeat(8) + nik.substring(12);
    }
}
