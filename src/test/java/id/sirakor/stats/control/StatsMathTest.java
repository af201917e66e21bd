package id.sirakor.stats.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class StatsMathTest {

    @Test
    void percentRoundsHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("66.7"), StatsMath.percent(2, 3));
        assertEquals(new BigDecimal("33.3"), StatsMath.percent(1, 3));
        assertEquals(new BigDecimal("100.0"), StatsMath.percent(7, 7));
        assertEquals(new BigDecimal("0.0"), StatsMath.percent(0, 12));
        assertEquals(new BigDecimal("0.1"), StatsMath.percent(1, 1999)); // 0.05002 → 0.1
        assertEquals(new BigDecimal("12.5"), StatsMath.percent(1, 8));
    }

    @Test
    void noWholeIsNoShare() {
        assertNull(StatsMath.percent(0, 0));
        assertNull(StatsMath.percent(5, 0));
        assertNull(StatsMath.fraction(3, 0));
        assertEquals("\u2014", StatsMath.percentText(0, 0, true));
    }

    @Test
    void percentTextByLanguage() {
        assertEquals("66,7\u00a0%", StatsMath.percentText(2, 3, true));
        assertEquals("66.7\u00a0%", StatsMath.percentText(2, 3, false));
    }

    @Test
    void fractionForExcelPercentCells() {
        assertEquals(0.667, StatsMath.fraction(2, 3), 1e-9);
        assertEquals(1.0, StatsMath.fraction(4, 4), 1e-9);
    }

    @Test
    void coverageIsSignedOverInvitedSummedNotTheMeanOfRegions() {
        // region A: 1 of 1 signed, region B: 1 of 9 → 2 of 10 = 20 %, not (100 + 11.1) / 2
        assertEquals(new BigDecimal("20.0"), StatsMath.coverage(new long[] {1, 1}, new long[] {1, 9}));
        assertNull(StatsMath.coverage(new long[0], new long[0]));
        // a region never counts more signed than invited
        assertEquals(new BigDecimal("100.0"), StatsMath.coverage(new long[] {5}, new long[] {3}));
        assertThrows(IllegalArgumentException.class, () -> StatsMath.coverage(new long[] {1}, new long[] {1, 2}));
    }

    @Test
    void regionKeyByScope() {
        assertEquals("13", StatsMath.regionKey("13.71", true));
        assertEquals("13.71", StatsMath.regionKey("13.71.01.1001", false));
        assertEquals("13", StatsMath.regionKey("13", false)); // a province-level institution stays under its province
        assertNull(StatsMath.regionKey(null, true));
        assertNull(StatsMath.regionKey(" ", false));
    }

    @Test
    void placeInATypedInstitutionName() {
        assertEquals("kota padang", StatsMath.placeInName("Inspektorat Kota Padang"));
        assertEquals("kabupaten agam", StatsMath.placeInName("Kesbangpol  Kab.  Agam"));
        assertEquals("kabupaten agam", StatsMath.placeInName("BKPSDM Kabupaten Agam"));
        assertEquals("sumatera barat", StatsMath.placeInName("Dinas Kominfo Provinsi Sumatera Barat"));
        assertEquals("kabupaten kotabaru", StatsMath.placeInName("Bawaslu Kabupaten Kotabaru"));
        assertNull(StatsMath.placeInName("Kejaksaan Negeri"));
        assertNull(StatsMath.placeInName(null));
    }
}
