import java.io.File;
import java.util.Arrays;
import java.util.jar.JarFile;
import org.jboss.jandex.Indexer;
import org.jboss.jandex.JarIndexer;

/**
 * Adds a Jandex index (META-INF/jandex.idx) to every library JAR of the exploded WAR that has none,
 * at build time. WildFly reads an index it finds in a resource root instead of reading every class
 * of it at each deployment start, which the 37 libraries (43 MB: POI, Bouncy Castle, iText,
 * PrimeFaces…) cost on every restart (bench/README.md, "Restart"; ADR 0101). Run with the same
 * Jandex version as the server's (pom.xml, version.jandex), in one JVM:
 *   java -cp jandex.jar src/build/IndexLibs.java target/sirakor/WEB-INF/lib
 */
public class IndexLibs {
    public static void main(String[] args) throws Exception {
        File dir = new File(args[0]);
        File[] jars = dir.listFiles((d, n) -> n.endsWith(".jar"));
        if (jars == null) {
            throw new IllegalArgumentException("no such directory: " + dir);
        }
        Arrays.sort(jars);
        int indexed = 0;
        long t0 = System.nanoTime();
        for (File jar : jars) {
            try (JarFile jf = new JarFile(jar)) {
                if (jf.getEntry("META-INF/jandex.idx") != null) {
                    continue;
                }
            }
            // modify = true: the JAR is rewritten in place with the index added (its mtime becomes now,
            // so the WAR plugin's copy-if-modified keeps it)
            JarIndexer.createJarIndex(jar, new Indexer(), true, false, false);
            indexed++;
        }
        System.out.printf("IndexLibs: %d of %d libraries indexed in %d ms%n", indexed, jars.length,
                (System.nanoTime() - t0) / 1_000_000);
    }
}
