package id.sirakor.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.registration.control.RegistrationService;
import jakarta.validation.constraints.Size;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** One constraint source: the form's maximum lengths are the columns' sizes, and violations name the field. */
class FormRulesTest {

    @Test
    void everyTextFieldOfTheFormIsBoundedByItsColumn() throws Exception {
        String sql = Files.readString(Path.of("src/main/resources/db/migration/V6__registration.sql"));
        String table = sql.substring(sql.indexOf("CREATE TABLE registration"));
        Map<String, Integer> columns = new HashMap<>();
        Matcher m = Pattern.compile("\\n\\s+(\\w+)\\s+(?:VARCHAR|CHAR)\\((\\d+)\\)").matcher(table.substring(0, table.indexOf(");")));
        while (m.find()) {
            columns.put(m.group(1), Integer.parseInt(m.group(2)));
        }
        for (RecordComponent c : RegistrationService.Form.class.getRecordComponents()) {
            if (c.getType() != String.class) {
                continue;
            }
            Size size = c.getAccessor().getAnnotation(Size.class);
            if (size == null) {
                size = RegistrationService.Form.class.getDeclaredField(c.getName()).getAnnotation(Size.class);
            }
            assertNotNull(size, c.getName() + " has no maximum length");
            String column = c.getName().replaceAll("([A-Z])", "_$1").toLowerCase();
            Integer width = columns.get(column);
            if (width != null) {
                assertEquals(width.intValue(), size.max(), c.getName() + " against column " + column);
            } else {
                // idNumber (nip 18 / nik cipher) and phone (normalised to 20) are checked by their own rules after this bound
                assertTrue(size.max() <= 30, c.getName() + " is bounded");
            }
        }
    }

    @Test
    void controlCharactersAndFormulasAreRefused() {
        SingleLine.Check line = new SingleLine.Check();
        for (String bad : new String[] {"Sri\u0000Rahayu", "Sri\nRahayu", "Sri\u0085", "Sri\uFFFD", "Sri\uD800x", "Sri\tR"}) {
            assertTrue(!line.isValid(bad, null), bad);
        }
        assertTrue(line.isValid("Dr. Sri Rahayu-Putri, S.E. \uD83D\uDE00", null));
        NoFormula.Check formula = new NoFormula.Check();
        for (String bad : new String[] {"=HYPERLINK(\"http://x\")", "+62 SUM(A1)", "@SUM(1)", "-2+3", " =1"}) {
            assertTrue(!formula.isValid(bad, null), bad);
        }
        assertTrue(formula.isValid("Dr. Sri Rahayu-Putri, S.E.", null));
    }
}
