package id.sirakor.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TerbilangTest {

    private static String t(String n) {
        return Terbilang.words(new BigDecimal(n));
    }

    @Test
    void smallNumbers() {
        assertEquals("nol", t("0"));
        assertEquals("satu", t("1"));
        assertEquals("sepuluh", t("10"));
        assertEquals("sebelas", t("11"));
        assertEquals("dua belas", t("12"));
        assertEquals("sembilan belas", t("19"));
        assertEquals("dua puluh", t("20"));
        assertEquals("sembilan puluh sembilan", t("99"));
    }

    @Test
    void hundredsAndThousandsUseSe() {
        assertEquals("seratus", t("100"));
        assertEquals("seratus satu", t("101"));
        assertEquals("dua ratus lima puluh", t("250"));
        assertEquals("seribu", t("1000"));
        assertEquals("seribu seratus", t("1100"));
        assertEquals("dua ribu", t("2000"));
        assertEquals("sebelas ribu", t("11000"));
        assertEquals("seratus ribu", t("100000"));
        assertEquals("seratus satu ribu", t("101000"));
    }

    @Test
    void millionsAreSatuJuta() {
        assertEquals("satu juta", t("1000000"));
        assertEquals("satu juta seratus ribu", t("1100000"));
        assertEquals("satu juta empat ratus ribu rupiah", Terbilang.rupiah(new BigDecimal("1400000")));
        assertEquals("satu miliar", t("1000000000"));
        assertEquals("satu miliar satu juta seribu satu", t("1001001001"));
        assertEquals("tiga juta empat ratus dua ribu", t("3402000"));
        assertEquals("Satu juta rupiah", Terbilang.capitalised(new BigDecimal("1000000.00")));
    }

    @Test
    void senAreRoundedHalfUpToWholeRupiah() {
        assertEquals("seratus", t("100.49"));
        assertEquals("seratus satu", t("100.50"));
        assertEquals("nol", t("0.49"));
    }

    @Test
    void negativesAndHugeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> t("-1"));
        assertThrows(IllegalArgumentException.class, () -> t("1000000000000000"));
    }

    @Test
    void rupiahFormat() {
        assertEquals("Rp1.400.000", Rupiah.format(new BigDecimal("1400000.00")));
        assertEquals("Rp0", Rupiah.format(BigDecimal.ZERO));
        assertEquals("Rp999", Rupiah.format(new BigDecimal("999")));
        assertEquals("Rp1.000", Rupiah.format(new BigDecimal("1000")));
        assertEquals("Rp1.400.000,50", Rupiah.format(new BigDecimal("1400000.5")));
        assertEquals("-Rp50.000", Rupiah.format(new BigDecimal("-50000")));
        assertEquals("Rp1.000.000.000", Rupiah.format(new BigDecimal("1000000000")));
    }
}
