package id.sirakor.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateConverterTest {

    @Test
    void aDayThatDoesNotExistIsNotADate() {
        assertNull(DateConverter.parse("31-02-2027"), "not 28 February");
        assertNull(DateConverter.parse("29-02-2027"));
        assertNull(DateConverter.parse("31-04-2027"));
        assertNull(DateConverter.parse("00-01-2027"));
        assertNull(DateConverter.parse("15-13-2027"));
        assertNull(DateConverter.parse("15 Maret 2027"));
        assertNull(DateConverter.parse("2027-03-15"), "the year comes last, as Indonesians write it");
    }

    @Test
    void datesAsPeopleTypeThem() {
        assertEquals(LocalDate.of(2028, 2, 29), DateConverter.parse("29-02-2028"), "a leap year");
        assertEquals(LocalDate.of(2027, 3, 5), DateConverter.parse("5-3-2027"));
        assertEquals(LocalDate.of(2027, 3, 5), DateConverter.parse("05/03/2027"));
        assertEquals(LocalDate.of(2027, 3, 5), DateConverter.parse(" 05.03.2027 "));
    }
}
