package id.sirakor.platform.phone;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Indonesian phone numbers in, E.164 out ("0812-3456-7890" → "+6281234567890"), per domain.md:
 * a mobile number is 08xx… or +628xx…, 10–13 digits in national form (0 + 9–12 digits).
 * Fixed lines ("(0286) 591234") have a 2–3 digit area code after the 0; their national form has
 * 9–12 digits. Spaces, dots, dashes and brackets are ignored; anything else is refused.
 */
public final class IndonesianPhone {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()/]");
    private static final Pattern MOBILE = Pattern.compile("08\\d{8,11}");
    private static final Pattern FIXED = Pattern.compile("0[1-9]\\d{7,10}");

    private IndonesianPhone() {
    }

    /** E.164 of a mobile number, or empty when the text is not one. */
    public static Optional<String> mobile(String text) {
        return national(text).filter(n -> MOBILE.matcher(n).matches()).map(IndonesianPhone::e164);
    }

    /** E.164 of a mobile or fixed-line number, or empty when the text is neither. */
    public static Optional<String> any(String text) {
        return national(text).filter(n -> MOBILE.matcher(n).matches() || FIXED.matcher(n).matches())
                .map(IndonesianPhone::e164);
    }

    /** "+6281234567890" → "0812-3456-7890" for display; other text unchanged. */
    public static String display(String e164) {
        if (e164 == null || !e164.startsWith("+62")) {
            return e164;
        }
        String n = "0" + e164.substring(3);
        if (n.startsWith("08") && n.length() >= 10) {
            return n.substring(0, 4) + "-" + n.substring(4, 8) + "-" + n.substring(8);
        }
        return n;
    }

    /** National form starting with 0, or empty. */
    static Optional<String> national(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = SEPARATORS.matcher(text.trim()).replaceAll("");
        if (s.startsWith("+62")) {
            s = "0" + s.substring(3);
        } else if (s.startsWith("62") && s.length() >= 11) {
            s = "0" + s.substring(2);
        } else if (s.startsWith("8") && s.length() >= 9) {
            // spreadsheets drop the leading zero of a number typed into a numeric cell
            s = "0" + s;
        }
        if (!s.matches("0\\d+")) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    private static String e164(String national) {
        return "+62" + national.substring(1);
    }
}
