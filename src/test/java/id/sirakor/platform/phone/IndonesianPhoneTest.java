package id.sirakor.platform.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndonesianPhoneTest {

    @Test
    void mobileNumbersBecomeE164() {
        assertEquals(Optional.of("+6281234567890"), IndonesianPhone.mobile("0812-3456-7890"));
        assertEquals(Optional.of("+6281234567890"), IndonesianPhone.mobile("+62 812 3456 7890"));
        assertEquals(Optional.of("+6281234567890"), IndonesianPhone.mobile("6281234567890"));
        assertEquals(Optional.of("+62812345678"), IndonesianPhone.mobile("0812345678"), "10 digits is the shortest");
        assertEquals(Optional.of("+62812345678901"), IndonesianPhone.mobile("0812345678901"), "13 digits the longest");
        assertEquals(Optional.of("+6281234567890"), IndonesianPhone.mobile("81234567890"), "zero dropped by a spreadsheet");
    }

    @Test
    void badMobileNumbersAreRefused() {
        assertTrue(IndonesianPhone.mobile("081234567").isEmpty(), "9 digits");
        assertTrue(IndonesianPhone.mobile("08123456789012").isEmpty(), "14 digits");
        assertTrue(IndonesianPhone.mobile("(0286) 591234").isEmpty(), "a fixed line is not a mobile");
        assertTrue(IndonesianPhone.mobile("+6012345678").isEmpty());
        assertTrue(IndonesianPhone.mobile("0812abc4567").isEmpty());
        assertTrue(IndonesianPhone.mobile(null).isEmpty());
    }

    @Test
    void fixedLinesAreAcceptedWhereAnyNumberIs() {
        assertEquals(Optional.of("+62286591234"), IndonesianPhone.any("(0286) 591234"));
        assertEquals(Optional.of("+62217982543"), IndonesianPhone.any("021-7982543"));
        assertEquals(Optional.of("+6281234567890"), IndonesianPhone.any("081234567890"));
        assertTrue(IndonesianPhone.any("12345").isEmpty());
    }

    @Test
    void displayUsesTheNationalForm() {
        assertEquals("0812-3456-7890", IndonesianPhone.display("+6281234567890"));
        assertEquals("0286591234", IndonesianPhone.display("+62286591234"));
    }
}
