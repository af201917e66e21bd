package id.sirakor.platform.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LetterNumbersTest {

    private static final LocalDate MARCH_2027 = LocalDate.of(2027, 3, 1);

    @Test
    void bawasluPatternGivesTheNumberAsWrittenOnTheLetter() {
        assertEquals("7/PM.00.02/K.SB/III/2027",
                LetterNumbers.format("{seq}/PM.00.02/K.SB/{month-roman}/{year}", 7, MARCH_2027, null));
    }

    @Test
    void counterIsPaddedToTheGivenWidthButNeverCut() {
        String pattern = "{seq:3}/{unit}/{month}/{year}";
        assertEquals("007/K.SB/03/2027", LetterNumbers.format(pattern, 7, MARCH_2027, "K.SB"));
        assertEquals("123/K.SB/03/2027", LetterNumbers.format(pattern, 123, MARCH_2027, "K.SB"));
        assertEquals("1234/K.SB/03/2027", LetterNumbers.format(pattern, 1234, MARCH_2027, "K.SB"));
        assertEquals("0001-2027", LetterNumbers.format("{seq:4}-{year}", 1, MARCH_2027, null));
    }

    @Test
    void everyMonthHasItsRomanNumeral() {
        String[] expected = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        for (int m = 1; m <= 12; m++) {
            assertEquals("1/" + expected[m - 1] + "/2027",
                    LetterNumbers.format("{seq}/{month-roman}/{year}", 1, LocalDate.of(2027, m, 15), null));
            assertEquals(expected[m - 1], LetterNumbers.romanMonth(m));
        }
        assertEquals("1/12/2027", LetterNumbers.format("{seq}/{month}/{year}", 1, LocalDate.of(2027, 12, 31), null));
    }

    @Test
    void patternWithoutCounterOrYearIsRefused() {
        IllegalArgumentException noSeq = assertThrows(IllegalArgumentException.class,
                () -> LetterNumbers.validate("PM.00.02/{month-roman}/{year}"));
        assertTrue(noSeq.getMessage().contains("{seq}"), noSeq.getMessage());
        IllegalArgumentException noYear = assertThrows(IllegalArgumentException.class,
                () -> LetterNumbers.validate("{seq}/PM.00.02/{month-roman}"));
        assertTrue(noYear.getMessage().contains("{year}"), noYear.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LetterNumbers.validate(" "));
        assertThrows(IllegalArgumentException.class, () -> LetterNumbers.validate(null));
    }

    @Test
    void unknownTokenIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> LetterNumbers.validate("{seq}/{bulan}/{year}"));
        assertTrue(e.getMessage().contains("{bulan}"), e.getMessage());
        IllegalArgumentException pad = assertThrows(IllegalArgumentException.class,
                () -> LetterNumbers.validate("{seq:x}/{year}"));
        assertTrue(pad.getMessage().contains("{seq:x}"), pad.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LetterNumbers.validate("{seq:0}/{year}"));
        assertThrows(IllegalArgumentException.class, () -> LetterNumbers.validate("{seq}/{year"));
        assertThrows(IllegalArgumentException.class, () -> LetterNumbers.validate("{seq}/year}"));
    }

    @Test
    void unitTokenNeedsAUnitCodeAndTheCounterStartsAtOne() {
        assertThrows(IllegalArgumentException.class,
                () -> LetterNumbers.format("{seq}/{unit}/{year}", 1, MARCH_2027, " "));
        assertThrows(IllegalArgumentException.class,
                () -> LetterNumbers.format("{seq}/{year}", 0, MARCH_2027, null));
    }
}
