package id.sirakor.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonNameTest {

    @Test
    void namesAsDocumentsPrintThem() {
        assertEquals("Dr. Hendra Gunawan, M.Si.", PersonName.format(null, "Dr.", "Hendra Gunawan", "M.Si."));
        assertEquals("AKP Dodi Purnomo", PersonName.format("AKP", null, "Dodi Purnomo", " "));
        assertEquals("Yulia Fitri", PersonName.format(null, "", " Yulia Fitri ", null));
    }

    @Test
    void aSentenceEndingWithATitleGetsNoSecondPeriod() {
        assertEquals("diwakili oleh Budi Santoso, S.E.", PersonName.endSentence("diwakili oleh Budi Santoso, S.E."));
        assertEquals("diwakili oleh Yulia Fitri.", PersonName.endSentence("diwakili oleh Yulia Fitri"));
    }
}
