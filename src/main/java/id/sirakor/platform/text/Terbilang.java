package id.sirakor.platform.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An amount in Indonesian words, as a kuitansi and a daftar penerimaan write it: "satu juta
 * empat ratus ribu rupiah". Rules of the language: 1 is "satu" but 10 "sepuluh", 11 "sebelas",
 * 100 "seratus", 1.000 "seribu" (yet 1.000.000 "satu juta"). Amounts are rounded to whole rupiah
 * (half up) before they are written out: the documents pay whole rupiah, and sen in words are
 * not used on SPJ forms (ADR 0092). Negative amounts are refused. Up to 999 triliun.
 */
public final class Terbilang {

    private static final String[] ONES = {"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan",
        "sembilan", "sepuluh", "sebelas"};
    private static final String[] SCALES = {"", "ribu", "juta", "miliar", "triliun"};
    private static final BigInteger THOUSAND = BigInteger.valueOf(1000);

    private Terbilang() {
    }

    /** "satu juta empat ratus ribu rupiah"; 0 → "nol rupiah". */
    public static String rupiah(BigDecimal amount) {
        return words(amount) + " rupiah";
    }

    /** The whole-rupiah amount in words, without "rupiah"; 0 → "nol". */
    public static String words(BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException("amount required");
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("negative amount: " + amount.toPlainString());
        }
        BigInteger n = amount.setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
        if (n.signum() == 0) {
            return "nol";
        }
        if (n.compareTo(BigInteger.TEN.pow(15)) >= 0) {
            throw new IllegalArgumentException("amount too large: " + amount.toPlainString());
        }
        StringBuilder b = new StringBuilder();
        int scale = 0;
        while (n.signum() > 0) {
            int group = n.mod(THOUSAND).intValue();
            n = n.divide(THOUSAND);
            if (group != 0) {
                String part = scale == 1 && group == 1 ? "seribu" : below1000(group) + (scale == 0 ? "" : " " + SCALES[scale]);
                b.insert(0, b.length() == 0 ? part : part + " ");
            }
            scale++;
        }
        return b.toString();
    }

    private static String below1000(int n) {
        int hundreds = n / 100;
        int rest = n % 100;
        String h = hundreds == 0 ? "" : hundreds == 1 ? "seratus" : ONES[hundreds] + " ratus";
        String r = below100(rest);
        return h.isEmpty() ? r : r.isEmpty() ? h : h + " " + r;
    }

    private static String below100(int n) {
        if (n < 12) {
            return ONES[n];
        }
        if (n < 20) {
            return ONES[n - 10] + " belas";
        }
        int tens = n / 10;
        int ones = n % 10;
        return ONES[tens] + " puluh" + (ones == 0 ? "" : " " + ONES[ones]);
    }

    /** "Satu juta …" with the first letter capitalised, as the kuitansi's "Uang sebanyak" reads. */
    public static String capitalised(BigDecimal amount) {
        String s = rupiah(amount);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
