package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.stats.control.XlsxStream;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Rekap &amp; statistik" at scale (issue 17, ADR 0095): 100,000 registrations of one event (JDBC
 * batches; every 50th cancelled, a fifth with a directory institution), attendance on two days.
 * The JSON figures equal COUNT(*) over the same rows; the row-level export is downloaded to a file
 * and read back with a streaming reader (XSSFReader + StAX): 100,000 data rows, the first and the
 * last person, attendance times, no clear NIK. The tables export holds its sheets.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class StatsIT {

    static final int ROWS = 100_000;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void hundredThousandRowsCountedAndExportedAsAStream() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        String token = TestData.jdbcToken("sumbar.sekretariat");
        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji Rekap 100 Ribu Peserta", "2033-11-18", 50);
        long hall = TestData.hall(sumbar, "Grand Rocky Hotel Bukittinggi");
        ApiClient.Reply d2 = sumbar.post("/api/v1/events/" + eventId + "/days", "{\"date\":\"2033-11-19\",\"hallId\":" + hall
                + ",\"start\":\"09:00:00\",\"end\":\"16:00:00\"}");
        assertEquals(200, d2.status(), d2.body());
        long day1 = AttendanceIT.day(sumbar, eventId, 0);
        long day2 = AttendanceIT.day(sumbar, eventId, 1);

        long institution;
        String regionCode;
        long t0 = System.currentTimeMillis();
        try (var c = TestData.db()) {
            try (var s = c.prepareStatement("SELECT id, region_code FROM institution WHERE short_name = 'BKPSDM Kabupaten Agam'");
                 var rs = s.executeQuery()) {
                assertTrue(rs.next(), "demo institution");
                institution = rs.getLong(1);
                regionCode = rs.getString(2);
            }
            c.setAutoCommit(false);
            Timestamp at = Timestamp.from(Instant.parse("2033-11-01T02:00:00Z"));
            try (var s = c.prepareStatement("INSERT INTO registration (event_id, institution_id, institution_name, name, id_kind, person_key,"
                    + " phone, email, status, idempotency_key, token_hash, consent_version, consent_at, created_at, updated_at)"
                    + " VALUES (?, ?, ?, ?, 'NIK', ?, '+6281200000000', 'uji@contoh.id', ?, ?, ?, 'v1', ?, ?, ?)")) {
                for (int i = 1; i <= ROWS; i++) {
                    s.setLong(1, eventId);
                    if (i % 5 == 0) {
                        s.setLong(2, institution);
                    } else {
                        s.setNull(2, java.sql.Types.BIGINT);
                    }
                    s.setString(3, i % 5 == 0 ? "BKPSDM Kabupaten Agam" : "Bawaslu Kabupaten Uji " + (i % 97));
                    s.setString(4, String.format("Peserta Rekap %06d", i));
                    s.setString(5, String.format("%064d", (long) i + eventId * 1_000_000L));
                    s.setString(6, i % 50 == 0 ? "CANCELLED" : "CONFIRMED");
                    s.setString(7, "stats-" + eventId + "-" + i);
                    s.setString(8, String.format("%064x", (long) i + eventId * 1_000_000L));
                    s.setTimestamp(9, at);
                    s.setTimestamp(10, Timestamp.from(at.toInstant().plusSeconds(i)));
                    s.setTimestamp(11, at);
                    s.addBatch();
                    if (i % 5000 == 0) {
                        s.executeBatch();
                    }
                }
            }
            c.commit();
            // attendance: day 1 every 10th person, day 2 every 4th (cancelled ones included: they came, then cancelled)
            try (var s = c.prepareStatement("INSERT INTO attendance (event_id, registration_id, day_id, slot_key, checked_in_at, method,"
                    + " recorded_by, created_at) SELECT event_id, id, ?, ?, ?, 'MANUAL', 'uji', ? FROM registration WHERE event_id = ?"
                    + " AND MOD(CAST(SUBSTRING(name, 15) AS UNSIGNED), ?) = 0")) {
                Object[][] days = {{day1, "D" + day1, "2033-11-18T01:14:00Z", 10}, {day2, "D" + day2, "2033-11-19T01:02:00Z", 4}};
                for (Object[] d : days) {
                    s.setLong(1, (Long) d[0]);
                    s.setString(2, (String) d[1]);
                    s.setTimestamp(3, Timestamp.from(Instant.parse((String) d[2])));
                    s.setTimestamp(4, Timestamp.from(Instant.parse((String) d[2])));
                    s.setLong(5, eventId);
                    s.setInt(6, (Integer) d[3]);
                    s.executeUpdate();
                }
            }
            c.commit();
        }
        System.out.println("StatsIT: 100,000 registrations and 35,000 attendance rows inserted in " + (System.currentTimeMillis() - t0) + " ms");

        // the figures: as COUNT(*) over the rows says
        long t1 = System.currentTimeMillis();
        JsonObject stats = sumbar.get("/api/v1/events/" + eventId + "/stats").object();
        System.out.println("StatsIT: figures in " + (System.currentTimeMillis() - t1) + " ms");
        long cancelled = ROWS / 50;
        assertEquals(ROWS - cancelled, stats.getJsonNumber("registered").longValue());
        assertEquals(ROWS / 4 + ROWS / 10 - ROWS / 20, stats.getJsonNumber("present").longValue(), "people present on any day");
        var days = stats.getJsonArray("days");
        assertEquals(ROWS / 10, days.getJsonObject(0).getJsonNumber("part").longValue());
        assertEquals(ROWS / 4, days.getJsonObject(1).getJsonNumber("part").longValue());
        assertEquals(ROWS - cancelled, days.getJsonObject(1).getJsonNumber("whole").longValue());
        long agam = ROWS / 5 - ROWS / 50; // every 5th minus those also cancelled (every 50th is also a 5th)
        long inRegion = stats.getJsonArray("byRegion").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.getString("code").equals(regionCode.substring(0, Math.min(5, regionCode.length()))))
                .mapToLong(o -> o.getJsonNumber("value").longValue()).sum();
        assertEquals(agam, inRegion, "registered in the institution's kabupaten");
        long bkpsdm = stats.getJsonArray("byType").stream().map(JsonValue::asJsonObject).filter(o -> o.getString("code").equals("BKPSDM"))
                .mapToLong(o -> o.getJsonNumber("value").longValue()).sum();
        assertEquals(agam, bkpsdm);

        // the row-level export, streamed to a file and read back as a stream
        File f = File.createTempFile("stats-it", ".xlsx");
        try {
            long t2 = System.currentTimeMillis();
            HttpResponse<InputStream> r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                            URI.create(base.toString().replaceAll("/$", "") + "/api/v1/events/" + eventId + "/stats/participants.xlsx"))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/vnd.openxmlformats"));
            try (InputStream in = r.body()) {
                Files.copy(in, f.toPath(), StandardCopyOption.REPLACE_EXISTING);
            }
            System.out.println("StatsIT: participants.xlsx of " + f.length() / 1024 + " KB in " + (System.currentTimeMillis() - t2) + " ms");
            long t3 = System.currentTimeMillis();
            List<XlsxStream.SheetRows> sheets = XlsxStream.read(f, Set.of(3, 4, 13, 23, 3 + ROWS));
            System.out.println("StatsIT: read back in " + (System.currentTimeMillis() - t3) + " ms");
            assertEquals(1, sheets.size());
            XlsxStream.SheetRows s = sheets.get(0);
            assertEquals(2 + ROWS, s.rows(), "title + header + 100,000 data rows");
            List<String> header = s.kept().get(3);
            assertEquals("NIK (disamarkan)", header.get(2));
            assertEquals(11, header.size(), "9 columns + one per day");
            List<String> first = s.kept().get(4);
            assertEquals(1.0, Double.parseDouble(first.get(0)));
            assertEquals("Peserta Rekap 000001", first.get(1));
            assertEquals("Terdaftar", first.get(7));
            assertEquals(0.0, Double.parseDouble(first.get(8)), "no day present");
            List<String> tenth = s.kept().get(13); // person 10: day 1, not day 2
            assertEquals("Peserta Rekap 000010", tenth.get(1));
            assertEquals(1.0, Double.parseDouble(tenth.get(8)));
            assertEquals("08.14 WIB", tenth.get(9));
            assertEquals("\u2014", tenth.get(10));
            List<String> twentieth = s.kept().get(23); // person 20: both days, in the directory (every 5th)
            assertEquals("Peserta Rekap 000020", twentieth.get(1));
            assertEquals("BKPSDM/BKD", twentieth.get(4));
            assertFalse(twentieth.get(5).isBlank(), "the region of the directory institution");
            assertEquals(2.0, Double.parseDouble(twentieth.get(8)));
            List<String> last = s.kept().get(3 + ROWS); // rows 1 (title) and 3 (header) are written, row 2 is empty
            assertEquals("Peserta Rekap 100000", last.get(1));
            assertEquals("Dibatalkan", last.get(7), "person 100,000 is one of the cancelled (every 50th)");
            Pattern clearNik = Pattern.compile("\\d{16}");
            for (List<String> row : s.kept().values()) {
                for (String cell : row) {
                    assertFalse(clearNik.matcher(cell).find(), "no clear NIK: " + cell);
                }
            }
        } finally {
            Files.deleteIfExists(f.toPath());
        }

        // the tables export: one sheet per block
        ApiClient.Bytes tables = sumbar.bytes("/api/v1/events/" + eventId + "/stats/tables.xlsx");
        assertEquals(200, tables.status());
        File g = File.createTempFile("stats-it-tables", ".xlsx");
        try {
            Files.write(g.toPath(), tables.body());
            List<XlsxStream.SheetRows> sheets = XlsxStream.read(g, Set.of(4));
            assertEquals(List.of("Jenis instansi", "Wilayah", "Kehadiran per hari", "Cakupan deklarasi", "Sertifikat", "Tindak lanjut"),
                    sheets.stream().map(XlsxStream.SheetRows::name).toList());
            assertEquals(String.valueOf((double) (ROWS / 10)), sheets.get(2).kept().get(4).get(1), "day 1 present");
        } finally {
            Files.deleteIfExists(g.toPath());
        }
    }
}
