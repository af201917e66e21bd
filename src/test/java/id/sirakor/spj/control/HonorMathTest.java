package id.sirakor.spj.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sirakor.spj.entity.TaxRule;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class HonorMathTest {

    @Test
    void hoursFromMinutesToTwoDecimals() {
        assertEquals(new BigDecimal("2.00"), HonorMath.hours(120));
        assertEquals(new BigDecimal("1.50"), HonorMath.hours(90));
        assertEquals(new BigDecimal("0.33"), HonorMath.hours(20));
        assertEquals(new BigDecimal("0.67"), HonorMath.hours(40));
        assertEquals(new BigDecimal("0.00"), HonorMath.hours(0));
        assertThrows(IllegalArgumentException.class, () -> HonorMath.hours(-1));
    }

    @Test
    void brutoIsRateTimesHoursInWholeRupiah() {
        assertEquals(new BigDecimal("1800000"), HonorMath.bruto(new BigDecimal("900000.00"), new BigDecimal("2.00")));
        assertEquals(new BigDecimal("330000"), HonorMath.bruto(new BigDecimal("1000000"), new BigDecimal("0.33")));
        assertEquals(new BigDecimal("1"), HonorMath.bruto(new BigDecimal("1.00"), new BigDecimal("0.50")), "half up");
    }

    @Test
    void pphIsExactPercentRoundedHalfUp() {
        assertEquals(new BigDecimal("90000"), HonorMath.pph(new BigDecimal("1800000"), new BigDecimal("5.00")));
        assertEquals(new BigDecimal("270000"), HonorMath.pph(new BigDecimal("1800000"), new BigDecimal("15.00")));
        assertEquals(new BigDecimal("0"), HonorMath.pph(new BigDecimal("1800000"), new BigDecimal("0.00")));
        assertEquals(new BigDecimal("17"), HonorMath.pph(new BigDecimal("333"), new BigDecimal("5.00")), "16,65 → 17");
        assertEquals(new BigDecimal("16"), HonorMath.pph(new BigDecimal("321"), new BigDecimal("5.00")), "16,05 → 16");
        assertEquals(new BigDecimal("20"), HonorMath.pph(new BigDecimal("333"), new BigDecimal("6.00")), "19,98 → 20");
    }

    @Test
    void defaultTaxRuleByGolonganAndNpwp() {
        TaxRule r = TaxRule.defaults(1L);
        assertEquals(0, r.percentFor(true, "I", true).signum());
        assertEquals(0, r.percentFor(true, "II", false).signum());
        assertEquals(new BigDecimal("5.00"), r.percentFor(true, "III", true));
        assertEquals(new BigDecimal("15.00"), r.percentFor(true, "IV", true));
        assertEquals(new BigDecimal("5.00"), r.percentFor(false, null, true));
        assertEquals(new BigDecimal("6.00"), r.percentFor(false, null, false));
        assertNull(r.percentFor(true, null, true), "an ASN without golongan has no rate: flagged");
    }

    @Test
    void aTypedInstitutionIsPlacedByTheRegionItsNameEndsWith() {
        java.util.Map<String, id.sirakor.region.entity.Region> m = new java.util.HashMap<>();
        m.put("kota padang", new id.sirakor.region.entity.Region("13.71", "13", id.sirakor.region.entity.RegionLevel.REGENCY, "Kota Padang", null));
        m.put("kota padang panjang", new id.sirakor.region.entity.Region("13.74", "13", id.sirakor.region.entity.RegionLevel.REGENCY, "Kota Padang Panjang", null));
        m.put("provinsi sumatera barat", new id.sirakor.region.entity.Region("13", null, id.sirakor.region.entity.RegionLevel.PROVINCE, "Sumatera Barat", null));
        assertEquals("13.71", SpjService.regionOfName("Kesbangpol  Kota Padang", m).getCode());
        assertEquals("13.74", SpjService.regionOfName("Inspektorat Kota Padang Panjang", m).getCode());
        assertEquals("13", SpjService.regionOfName("Dinas Kominfo Provinsi Sumatera Barat", m).getCode());
        assertNull(SpjService.regionOfName("Universitas Andalas", m));
        assertNull(SpjService.regionOfName("Padang", m));
    }
}
