package id.sirakor.stats.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of the figures, in one place so that the page, the JSON and the Excel export say
 * the same: a share of a whole as a percentage with one decimal, rounded half up; no whole means
 * no share (shown as "—"), never a division by zero or a share above what was counted.
 */
public final class StatsMath {

    private StatsMath() {
    }

    /** {@code part} of {@code whole} in percent, one decimal (HALF_UP); null when {@code whole} is 0 or less. */
    public static BigDecimal percent(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        long p = Math.max(0, part);
        return BigDecimal.valueOf(p).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** The percentage as shown: "66,7 %" in Indonesian, "66.7 %" in English, "—" without a whole. */
    public static String percentText(long part, long whole, boolean indonesian) {
        BigDecimal p = percent(part, whole);
        if (p == null) {
            return "\u2014";
        }
        String s = p.toPlainString();
        return (indonesian ? s.replace('.', ',') : s) + "\u00a0%";
    }

    /** The share as a fraction for an Excel percent cell (0.667 for 66.7 %), null without a whole. */
    public static Double fraction(long part, long whole) {
        BigDecimal p = percent(part, whole);
        return p == null ? null : p.movePointLeft(2).doubleValue();
    }

    /**
     * Coverage of a set of regions: the share of all signers invited that signed, summed over the
     * regions (not the mean of the regions' shares, which would weigh a region of one signer like
     * one of forty).
     */
    public static BigDecimal coverage(long[] signed, long[] invited) {
        if (signed.length != invited.length) {
            throw new IllegalArgumentException("signed and invited differ in length");
        }
        long s = 0;
        long i = 0;
        for (int k = 0; k < signed.length; k++) {
            s += Math.min(signed[k], invited[k]);
            i += invited[k];
        }
        return percent(s, i);
    }

    /** The region a code is counted under: the province (2 characters) or the kabupaten/kota (5: "13.71"). */
    public static String regionKey(String code, boolean byProvince) {
        if (code == null || code.isBlank()) {
            return null;
        }
        int n = byProvince ? 2 : 5;
        return code.length() <= n ? code : code.substring(0, n);
    }

    private static final java.util.regex.Pattern PLACE = java.util.regex.Pattern.compile(
            "(?iu)\\b(kabupaten|kab\\.|kota|provinsi|prov\\.)\\s+(.+)$");

    /**
     * The region an institution typed by hand names at its end, as {@code region.name_lower}
     * would hold it: "Inspektorat Kota Padang" → "kota padang", "Kesbangpol Kab. Agam" →
     * "kabupaten agam", "Dinas Kominfo Provinsi Sumatera Barat" → "sumatera barat" (provinces are
     * stored without the word). Null when the name says no kabupaten, kota or provinsi.
     */
    public static String placeInName(String institutionName) {
        if (institutionName == null) {
            return null;
        }
        java.util.regex.Matcher m = PLACE.matcher(institutionName.strip().replaceAll("\\s+", " "));
        if (!m.find()) {
            return null;
        }
        String word = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String rest = m.group(2).strip().toLowerCase(java.util.Locale.ROOT);
        if (rest.isEmpty()) {
            return null;
        }
        return switch (word) {
            case "kab.", "kabupaten" -> "kabupaten " + rest;
            case "kota" -> "kota " + rest;
            default -> rest;
        };
    }
}
