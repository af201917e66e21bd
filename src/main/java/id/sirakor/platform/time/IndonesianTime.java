package id.sirakor.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one Indonesian date/time formatter. Times are stored as instants and rendered in the
 * venue's zone with the zone's Indonesian name: "Rabu, 15 Maret 2023, 09.00 WIB".
 * Zones follow UU 1963/Keppres 41/1987: WIB (UTC+7), WITA (UTC+8), WIT (UTC+9).
 */
public final class IndonesianTime {

    public static final Locale ID = Locale.forLanguageTag("id-ID");
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    public static final ZoneId WITA = ZoneId.of("Asia/Makassar");
    public static final ZoneId WIT = ZoneId.of("Asia/Jayapura");

    private static final DateTimeFormatter DATE_ID = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", ID);
    private static final DateTimeFormatter DATE_SHORT_ID = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
    private static final DateTimeFormatter TIME_ID = DateTimeFormatter.ofPattern("HH.mm", ID);
    private static final DateTimeFormatter DATE_EN = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DATE_SHORT_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private IndonesianTime() {
    }

    /** WIB, WITA or WIT for the three Indonesian zones; the zone id otherwise. */
    public static String zoneName(ZoneId zone) {
        return switch (zone.getId()) {
            case "Asia/Jakarta", "Asia/Pontianak" -> "WIB";
            case "Asia/Makassar" -> "WITA";
            case "Asia/Jayapura" -> "WIT";
            default -> zone.getId();
        };
    }

    /**
     * Zone of a province by its Kemendagri code (first two digits of any region code), per
     * domain.md: WIB 11–19, 31–36, 61, 62; WITA 51–53, 63–65, 71–76; WIT 81, 82, 91–96.
     * Also WIB: 21, Kepulauan Riau (split from Riau in 2002, UU 25/2002), missing from that list.
     */
    public static ZoneId zoneOfProvince(String regionCode) {
        if (regionCode == null || regionCode.length() < 2) {
            throw new IllegalArgumentException("region code needed");
        }
        int p = Integer.parseInt(regionCode.substring(0, 2));
        if ((p >= 11 && p <= 19) || p == 21 || (p >= 31 && p <= 36) || p == 61 || p == 62) {
            return WIB;
        }
        if ((p >= 51 && p <= 53) || (p >= 63 && p <= 65) || (p >= 71 && p <= 76)) {
            return WITA;
        }
        if (p == 81 || p == 82 || (p >= 91 && p <= 96)) {
            return WIT;
        }
        throw new IllegalArgumentException("unknown province code " + regionCode);
    }

    public static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** "Rabu, 15 Maret 2023" */
    public static String date(LocalDate date, Locale locale) {
        return date.format(english(locale) ? DATE_EN : DATE_ID);
    }

    /** "15 Maret 2023" (for letters: "Bukittinggi, 1 Maret 2023") */
    public static String shortDate(LocalDate date, Locale locale) {
        return date.format(english(locale) ? DATE_SHORT_EN : DATE_SHORT_ID);
    }

    /** "09.00 WIB" */
    public static String time(Instant instant, ZoneId zone, Locale locale) {
        return instant.atZone(zone).format(english(locale) ? TIME_EN : TIME_ID) + " " + zoneName(zone);
    }

    /** "Rabu, 15 Maret 2023, 09.00 WIB" */
    public static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        ZonedDateTime z = instant.atZone(zone);
        return date(z.toLocalDate(), locale) + ", " + z.format(english(locale) ? TIME_EN : TIME_ID) + " " + zoneName(zone);
    }

    /** "09.00–12.00 WITA" */
    public static String timeRange(Instant start, Instant end, ZoneId zone, Locale locale) {
        DateTimeFormatter f = english(locale) ? TIME_EN : TIME_ID;
        return start.atZone(zone).format(f) + "\u2013" + end.atZone(zone).format(f) + " " + zoneName(zone);
    }
}
