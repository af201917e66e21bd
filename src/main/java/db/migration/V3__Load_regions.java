package db.migration;

import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.region.control.RegionNames;
import id.sirakor.region.entity.RegionLevel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the region tree (about 91,000 rows) from the gzipped idn-area-data CSVs shipped in
 * {@code regions/}, parents before children so that the self-referencing foreign key holds.
 * Plain JDBC batches: the same code runs on H2 and on MariaDB/MySQL through Connector/J.
 * Rows are "code,parent_code,name" with no quoting in the source (names may contain a lone
 * double quote, "Soka"an"), so each line is split on its first two commas.
 */
public class V3__Load_regions extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V3__Load_regions.class.getName());
    static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        long started = System.nanoTime();
        int total = 0;
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO region (code, parent_code, level, name, name_lower, time_zone) VALUES (?, ?, ?, ?, ?, ?)")) {
            total += load(insert, "provinces", RegionLevel.PROVINCE);
            total += load(insert, "regencies", RegionLevel.REGENCY);
            total += load(insert, "districts", RegionLevel.DISTRICT);
            total += load(insert, "villages", RegionLevel.VILLAGE);
        }
        int rows = total;
        LOG.info(() -> "Loaded " + rows + " regions in " + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private int load(PreparedStatement insert, String file, RegionLevel level) throws IOException, SQLException {
        String resource = "regions/" + file + ".csv.gz";
        InputStream raw = V3__Load_regions.class.getClassLoader().getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("Missing resource " + resource);
        }
        int count = 0;
        int pending = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8))) {
            String line = in.readLine(); // header
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] row = split(line, level);
                String code = row[0];
                String name = RegionNames.display(level, row[2]);
                insert.setString(1, code);
                insert.setString(2, row[1]);
                insert.setString(3, level.name());
                insert.setString(4, name);
                insert.setString(5, name.toLowerCase(Locale.ROOT));
                insert.setString(6, level == RegionLevel.PROVINCE ? IndonesianTime.zoneOfProvince(code).getId() : null);
                insert.addBatch();
                count++;
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
        }
        if (pending > 0) {
            insert.executeBatch();
        }
        return count;
    }

    /** [code, parent code or null, name]; provinces have "code,name". */
    static String[] split(String line, RegionLevel level) {
        int first = line.indexOf(',');
        if (level == RegionLevel.PROVINCE) {
            return new String[] {line.substring(0, first).trim(), null, line.substring(first + 1).trim()};
        }
        int second = line.indexOf(',', first + 1);
        return new String[] {line.substring(0, first).trim(), line.substring(first + 1, second).trim(),
                line.substring(second + 1).trim()};
    }
}
