package id.sirakor.region.control;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The LIKE patterns of a region search. A name matches "by prefix" when the whole name or one of
 * its words starts with the query ("bukit" matches "Kota Bukittinggi" and "Bukit Raya"); those
 * come before names that merely contain it ("Sungai Bukit" vs "Tabukit"). Wildcards typed by the
 * user are escaped with '!'.
 */
public final class RegionSearch {

    public static final int MAX_LIMIT = 50;
    public static final char ESCAPE = '!';
    private static final Pattern CODE = Pattern.compile("\\d{2}(\\.\\d{0,2}(\\.\\d{0,2}(\\.\\d{0,4})?)?)?");

    private final String text;

    public RegionSearch(String q) {
        this.text = q == null ? "" : q.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    /** True when the query is (the start of) a region code, "13.7" or "33.04.01". */
    public boolean isCode() {
        return CODE.matcher(text).matches();
    }

    public String codePrefix() {
        return escape(text) + "%";
    }

    public String contains() {
        return "%" + escape(text) + "%";
    }

    public String prefix() {
        return escape(text) + "%";
    }

    public String wordPrefix() {
        return "% " + escape(text) + "%";
    }

    public static int limit(Integer requested) {
        if (requested == null || requested <= 0) {
            return 20;
        }
        return Math.min(requested, MAX_LIMIT);
    }

    /** 0 for a (word) prefix match, 1 for a contains match, -1 for no match: the SQL ORDER BY in Java terms. */
    public int rank(String nameLower) {
        if (nameLower.startsWith(text) || nameLower.contains(" " + text)) {
            return 0;
        }
        return nameLower.contains(text) ? 1 : -1;
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                b.append(ESCAPE);
            }
            b.append(c);
        }
        return b.toString();
    }

    public String text() {
        return text;
    }
}
