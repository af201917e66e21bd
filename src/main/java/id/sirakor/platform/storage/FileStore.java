package id.sirakor.platform.storage;

import id.sirakor.platform.config.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Uploaded files (speaker materials now; later signed PDFs): stored outside the web root under
 * their SHA-256, never under the name the user gave, so a file name cannot traverse directories
 * or overwrite another file, and the same file uploaded twice is stored once.
 * Location: SIRAKOR_FILES_DIR (default ./data/files); on a cluster, a shared volume.
 */
@ApplicationScoped
public class FileStore {

    private Path root() {
        return Path.of(Settings.get("sirakor.files.dir", "SIRAKOR_FILES_DIR", "data/files")).toAbsolutePath();
    }

    /** Stores the bytes; returns their SHA-256 (hex), the key to read them back. */
    public String store(byte[] content) {
        String key = sha256(content);
        Path target = path(key);
        try {
            if (Files.exists(target)) {
                return key;
            }
            Files.createDirectories(target.getParent());
            Path tmp = Files.createTempFile(target.getParent(), "upload", ".tmp");
            Files.write(tmp, content);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    private Path path(String key) {
        if (!key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a content key");
        }
        return root().resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
