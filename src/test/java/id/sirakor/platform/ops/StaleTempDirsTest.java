package id.sirakor.platform.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.FileInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A crashed bootable JAR's directory is removed; a running one's (a file held open), our own and other names are kept. */
class StaleTempDirsTest {

    @TempDir
    Path tmp;

    private Path server(String name) throws Exception {
        Path d = Files.createDirectories(tmp.resolve(name).resolve("modules"));
        Files.writeString(d.resolve("x.jar"), "jar");
        Files.setLastModifiedTime(tmp.resolve(name), FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        return tmp.resolve(name);
    }

    @Test
    void onlyStaleDirectoriesAreRemoved() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux only");
        Path crashed = server("wildfly-bootable-server123");
        Path running = server("wildfly-bootable-server456");
        Path self = server("wildfly-bootable-server789");
        Path other = server("something-else");
        Path fresh = Files.createDirectories(tmp.resolve("wildfly-bootable-server000"));
        try (FileInputStream held = new FileInputStream(running.resolve("modules/x.jar").toFile())) {
            List<Path> removed = StaleTempDirs.clean(tmp, self, Duration.ofMinutes(1));
            assertEquals(List.of(crashed.toAbsolutePath().normalize()), removed);
        }
        assertFalse(Files.exists(crashed));
        assertTrue(Files.exists(running.resolve("modules/x.jar")));
        assertTrue(Files.exists(self) && Files.exists(other) && Files.exists(fresh));
    }
}
