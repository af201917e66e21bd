package id.sirakor.platform.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String K1 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    private static final String K2 = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
    private static final String NIK = "1306054107900003";

    @Test
    void encryptsWithANonceAndTheKeyIdAndDecryptsBack() {
        PersonalDataCipher c = PersonalDataCipher.with(PersonalDataCipher.load(K1, "k1", null, null, false));
        String a = c.encrypt(NIK);
        String b = c.encrypt(NIK);
        assertTrue(a.startsWith("k1:"), a);
        assertNotEquals(a, b, "a fresh nonce each time");
        assertFalse(a.contains(NIK));
        assertEquals(NIK, c.decrypt(a));
    }

    @Test
    void aTamperedValueIsRefused() {
        PersonalDataCipher c = PersonalDataCipher.with(PersonalDataCipher.load(K1, "k1", null, null, false));
        String a = c.encrypt(NIK);
        byte[] raw = Base64.getDecoder().decode(a.substring(3));
        raw[raw.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> c.decrypt("k1:" + Base64.getEncoder().encodeToString(raw)));
    }

    @Test
    void afterARotationOldValuesStillDecryptNewOnesUseTheNewKeyAndTheIndexStaysTheSame() {
        PersonalDataCipher before = PersonalDataCipher.with(PersonalDataCipher.load(K1, "k1", null, null, false));
        String old = before.encrypt(NIK);
        String oldIndex = before.index("NIK:" + NIK);

        PersonalDataCipher after = PersonalDataCipher.with(PersonalDataCipher.load(K2, "k2", "k1:" + K1, null, false));
        assertEquals(NIK, after.decrypt(old), "the retired key still decrypts");
        assertTrue(after.isStale(old));
        String fresh = after.encrypt(NIK);
        assertTrue(fresh.startsWith("k2:"), fresh);
        assertFalse(after.isStale(fresh));
        assertEquals(oldIndex, after.index("NIK:" + NIK), "the uniqueness index survives the rotation");

        PersonalDataCipher withoutOld = PersonalDataCipher.with(PersonalDataCipher.load(K2, "k2", null, K1, false));
        assertThrows(IllegalArgumentException.class, () -> withoutOld.decrypt(old), "a dropped key no longer decrypts");
        assertEquals(oldIndex, withoutOld.index("NIK:" + NIK), "SIRAKOR_INDEX_KEY keeps the index");
    }

    @Test
    void badConfigurationIsRefusedAtOnce() {
        assertThrows(IllegalStateException.class, () -> PersonalDataCipher.load(null, "k1", null, null, false));
        assertThrows(IllegalStateException.class, () -> PersonalDataCipher.load("c2hvcnQ=", "k1", null, null, false));
        assertThrows(IllegalStateException.class, () -> PersonalDataCipher.load(K1, "K 1", null, null, false));
    }
}
