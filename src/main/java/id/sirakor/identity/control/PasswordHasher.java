package id.sirakor.identity.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA512 with 210,000 iterations and a 32-byte salt (OWASP Password Storage Cheat
 * Sheet, 2023), stored as "PBKDF2WithHmacSHA512:iterations:salt:hash" (Base64), the format of
 * Jakarta Security's Pbkdf2PasswordHash. Iterations are part of the stored value, so raising
 * them later re-hashes each password at its next successful login.
 */
public final class PasswordHasher {

    public static final String ALGORITHM = "PBKDF2WithHmacSHA512";
    public static final int ITERATIONS = 210_000;
    private static final int SALT_BYTES = 32;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Compared against when the user does not exist, so timing does not reveal usernames. */
    private static final String DUMMY = hashWith("not-a-password".toCharArray(), ITERATIONS);

    private PasswordHasher() {
    }

    public static String hash(char[] password) {
        return hashWith(password, ITERATIONS);
    }

    static String hashWith(char[] password, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] key = derive(password, salt, iterations, KEY_BITS);
        Base64.Encoder b64 = Base64.getEncoder();
        return ALGORITHM + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(key);
    }

    public static boolean verify(char[] password, String stored) {
        if (stored == null) {
            verify(password, DUMMY);
            return false;
        }
        String[] parts = stored.split(":");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return false;
        }
        int iterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        byte[] actual = derive(password, salt, iterations, expected.length * 8);
        return MessageDigest.isEqual(expected, actual);
    }

    /** True when the stored hash was made with weaker settings than today's. */
    public static boolean needsRehash(String stored) {
        String[] parts = stored.split(":");
        return parts.length != 4 || !ALGORITHM.equals(parts[0]) || Integer.parseInt(parts[1]) < ITERATIONS;
    }

    /** A random secret of {@code bytes} bytes, URL-safe Base64 (API tokens, personal and operator links). */
    public static String newSecret(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** For plain-text secrets of high entropy (API tokens, secret links): SHA-256 is enough. */
    public static String sha256Hex(String secret) {
        try {
            return java.util.HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (InvalidKeySpecException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
