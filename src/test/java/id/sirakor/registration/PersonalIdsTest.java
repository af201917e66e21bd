package id.sirakor.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.registration.control.PersonalIds;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonalIdsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Set<String> DISTRICTS = Set.of("13.75.01", "33.04.01");

    private static String nipKey(String nip) {
        return assertThrows(BusinessException.class, () -> PersonalIds.checkNip("nip", nip, TODAY)).key();
    }

    private static String nikKey(String nik) {
        return assertThrows(BusinessException.class, () -> PersonalIds.checkNik("nik", nik, TODAY, DISTRICTS::contains)).key();
    }

    @Test
    void aValidNipIsAcceptedWithTheSpacesPeopleType() {
        assertEquals("198004122005011003", PersonalIds.checkNip("nip", "19800412 200501 1 003", TODAY));
        assertEquals("19800412 200501 1 003", PersonalIds.formatNip("198004122005011003"));
        assertEquals("199503302021122001", PersonalIds.checkNip("nip", "199503302021122001", TODAY));
    }

    @Test
    void eachWrongPartOfANipHasItsOwnMessage() {
        assertEquals("nip.digits", nipKey("19800412A005011003"));
        assertEquals("nip.length", nipKey("1980041220050110"));
        assertEquals("nip.birthDate", nipKey("198013122005011003"));
        assertEquals("nip.appointment", nipKey("198004122005131003"));
        assertEquals("nip.appointment", nipKey("198004121990011003"), "appointed before 17");
        assertEquals("nip.gender", nipKey("198004122005013003"));
        assertEquals("nip.sequence", nipKey("198004122005011000"));
    }

    @Test
    void nikChecksDistrictBirthDateAndWomenDayPlusForty() {
        assertEquals("1375015204900003", PersonalIds.checkNik("nik", "1375 0152 0490 0003", TODAY, DISTRICTS::contains));
        assertEquals("nik.region", nikKey("9999011204900003"));
        assertEquals("nik.birthDate", nikKey("1375013213900003"));
        assertEquals("nik.birthDate", nikKey("1375017204900003"), "day 72 - 40 = 32");
        assertEquals("nik.length", nikKey("137501120490003"));
        assertEquals("nik.sequence", nikKey("1375011204900000"));
        assertEquals("1375\u2022\u2022\u2022\u2022\u2022\u2022\u2022\u20220003", PersonalIds.maskNik("1375015204900003"));
    }

    @Test
    void aNikBornAfterTodayIsRefusedAndTheTwoDigitYearIsReadAsDukcapilDoes() {
        // today is 23 November 2026: 15 Dec 26 has not come yet; 15 Dec 27 is 1927
        assertEquals("nik.birthDateFuture", nikKey("1375011512260003"));
        assertEquals("nik.birthDateFuture", nikKey("1375015512260003"), "a woman's day + 40, still in the future");
        assertEquals("1375011511260003", PersonalIds.checkNik("nik", "1375011511260003", TODAY, DISTRICTS::contains), "born last week");
        assertEquals("1375011512270003", PersonalIds.checkNik("nik", "1375011512270003", TODAY, DISTRICTS::contains), "born 1927");
    }
}
