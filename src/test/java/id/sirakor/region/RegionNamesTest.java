package id.sirakor.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.region.control.RegionNames;
import id.sirakor.region.entity.RegionLevel;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class RegionNamesTest {

    @Test
    void capitalsBecomeProperCase() {
        assertEquals("Kota Bukittinggi", RegionNames.properCase("KOTA BUKITTINGGI"));
        assertEquals("Kabupaten Banjarnegara", RegionNames.properCase("KABUPATEN BANJARNEGARA"));
        assertEquals("DKI Jakarta", RegionNames.properCase("DKI JAKARTA"));
        assertEquals("Kabupaten Pangkajene dan Kepulauan", RegionNames.properCase("KABUPATEN PANGKAJENE DAN KEPULAUAN"));
        assertEquals("Kab. Kep. Seribu", RegionNames.properCase("KAB. KEP. SERIBU"));
        assertEquals("Kabupaten Toli-Toli", RegionNames.properCase("KABUPATEN TOLI-TOLI"));
        assertEquals("Lawe Petanduk II", RegionNames.properCase("LAWE PETANDUK II"));
        assertEquals("Ki'e", RegionNames.properCase("KI'E"));
        assertEquals("Daerah Istimewa Yogyakarta", RegionNames.properCase("DAERAH ISTIMEWA YOGYAKARTA"));
    }

    @Test
    void lowerLevelsKeepTheSourceSpellingExceptAllLowercaseSlips() {
        assertEquals("Lumban Sitio-tio", RegionNames.display(RegionLevel.VILLAGE, "Lumban Sitio-tio"));
        assertEquals("Lamuk", RegionNames.display(RegionLevel.VILLAGE, "lamuk"));
        assertEquals("MKCM", RegionNames.display(RegionLevel.VILLAGE, "MKCM"));
        assertEquals("Kota Padang", RegionNames.display(RegionLevel.REGENCY, "  KOTA   PADANG "));
    }

    @Test
    void everyShippedProvinceHasAZone() throws Exception {
        int n = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                getClass().getClassLoader().getResourceAsStream("regions/provinces.csv.gz")), StandardCharsets.UTF_8))) {
            in.readLine();
            String line;
            while ((line = in.readLine()) != null) {
                IndonesianTime.zoneOfProvince(line.substring(0, 2));
                n++;
            }
        }
        assertEquals(38, n);
        assertEquals(IndonesianTime.WIB, IndonesianTime.zoneOfProvince("21"));
        assertTrue(n > 0);
    }
}
