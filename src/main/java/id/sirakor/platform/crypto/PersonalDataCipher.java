package id.sirakor.platform.crypto;

import id.sirakor.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticated encryption of personal data at rest (NIK; UU 27/2022 Pelindungan Data Pribadi):
 * AES-256-GCM, a fresh 96-bit nonce per value, stored as "k1:" + Base64(nonce ‖ ciphertext ‖ tag).
 * The key comes from SIRAKOR_DATA_KEY (Base64 of 32 bytes); the "k1" prefix names the key so a
 * rotation can decrypt old values with the previous key (docs/operations.md, key rotation).
 * {@link #index} gives a keyed HMAC for uniqueness checks without decrypting.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final Logger LOG = Logger.getLogger(PersonalDataCipher.class.getName());
    private static final String KEY_ID = "k1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private volatile byte[] key;

    private byte[] key() {
        if (key == null) {
            String configured = Settings.get("sirakor.data.key", "SIRAKOR_DATA_KEY", null);
            if (configured != null) {
                byte[] k = Base64.getDecoder().decode(configured.trim());
                if (k.length != 32) {
                    throw new IllegalStateException("SIRAKOR_DATA_KEY must be Base64 of exactly 32 bytes");
                }
                key = k;
            } else if (Settings.demoMode()) {
                LOG.warning("SIRAKOR_DATA_KEY is not set: using the fixed demo key. Never do this in production.");
                key = "sirakor-demo-key-not-for-prod-32".getBytes(StandardCharsets.US_ASCII);
            } else {
                throw new IllegalStateException("SIRAKOR_DATA_KEY is not set: personal data cannot be stored");
            }
        }
        return key;
    }

    public String encrypt(String plain) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(KEY_ID.getBytes(StandardCharsets.US_ASCII));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return KEY_ID + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + ct.length).put(nonce).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(KEY_ID + ":")) {
            throw new IllegalArgumentException("unknown key id");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(KEY_ID.length() + 1));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key(), "AES"), new GCMParameterSpec(128, all, 0, 12));
            c.updateAAD(KEY_ID.getBytes(StandardCharsets.US_ASCII));
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be decrypted (wrong key or tampered)", e);
        }
    }

    /** HMAC-SHA256 of a value under the data key: equal inputs give equal indexes, nothing else leaks. */
    public String index(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            mac.update("sirakor-person-index:".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
