package id.sirakor.platform.text;

/** Normalising what people type into forms. */
public final class Inputs {

    private Inputs() {
    }

    /** Trimmed text, or null when nothing but blanks was typed (an optional field left empty). */
    public static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
