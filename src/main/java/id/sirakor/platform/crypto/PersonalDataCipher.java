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
 * AES-256-GCM, a fresh 96-bit nonce per value, stored as "<key id>:" + Base64(nonce ‖ ciphertext
 * ‖ tag), the key id also bound as associated data.
 * <p>Keys: SIRAKOR_DATA_KEY (Base64 of 32 bytes) encrypts, under the id SIRAKOR_DATA_KEY_ID
 * (default "k1"); SIRAKOR_DATA_KEYS_OLD ("k1:&lt;base64&gt;,k0:&lt;base64&gt;") lists retired keys that
 * still decrypt. Rotation (docs/operations.md): add the new key with a new id, move the old one to
 * SIRAKOR_DATA_KEYS_OLD, restart, run the re-encryption ({@link PersonalDataRotation}), then drop
 * the old key. {@link #index} gives a keyed HMAC for uniqueness checks without decrypting; its key
 * (SIRAKOR_INDEX_KEY, default: the first data key) does not rotate with the data key, so the
 * uniqueness of a NIK per event holds across a rotation.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final Logger LOG = Logger.getLogger(PersonalDataCipher.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] DEMO_KEY = "sirakor-demo-key-not-for-prod-32".getBytes(StandardCharsets.US_ASCII);

    private volatile Keys keys;

    /** The current key, its id, the retired keys by id, and the index key. */
    record Keys(String currentId, byte[] current, java.util.Map<String, byte[]> all, byte[] index) {
    }

    static byte[] decodeKey(String base64, String name) {
        byte[] k = Base64.getDecoder().decode(base64.trim());
        if (k.length != 32) {
            throw new IllegalStateException(name + " must be Base64 of exactly 32 bytes");
        }
        return k;
    }

    /** Reads the keys from configuration (package-private for tests). */
    static Keys load(String current, String currentId, String old, String index, boolean demo) {
        byte[] cur;
        if (current != null && !current.isBlank()) {
            cur = decodeKey(current, "SIRAKOR_DATA_KEY");
        } else if (demo) {
            LOG.warning("SIRAKOR_DATA_KEY is not set: using the fixed demo key. Never do this in production.");
            cur = DEMO_KEY;
        } else {
            throw new IllegalStateException("SIRAKOR_DATA_KEY is not set: personal data cannot be stored");
        }
        String id = currentId == null || currentId.isBlank() ? "k1" : currentId.trim();
        if (!id.matches("[a-z0-9]{1,8}")) {
            throw new IllegalStateException("SIRAKOR_DATA_KEY_ID must be 1-8 lower-case letters or digits");
        }
        java.util.Map<String, byte[]> all = new java.util.LinkedHashMap<>();
        all.put(id, cur);
        byte[] firstOld = null;
        if (old != null && !old.isBlank()) {
            for (String entry : old.split(",")) {
                int colon = entry.indexOf(':');
                if (colon < 1) {
                    throw new IllegalStateException("SIRAKOR_DATA_KEYS_OLD entries are id:base64");
                }
                byte[] k = decodeKey(entry.substring(colon + 1), "SIRAKOR_DATA_KEYS_OLD " + entry.substring(0, colon));
                all.putIfAbsent(entry.substring(0, colon).trim(), k);
                firstOld = firstOld == null ? k : firstOld;
            }
        }
        // the index key stays what it was when the first NIK was stored: by default the oldest data key
        byte[] idx = index != null && !index.isBlank() ? decodeKey(index, "SIRAKOR_INDEX_KEY") : firstOld != null ? firstOld : cur;
        return new Keys(id, cur, all, idx);
    }

    private Keys keys() {
        if (keys == null) {
            keys = load(Settings.get("sirakor.data.key", "SIRAKOR_DATA_KEY", null),
                    Settings.get("sirakor.data.key.id", "SIRAKOR_DATA_KEY_ID", "k1"),
                    Settings.get("sirakor.data.keys.old", "SIRAKOR_DATA_KEYS_OLD", null),
                    Settings.get("sirakor.index.key", "SIRAKOR_INDEX_KEY", null), Settings.demoMode());
        }
        return keys;
    }

    /** Package-private: a cipher with given keys (tests). */
    static PersonalDataCipher with(Keys k) {
        PersonalDataCipher c = new PersonalDataCipher();
        c.keys = k;
        return c;
    }

    public String encrypt(String plain) {
        Keys k = keys();
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(k.current(), "AES"), new GCMParameterSpec(128, nonce));
            c.updateAAD(k.currentId().getBytes(StandardCharsets.US_ASCII));
            byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return k.currentId() + ":" + Base64.getEncoder().encodeToString(ByteBuffer.allocate(12 + ct.length).put(nonce).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when a stored value is under a key other than the current one (it needs re-encryption). */
    public boolean isStale(String stored) {
        return stored != null && !stored.startsWith(keys().currentId() + ":");
    }

    public String decrypt(String stored) {
        int colon = stored == null ? -1 : stored.indexOf(':');
        byte[] key = colon < 1 ? null : keys().all().get(stored.substring(0, colon));
        if (key == null) {
            throw new IllegalArgumentException("unknown key id: configure the retired key in SIRAKOR_DATA_KEYS_OLD");
        }
        String id = stored.substring(0, colon);
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, all, 0, 12));
            c.updateAAD(id.getBytes(StandardCharsets.US_ASCII));
            return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("personal data could not be decrypted (wrong key or tampered)", e);
        }
    }

    /** HMAC-SHA256 of a value under the data key: equal inputs give equal indexes, nothing else leaks. */
    public String index(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys().index(), "HmacSHA256"));
            mac.update("sirakor-person-index:".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
