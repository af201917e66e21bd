package id.sirakor.platform.storage;

import id.sirakor.platform.config.Settings;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import javax.sql.DataSource;

/**
 * Uploaded files and generated documents: stored under their SHA-256, never under the name the
 * user gave, so a file name cannot traverse directories or overwrite another file, and the same
 * file uploaded twice is stored once.
 * <p>
 * Two stores behind the same API, chosen by {@code SIRAKOR_FILES_STORE}:
 * <ul>
 * <li>{@code dir} (default, one server): files under {@code SIRAKOR_FILES_DIR} (default ./data/files);</li>
 * <li>{@code db} (a cluster, docs/adr/0098-cluster-jobs-and-shared-state.md): in the tables
 * {@code stored_file} and {@code stored_file_chunk} (V97), cut into chunks of {@link #CHUNK} bytes
 * so that no statement comes near {@code max_allowed_packet}. A store inside the caller's
 * transaction commits or rolls back with it.</li>
 * </ul>
 */
@ApplicationScoped
public class FileStore {

    /** Bytes per database chunk: 1 MiB, far below max_allowed_packet (16 MiB on MariaDB 10.11). */
    public static final int CHUNK = 1 << 20;

    @Resource(lookup = "java:jboss/datasources/SirakorDS")
    DataSource dataSource;

    /** "db" or "dir". */
    static String mode() {
        return "db".equalsIgnoreCase(Settings.get("sirakor.files.store", "SIRAKOR_FILES_STORE", "dir").trim()) ? "db" : "dir";
    }

    private Path root() {
        return Path.of(Settings.get("sirakor.files.dir", "SIRAKOR_FILES_DIR", "data/files")).toAbsolutePath();
    }

    /** Stores the bytes; returns their SHA-256 (hex), the key to read them back. */
    public String store(byte[] content) {
        String key = sha256(content);
        if ("db".equals(mode())) {
            storeInDatabase(key, content);
            return key;
        }
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
        if ("db".equals(mode())) {
            checkKey(key);
            return openFromDatabase(key);
        }
        return Files.newInputStream(path(key));
    }

    private void storeInDatabase(String key, byte[] content) {
        int chunks = Math.max(1, (content.length + CHUNK - 1) / CHUNK);
        try (Connection c = dataSource.getConnection()) {
            if (exists(c, key)) {
                return;
            }
            try (PreparedStatement head = c.prepareStatement(
                    "INSERT INTO stored_file (sha256, size_bytes, chunks, created_at) VALUES (?, ?, ?, ?)")) {
                head.setString(1, key);
                head.setLong(2, content.length);
                head.setInt(3, chunks);
                head.setTimestamp(4, Timestamp.from(Instant.now()));
                head.executeUpdate();
            } catch (SQLException e) {
                if (isDuplicate(e)) {
                    return; // the same content stored at the same moment by another request or node
                }
                throw e;
            }
            try (PreparedStatement part = c.prepareStatement(
                    "INSERT INTO stored_file_chunk (sha256, seq, data) VALUES (?, ?, ?)")) {
                for (int i = 0; i < chunks; i++) {
                    int from = i * CHUNK;
                    part.setString(1, key);
                    part.setInt(2, i);
                    part.setBytes(3, Arrays.copyOfRange(content, from, Math.min(content.length, from + CHUNK)));
                    part.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("file store: " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM stored_file WHERE sha256 = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static boolean isDuplicate(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    /** Reads the chunks one at a time, each with a short query: a large file never sits in memory whole. */
    private InputStream openFromDatabase(String key) throws IOException {
        int chunks;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT chunks FROM stored_file WHERE sha256 = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NoSuchFileException(key);
                }
                chunks = rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IOException("file store: " + e.getMessage(), e);
        }
        return new ChunkStream(key, chunks);
    }

    private byte[] chunk(String key, int seq) throws IOException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT data FROM stored_file_chunk WHERE sha256 = ? AND seq = ?")) {
            ps.setString(1, key);
            ps.setInt(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IOException("file store: chunk " + seq + " of " + key + " is missing");
                }
                return rs.getBytes(1);
            }
        } catch (SQLException e) {
            throw new IOException("file store: " + e.getMessage(), e);
        }
    }

    private final class ChunkStream extends InputStream {
        private final String key;
        private final int chunks;
        private int next;
        private InputStream current = new ByteArrayInputStream(new byte[0]);

        ChunkStream(String key, int chunks) {
            this.key = key;
            this.chunks = chunks;
        }

        private boolean advance() throws IOException {
            while (current.available() == 0) {
                if (next >= chunks) {
                    return false;
                }
                current = new ByteArrayInputStream(chunk(key, next++));
            }
            return true;
        }

        @Override
        public int read() throws IOException {
            return advance() ? current.read() : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            return advance() ? current.read(b, off, len) : -1;
        }
    }

    private static void checkKey(String key) {
        if (key == null || !key.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a content key");
        }
    }

    private Path path(String key) {
        checkKey(key);
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
