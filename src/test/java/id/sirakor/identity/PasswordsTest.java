package id.sirakor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.control.PasswordPolicy;
import id.sirakor.platform.error.BusinessException;
import org.junit.jupiter.api.Test;

class PasswordsTest {

    @Test
    void hashIsSaltedSlowPbkdf2AndVerifies() {
        String h1 = PasswordHasher.hash("rahasia2026x".toCharArray());
        String h2 = PasswordHasher.hash("rahasia2026x".toCharArray());
        assertNotEquals(h1, h2, "a fresh salt each time");
        assertTrue(h1.startsWith("PBKDF2WithHmacSHA512:210000:"));
        assertTrue(PasswordHasher.verify("rahasia2026x".toCharArray(), h1));
        assertFalse(PasswordHasher.verify("rahasia2026y".toCharArray(), h1));
        assertFalse(PasswordHasher.verify("rahasia2026x".toCharArray(), null));
        assertFalse(PasswordHasher.needsRehash(h1));
        assertTrue(PasswordHasher.needsRehash(h1.replace(":210000:", ":1000:")));
    }

    @Test
    void policyNamesTheRuleThatIsBroken() {
        assertEquals("password.tooShort", key(() -> PasswordPolicy.check("p", "dwi", "abc123")));
        assertEquals("password.lettersAndDigits", key(() -> PasswordPolicy.check("p", "dwi", "abcdefghijkl")));
        assertEquals("password.lettersAndDigits", key(() -> PasswordPolicy.check("p", "dwi", "1234567890123")));
        assertEquals("password.containsUsername", key(() -> PasswordPolicy.check("p", "santoso", "Santoso2026abc")));
        assertEquals("p", field(() -> PasswordPolicy.check("p", "dwi", "short1")));
        PasswordPolicy.check("p", "dwi", "Banjarnegara2026");
    }

    private static String key(Runnable r) {
        return assertThrows(BusinessException.class, r::run).key();
    }

    private static String field(Runnable r) {
        return assertThrows(BusinessException.class, r::run).field();
    }
}
