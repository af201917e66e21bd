package id.sirakor.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.region.control.RegionSearch;
import id.sirakor.region.entity.RegionLevel;
import org.junit.jupiter.api.Test;

class RegionSearchTest {

    @Test
    void wordPrefixRanksBeforeContains() {
        RegionSearch s = new RegionSearch("  Bukit ");
        assertEquals(0, s.rank("kota bukittinggi"));
        assertEquals(0, s.rank("bukit raya"));
        assertEquals(1, s.rank("tabukit"));
        assertEquals(-1, s.rank("padang"));
        assertEquals("%bukit%", s.contains());
        assertEquals("bukit%", s.prefix());
        assertEquals("% bukit%", s.wordPrefix());
    }

    @Test
    void wildcardsAreEscapedAndCodesRecognised() {
        assertEquals("%50!%!_x%", new RegionSearch("50%_x").contains());
        assertTrue(new RegionSearch("33.04").isCode());
        assertTrue(new RegionSearch("13.7").isCode());
        assertFalse(new RegionSearch("bukit").isCode());
        assertTrue(new RegionSearch(" ").isEmpty());
    }

    @Test
    void limitIsCapped() {
        assertEquals(20, RegionSearch.limit(null));
        assertEquals(50, RegionSearch.limit(500));
        assertEquals(7, RegionSearch.limit(7));
    }

    @Test
    void levelFollowsTheCode() {
        assertEquals(RegionLevel.PROVINCE, RegionLevel.ofCode("13"));
        assertEquals(RegionLevel.REGENCY, RegionLevel.ofCode("13.75"));
        assertEquals(RegionLevel.DISTRICT, RegionLevel.ofCode("13.75.01"));
        assertEquals(RegionLevel.VILLAGE, RegionLevel.ofCode("13.75.01.1001"));
    }
}
