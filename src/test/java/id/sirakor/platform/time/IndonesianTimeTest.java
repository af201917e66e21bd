package id.sirakor.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndonesianTimeTest {

    private static final Locale ID = IndonesianTime.ID;

    @Test
    void datesReadAsIndonesianLettersDo() {
        assertEquals("Rabu, 15 Maret 2023", IndonesianTime.date(LocalDate.of(2023, 3, 15), ID));
        assertEquals("Rabu, 24 Mei 2023", IndonesianTime.date(LocalDate.of(2023, 5, 24), ID));
        assertEquals("Selasa, 17 September 2024", IndonesianTime.date(LocalDate.of(2024, 9, 17), ID));
        assertEquals("Minggu, 1 Desember 2024", IndonesianTime.date(LocalDate.of(2024, 12, 1), ID));
        assertEquals("15 Maret 2023", IndonesianTime.shortDate(LocalDate.of(2023, 3, 15), ID));
    }

    @Test
    void timesUseADotAndTheZoneOfTheVenue() {
        // 02:00 UTC is 09.00 in Bukittinggi (WIB) and 10.00 in Balikpapan (WITA)
        Instant i = Instant.parse("2023-03-15T02:00:00Z");
        assertEquals("Rabu, 15 Maret 2023, 09.00 WIB", IndonesianTime.dateTime(i, IndonesianTime.WIB, ID));
        Instant balikpapan = Instant.parse("2024-09-02T01:00:00Z");
        assertEquals("Senin, 2 September 2024, 09.00 WITA", IndonesianTime.dateTime(balikpapan, IndonesianTime.WITA, ID));
        assertEquals("09.00\u201312.30 WIB", IndonesianTime.timeRange(i, Instant.parse("2023-03-15T05:30:00Z"),
                IndonesianTime.WIB, ID));
    }

    @Test
    void englishWhenChosen() {
        Instant i = Instant.parse("2023-03-15T02:00:00Z");
        assertEquals("Wednesday, 15 March 2023, 09:00 WIB", IndonesianTime.dateTime(i, IndonesianTime.WIB, Locale.ENGLISH));
    }

    @Test
    void dateLineIsTheDayInTheVenueZoneNotInUtc() {
        // 18:30 UTC on the 14th is already the 15th in Jayapura (WIT, UTC+9)
        Instant i = Instant.parse("2023-03-14T18:30:00Z");
        assertEquals("Rabu, 15 Maret 2023, 03.30 WIT", IndonesianTime.dateTime(i, IndonesianTime.WIT, ID));
    }

    @Test
    void provinceZonesFollowTheRegulation() {
        assertEquals(IndonesianTime.WIB, IndonesianTime.zoneOfProvince("13"));
        assertEquals(IndonesianTime.WIB, IndonesianTime.zoneOfProvince("13.75"));
        assertEquals(IndonesianTime.WIB, IndonesianTime.zoneOfProvince("33.04"));
        assertEquals(IndonesianTime.WIB, IndonesianTime.zoneOfProvince("62"));
        assertEquals(IndonesianTime.WITA, IndonesianTime.zoneOfProvince("64.71"));
        assertEquals(IndonesianTime.WITA, IndonesianTime.zoneOfProvince("51"));
        assertEquals(IndonesianTime.WITA, IndonesianTime.zoneOfProvince("76"));
        assertEquals(IndonesianTime.WIT, IndonesianTime.zoneOfProvince("81"));
        assertEquals(IndonesianTime.WIT, IndonesianTime.zoneOfProvince("96"));
        assertThrows(IllegalArgumentException.class, () -> IndonesianTime.zoneOfProvince("99"));
        assertThrows(IllegalArgumentException.class, () -> IndonesianTime.zoneOfProvince("20"));
        assertEquals("WITA", IndonesianTime.zoneName(IndonesianTime.WITA));
    }
}
