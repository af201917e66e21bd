package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A NIK is ciphertext at rest, and a key rotation moves every stored NIK to the current key. The
 * test server runs with the current key k2 and the retired key k1 (arquillian.xml); the test
 * stores one NIK under k1 itself, the way an older installation left it, and reads the database
 * directly, as an attacker with a copy of it would.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PersonalDataIT {

    /** The retired key k1 of the test server (the demo key, arquillian.xml). */
    private static final byte[] K1 = "sirakor-demo-key-not-for-prod-32".getBytes(StandardCharsets.US_ASCII);
    private static final String NIK = "1375015708910002";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void aNikIsCiphertextAtRestAndTheRotationMovesItToTheCurrentKey() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient admin = new ApiClient(base, TestData.jdbcToken("admin"));
        long eventId = TestData.publishedEvent(sumbar, "Sosialisasi uji data pribadi", "2032-06-17", 20);
        String slug = sumbar.get("/api/v1/events/" + eventId).object().getString("slug");
        var reg = new ApiClient(base, null).postWithKey("/api/v1/public/events/" + slug + "/registrations",
                "{\"name\":\"Rahmawati\",\"idKind\":\"NIK\",\"idNumber\":\"" + NIK + "\",\"institutionName\":\"Kelurahan Uji\","
                        + "\"phone\":\"081266554433\",\"email\":\"rahma@contoh.id\",\"consent\":true}", "it-pd-" + eventId);
        assertEquals(201, reg.status(), reg.body());
        long id = reg.object().getJsonNumber("id").longValue();

        String stored = column(id, "nik_cipher");
        assertTrue(stored.startsWith("k2:"), "under the current key: " + stored);
        assertFalse(stored.contains(NIK) || stored.contains(NIK.substring(0, 6)), "no digits of the NIK at rest: " + stored);
        assertEquals(null, column(id, "nip"));
        assertFalse(column(id, "person_key").contains(NIK), "the uniqueness key is a keyed hash, not the number");
        assertFalse(sumbar.get("/api/v1/events/" + eventId + "/participants").body().contains(NIK), "the list shows it masked");

        // as an older installation left it: under the retired key k1
        try (var c = TestData.db(); var s = c.prepareStatement("UPDATE registration SET nik_cipher = ? WHERE id = ?")) {
            s.setString(1, encryptUnderK1(NIK));
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }
        assertEquals(NIK, sumbar.post("/api/v1/events/" + eventId + "/participants/" + id + "/nik", "").object().getString("nik"),
                "a retired key still decrypts");
        var rotated = admin.post("/api/v1/admin/personal-data/reencrypt", "");
        assertEquals(200, rotated.status(), rotated.body());
        assertTrue(rotated.object().getInt("reencrypted") >= 1, rotated.body());
        String after = column(id, "nik_cipher");
        assertTrue(after.startsWith("k2:"), "moved to the current key: " + after);
        assertEquals(NIK, sumbar.post("/api/v1/events/" + eventId + "/participants/" + id + "/nik", "").object().getString("nik"));
        assertEquals(0, admin.post("/api/v1/admin/personal-data/reencrypt", "").object().getInt("reencrypted"), "safe to repeat");
        // the same person cannot register twice, also after the rotation (the index key does not rotate)
        var again = new ApiClient(base, null).postWithKey("/api/v1/public/events/" + slug + "/registrations",
                "{\"name\":\"Rahmawati\",\"idKind\":\"NIK\",\"idNumber\":\"" + NIK + "\",\"institutionName\":\"Kelurahan Uji\","
                        + "\"phone\":\"081266554433\",\"email\":\"rahma@contoh.id\",\"consent\":true}", "it-pd2-" + eventId);
        assertEquals(409, again.status(), again.body());
    }

    private static String column(long id, String column) throws Exception {
        try (var c = TestData.db(); var s = c.prepareStatement("SELECT " + column + " FROM registration WHERE id = ?")) {
            s.setLong(1, id);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The stored format of PersonalDataCipher: "k1:" + Base64(nonce ‖ AES-256-GCM(ciphertext ‖ tag)), the key id as AAD. */
    private static String encryptUnderK1(String plain) throws Exception {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(K1, "AES"), new GCMParameterSpec(128, nonce));
        c.updateAAD("k1".getBytes(StandardCharsets.US_ASCII));
        byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
        return "k1:" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + ct.length).put(nonce).put(ct).array());
    }
}
