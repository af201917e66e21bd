package id.sirakor.spj.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The arithmetic of an honorarium, in exact decimals (ADR 0092):
 * <ul>
 * <li>hours = minutes in the timetable / 60, to two decimals, half up (20 minutes = 0,33 jam), so a
 *     reader can check jam × tarif on the printed list;</li>
 * <li>bruto = tarif × jam, rounded to whole rupiah, half up;</li>
 * <li>PPh 21 = bruto × persen / 100, rounded to whole rupiah, half up (as ROUND(…;0) in the
 *     finance office's spreadsheet);</li>
 * <li>netto = bruto − PPh.</li>
 * </ul>
 */
public final class HonorMath {

    static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private HonorMath() {
    }

    public static BigDecimal hours(long minutes) {
        if (minutes < 0) {
            throw new IllegalArgumentException("negative duration");
        }
        return BigDecimal.valueOf(minutes).divide(SIXTY, 2, RoundingMode.HALF_UP);
    }

    public static BigDecimal bruto(BigDecimal ratePerHour, BigDecimal hours) {
        return ratePerHour.multiply(hours).setScale(0, RoundingMode.HALF_UP);
    }

    public static BigDecimal pph(BigDecimal bruto, BigDecimal percent) {
        return bruto.multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP);
    }
}
