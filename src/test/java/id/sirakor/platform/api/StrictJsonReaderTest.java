package id.sirakor.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.registration.control.RegistrationService;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reader refuses what JSON-B would accept silently or fail on with a 500. */
class StrictJsonReaderTest {

    private static final String OK = "{\"name\":\"Sri Rahayu\",\"idKind\":\"NIP\",\"idNumber\":\"198505172010012004\",\"institutionId\":7,"
            + "\"phone\":\"081277001234\",\"email\":\"sri@contoh.go.id\",\"consent\":true}";

    /** The reader's checks up to binding (JSON-B and the JAX-RS runtime exist only in the server; HardeningIT covers the rest). */
    private static Object read(byte[] body) {
        jakarta.json.JsonValue v = StrictJsonReader.parse(StrictJsonReader.decode(body));
        StrictJsonReader.check(v, RegistrationService.Form.class, null);
        return v;
    }

    private static BusinessException refused(String body) {
        return assertThrows(BusinessException.class, () -> read(body.getBytes(StandardCharsets.UTF_8)), body);
    }

    @Test
    void aCleanBodyPasses() {
        read(OK.getBytes(StandardCharsets.UTF_8));
        read(OK.replace("\"institutionId\":7", "\"institutionId\":7.0").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void wrongTypesNameTheField() {
        for (String v : new String[] {"1.5", "\"abc\"", "\"7\"", "true", "[]", "{}", "1e400", "99999999999999999999"}) {
            BusinessException e = refused(OK.replace("\"institutionId\":7", "\"institutionId\":" + v));
            assertEquals("institutionId", e.field(), v);
            assertEquals("error.json.type", e.key(), v);
        }
        assertEquals("consent", refused(OK.replace("\"consent\":true", "\"consent\":\"yes\"")).field());
        assertEquals("consent", refused(OK.replace("\"consent\":true", "\"consent\":null")).field());
        assertEquals("name", refused(OK.replace("\"Sri Rahayu\"", "42")).field());
    }

    @Test
    void syntaxEncodingAndShapeAreRefused() throws Exception {
        assertEquals("error.json.type", refused("null").key());
        assertEquals("error.json.type", refused("[]").key());
        assertEquals("error.json.type", refused("\"x\"").key());
        assertEquals("error.json.type", refused("1").key());
        assertEquals("error.json.syntax", refused("{\"name\":NaN}").key());
        assertEquals("error.json.syntax", refused("{\"name\":").key());
        String trailing = refused(OK + "garbage").key();
        assertEquals(true, trailing.equals("error.json.trailing") || trailing.equals("error.json.syntax"), trailing);
        assertEquals("error.json.depth", refused("{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}").key());
        assertEquals("validation.control", refused(OK.replace("Sri Rahayu", "Sri\\u0000Rahayu")).key());
        assertEquals("error.json.encoding", refused(OK.replace("Sri Rahayu", "Sri\\ud800")).key());
        byte[] bom = ("\uFEFF" + OK).getBytes(StandardCharsets.UTF_8);
        assertEquals("error.json.encoding", assertThrows(BusinessException.class, () -> read(bom)).key());
        byte[] bad = OK.getBytes(StandardCharsets.UTF_8);
        bad[10] = (byte) 0xFF;
        assertEquals("error.json.encoding", assertThrows(BusinessException.class, () -> read(bad)).key());
        assertEquals("error.json.empty", assertThrows(BusinessException.class, () -> read(new byte[0])).key());
    }
}
