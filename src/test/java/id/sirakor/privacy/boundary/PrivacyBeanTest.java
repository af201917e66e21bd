package id.sirakor.privacy.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrivacyBeanTest {

    @Test
    void csvCellsThatLookLikeFormulasAreQuotedAndSeparatorsEscaped() {
        assertEquals("", PrivacyBean.cell(null));
        assertEquals("sumbar.sekretariat", PrivacyBean.cell("sumbar.sekretariat"));
        assertEquals("'=HYPERLINK(1)", PrivacyBean.cell("=HYPERLINK(1)"));
        assertEquals("'+62", PrivacyBean.cell("+62"));
        assertEquals("\"Rakor; Uji \"\"A\"\"\"", PrivacyBean.cell("Rakor; Uji \"A\""));
    }
}
