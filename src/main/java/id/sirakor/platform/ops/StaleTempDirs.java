package id.sirakor.platform.ops;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The bootable JAR unpacks WildFly into {@code wildfly-bootable-server*} in the system temp folder
 * and removes it when it stops; a JVM that is killed (OOM killer, kill -9, power loss) leaves it
 * behind, about 240 MB each time. At start, in the background, this removes such directories that
 * no running process has a file open in (Linux: {@code /proc/PID/fd}; a running server always
 * holds its module jars open) and that are older than a minute. Elsewhere it does nothing; see
 * docs/operations.md 1.2 for the manual way.
 */
@ApplicationScoped
public class StaleTempDirs {

    private static final Logger LOG = Logger.getLogger(StaleTempDirs.class.getName());
    static final String PREFIX = "wildfly-bootable-server";

    @Resource
    ManagedExecutorService executor;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        if (!Files.isDirectory(Path.of("/proc/self/fd"))) {
            return;
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        String home = System.getProperty("jboss.home.dir");
        executor.execute(() -> {
            try {
                List<Path> removed = clean(tmp, home == null ? null : Path.of(home), Duration.ofMinutes(1));
                for (Path p : removed) {
                    LOG.info("removed the stale bootable-JAR directory " + p + " (left by a server that did not stop cleanly)");
                }
            } catch (IOException | RuntimeException e) {
                LOG.warning("could not clean stale bootable-JAR directories in " + tmp + ": " + e);
            }
        });
    }

    /** Removes stale {@code wildfly-bootable-server*} directories in {@code tmp}; returns them. */
    public static List<Path> clean(Path tmp, Path self, Duration minAge) throws IOException {
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tmp, PREFIX + "*")) {
            for (Path d : ds) {
                if (Files.isDirectory(d) && !Files.isSymbolicLink(d) && (self == null || !self.toAbsolutePath().normalize().startsWith(d.toAbsolutePath().normalize()))
                        && Files.getLastModifiedTime(d).toInstant().isBefore(Instant.now().minus(minAge))) {
                    candidates.add(d.toAbsolutePath().normalize());
                }
            }
        }
        if (candidates.isEmpty()) {
            return candidates;
        }
        Set<Path> inUse = openDirs(candidates);
        List<Path> removed = new ArrayList<>();
        for (Path d : candidates) {
            if (!inUse.contains(d)) {
                delete(d);
                removed.add(d);
            }
        }
        return removed;
    }

    /** The candidates some process has a file open in (or its working directory). */
    static Set<Path> openDirs(List<Path> candidates) {
        Set<Path> inUse = new HashSet<>();
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), p -> p.getFileName().toString().chars().allMatch(Character::isDigit))) {
            for (Path proc : procs) {
                List<Path> links = new ArrayList<>();
                links.add(proc.resolve("cwd"));
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
                    fds.forEach(links::add);
                } catch (IOException | SecurityException notOurs) {
                    // another user's process (cannot hold our files open in a directory we may delete) or gone
                }
                for (Path l : links) {
                    try {
                        Path target = Files.readSymbolicLink(l);
                        for (Path c : candidates) {
                            if (target.startsWith(c)) {
                                inUse.add(c);
                            }
                        }
                    } catch (IOException | UnsupportedOperationException | SecurityException gone) {
                        // closed meanwhile
                    }
                }
            }
        } catch (IOException e) {
            inUse.addAll(candidates); // cannot tell: keep everything
        }
        return inUse;
    }

    private static void delete(Path dir) throws IOException {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.deleteIfExists(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
