package id.sirakor.onsite.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The wa.me links: the phone normalized to 62…, the text URL-encoded so that WhatsApp reads it back unchanged. */
class WhatsAppMessagesTest {

    private static final String TEXT = "Yth. Dra. Hj. Rahmi Yusnita, M.Si., jadwal Rakor BERUBAH menjadi: Kamis, 16 Agustus 2029,"
            + " 09.00\u201316.00 WIB; Grand Rocky Hotel & Ballroom.\nTiket: https://sirakor.example/p/registration.xhtml?t=a+b/c=d#x";

    @Test
    void everyWayOfWritingAMobileNumberGivesTheSameLink() {
        String expected = WhatsAppMessages.link("+6281234567890", "x");
        assertEquals("https://wa.me/6281234567890?text=x", expected);
        for (String phone : new String[] {"081234567890", "0812-3456-7890", "0812 3456 7890", "(0812) 3456.7890", "6281234567890",
                "81234567890", " +62 812 3456 7890 "}) {
            assertEquals(expected, WhatsAppMessages.link(phone, "x"), phone);
        }
    }

    @Test
    void noLinkWithoutAValidMobileNumber() {
        for (String phone : new String[] {null, "", "   ", "-", "0751 123456", "(0286) 591234", "12345", "0812", "08123456789012345",
                "+1 415 555 0100", "0812-3456-789O", "javascript:alert(1)"}) {
            assertNull(WhatsAppMessages.link(phone, "x"), String.valueOf(phone));
        }
    }

    @Test
    void theTextIsEncodedSoItDecodesToItself() {
        String link = WhatsAppMessages.link("0813 7700 1122", TEXT);
        assertTrue(link.startsWith("https://wa.me/6281377001122?text="), link);
        String query = link.substring(link.indexOf("?text=") + 6);
        // nothing that would end or split the query: spaces as %20 (WhatsApp shows a literal '+'), no raw & # ? = or newline
        assertTrue(query.matches("[A-Za-z0-9%._~*-]*"), query);
        assertTrue(query.contains("%20") && !query.contains("+"), query);
        assertEquals(TEXT, URLDecoder.decode(query, StandardCharsets.UTF_8));
        URI uri = URI.create(link); // a valid URI as it stands
        assertEquals("wa.me", uri.getHost());
        assertEquals("/6281377001122", uri.getPath());
    }
}
