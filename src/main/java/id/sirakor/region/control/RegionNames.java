package id.sirakor.region.control;

import id.sirakor.region.entity.RegionLevel;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Display names of regions. idn-area-data writes provinces and regencies in capitals
 * ("KOTA BUKITTINGGI") and districts and villages mostly in proper case with a few all-lowercase
 * slips ("lamuk"); letters and official abbreviations on screen and on letters need proper case.
 */
public final class RegionNames {

    /** Kept in capitals: official abbreviations that appear in region names. */
    private static final Set<String> ACRONYMS = Set.of("DKI", "DIY", "NTB", "NTT", "RI");
    /** Kept in lower case inside a name ("Pangkajene dan Kepulauan"). */
    private static final Set<String> PARTICLES = Set.of("dan", "di", "ke", "dari");
    private static final Pattern ROMAN = Pattern.compile("(?=[IVX])X{0,3}(IX|IV|V?I{0,3})");

    private RegionNames() {
    }

    /** The name to store for a row of the given level. */
    public static String display(RegionLevel level, String raw) {
        String s = raw == null ? "" : raw.trim().replaceAll("\\s+", " ");
        boolean hasUpper = !s.equals(s.toLowerCase(Locale.ROOT));
        if (level == RegionLevel.PROVINCE || level == RegionLevel.REGENCY || !hasUpper) {
            return properCase(s);
        }
        // districts and villages keep the source's spelling; the few in capitals are abbreviations ("MKCM")
        return s;
    }

    /**
     * "KOTA BUKITTINGGI" → "Kota Bukittinggi", "DKI JAKARTA" → "DKI Jakarta",
     * "KAB. TOLI-TOLI" → "Kab. Toli-Toli", "PANGKAJENE DAN KEPULAUAN" → "Pangkajene dan Kepulauan",
     * "LAWE PETANDUK II" → "Lawe Petanduk II", "KI'E" → "Ki'e".
     */
    public static String properCase(String s) {
        if (s == null || s.isBlank()) {
            return s;
        }
        String[] words = s.trim().split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(word(words[i], i == 0));
        }
        return out.toString();
    }

    private static String word(String w, boolean first) {
        String upper = w.toUpperCase(Locale.ROOT);
        String bare = upper.replaceAll("[^A-Z]", "");
        if (ACRONYMS.contains(bare) && bare.length() == upper.replaceAll("[^A-Z0-9]", "").length()) {
            return upper;
        }
        if (!bare.isEmpty() && ROMAN.matcher(bare).matches() && bare.equals(upper.replaceAll("[()\\-.,]", ""))) {
            return upper;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (!first && PARTICLES.contains(lower)) {
            return lower;
        }
        StringBuilder b = new StringBuilder(lower.length());
        boolean startOfPart = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isLetter(c)) {
                b.append(startOfPart ? Character.toUpperCase(c) : c);
                startOfPart = false;
            } else {
                b.append(c);
                // a new part starts after a hyphen, a slash, a dot or an opening bracket, not after an apostrophe
                startOfPart = c == '-' || c == '/' || c == '(' || c == '.';
            }
        }
        return b.toString();
    }
}
