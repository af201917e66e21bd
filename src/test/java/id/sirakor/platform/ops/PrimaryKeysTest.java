package id.sirakor.platform.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table has a primary key: MySQL InnoDB Cluster (group replication) refuses writes to a
 * table without one, and Galera replicates such tables badly (docs/operations.md section 9).
 * Reads the CREATE TABLE statements of the Flyway scripts.
 */
class PrimaryKeysTest {

    static final Pattern CREATE = Pattern.compile("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([A-Za-z0-9_]+)\\s*\\(",
            Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableHasAPrimaryKey() throws Exception {
        List<String> missing = new ArrayList<>();
        int tables = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".sql")).sorted()::iterator) {
                String sql = Files.readString(p).replaceAll("--[^\\n]*", "");
                Matcher m = CREATE.matcher(sql);
                while (m.find()) {
                    tables++;
                    String body = body(sql, m.end() - 1).toUpperCase(Locale.ROOT);
                    if (!body.contains("PRIMARY KEY")) {
                        missing.add(p.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertTrue(tables > 50, "found only " + tables + " tables");
        assertTrue(missing.isEmpty(), "tables without a primary key: " + missing);
    }

    /** The text between the parenthesis at {@code open} and its match. */
    static String body(String sql, int open) {
        int depth = 0;
        for (int i = open; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return sql.substring(open, i + 1);
            }
        }
        return sql.substring(open);
    }
}
