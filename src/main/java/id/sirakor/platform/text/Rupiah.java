package id.sirakor.platform.text;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts of money as Indonesian documents print them: "Rp1.400.000" (no space, dots between
 * thousands, no sen unless there are some: "Rp1.400.000,50"). Amounts are {@link BigDecimal};
 * floating point is never used for money in Sirakor (ADR 0092).
 */
public final class Rupiah {

    private Rupiah() {
    }

    /** "Rp1.400.000"; a negative amount "-Rp50.000"; null prints as "Rp0". */
    public static String format(BigDecimal amount) {
        BigDecimal a = amount == null ? BigDecimal.ZERO : amount;
        return (a.signum() < 0 ? "-" : "") + "Rp" + number(a.abs());
    }

    /** "1.400.000" (or "1.400.000,50" when there are sen), without the currency. */
    public static String number(BigDecimal amount) {
        BigDecimal a = (amount == null ? BigDecimal.ZERO : amount).setScale(2, RoundingMode.HALF_UP);
        boolean negative = a.signum() < 0;
        a = a.abs();
        BigDecimal whole = a.setScale(0, RoundingMode.DOWN);
        int sen = a.subtract(whole).movePointRight(2).intValueExact();
        String digits = whole.toPlainString();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                b.append('.');
            }
            b.append(digits.charAt(i));
        }
        if (sen != 0) {
            b.append(',').append(String.format("%02d", sen));
        }
        return (negative ? "-" : "") + b;
    }

    /** Rounds to whole rupiah, half up (tax and words are in whole rupiah, ADR 0092). */
    public static BigDecimal whole(BigDecimal amount) {
        return amount.setScale(0, RoundingMode.HALF_UP);
    }
}
