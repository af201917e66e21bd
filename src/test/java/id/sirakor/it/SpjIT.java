package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * SPJ over HTTP against MariaDB, the hand-computed case of issue 14: three speakers, 2 hours each —
 * golongan III at Rp750.000/jam (PPh 5 %), golongan IV at Rp900.000/jam (15 %) and a non-ASN at
 * Rp800.000/jam (the unit's non-ASN rate 7,5 %), the last one speaking for an official who is not
 * paid. Checked in the JSON, read back from the PDF text and from the .xlsx cells (numeric), the ZIP's
 * entries and its cover list; transport of a participant from a regency resolved from the province's
 * rate; who may see it (401/403/404) and the audit of the ZIP.
 */
@org.junit.jupiter.api.Tag("it-flows") // its own WildFly and database: the failsafe execution "flows" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SpjIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    static long id(String sql, Object... args) throws Exception {
        try (var c = TestData.db(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (var rs = s.executeQuery()) {
                assertTrue(rs.next(), sql);
                return rs.getLong(1);
            }
        }
    }

    static long speaker(ApiClient c, String name, String position) {
        var r = c.post("/api/v1/speakers", "{\"name\":\"" + name + "\",\"position\":\"" + position + "\",\"institutionName\":\"Instansi Uji\"}");
        assertEquals(201, r.status(), r.body());
        return r.object().getJsonNumber("id").longValue();
    }

    static String finance(boolean asn, String golongan, String nip, String npwp, String category, String account) {
        return "{\"asn\":" + asn + ",\"golongan\":" + (golongan == null ? "null" : "\"" + golongan + "\"") + ",\"nip\":"
                + (nip == null ? "null" : "\"" + nip + "\"") + ",\"npwp\":" + (npwp == null ? "null" : "\"" + npwp + "\"")
                + ",\"category\":\"" + category + "\",\"bankName\":\"Bank Nagari\",\"accountNo\":\"" + account
                + "\",\"accountHolder\":\"Penerima Uji\"}";
    }

    static void session(ApiClient c, long eventId, long dayId, String start, String end, String title, String slot) {
        var r = c.post("/api/v1/events/" + eventId + "/sessions", "{\"dayId\":" + dayId + ",\"start\":\"" + start + "\",\"end\":\"" + end
                + "\",\"title\":\"" + title + "\",\"kind\":\"PAPARAN\",\"speakers\":[" + slot + "]}");
        assertEquals(200, r.status(), r.body());
    }

    static String participant(ApiClient c, long eventId, String name, String seq, Long institutionId, String institutionName) {
        var r = c.post("/api/v1/events/" + eventId + "/participants", "{\"name\":\"" + name + "\",\"position\":\"Staf\",\"idKind\":\"NIP\","
                + "\"idNumber\":\"198802022012022" + seq + "\","
                + (institutionId == null ? "" : "\"institutionId\":" + institutionId + ",") + "\"institutionName\":\"" + institutionName
                + "\",\"phone\":\"081266001122\",\"email\":\"" + name.toLowerCase().replace(' ', '.') + "@contoh.example.id\",\"consent\":true}");
        assertEquals(201, r.status(), r.body());
        return r.object().getString("ticketCode");
    }

    static BigDecimal money(JsonObject o, String key) {
        return o.getJsonNumber(key).bigDecimalValue();
    }

    @Test
    void handComputedHonorariaTransportDocumentsAndAccess() throws Exception {
        ApiClient sumbar = new ApiClient(base, TestData.jdbcToken("sumbar.sekretariat"));
        ApiClient admin = new ApiClient(base, TestData.jdbcToken("admin"));
        ApiClient notulis = new ApiClient(base, TestData.jdbcToken("sumbar.notulis"));
        ApiClient speakerUser = new ApiClient(base, TestData.jdbcToken("narasumber.demo"));
        ApiClient operator = new ApiClient(base, TestData.jdbcToken("operator.bkpsdm"));
        ApiClient balikpapan = new ApiClient(base, TestData.jdbcToken("balikpapan.sekretariat"));
        ApiClient ri = new ApiClient(base, TestData.jdbcToken("ri.sekretariat"));
        ApiClient pub = new ApiClient(base, null);
        long unit = id("SELECT id FROM org_unit WHERE code = ?", "BAWASLU-13");

        // the unit's rates for 2031: own SBM, PPh rule with a non-ASN rate of 7,5 %, transport for the province and one city
        String rates = "{\"year\":2031,\"honor\":{\"ESELON_II\":900000,\"ESELON_III\":750000,\"NON_ASN\":800000,\"MODERATOR\":500000},"
                + "\"tax\":{\"golI\":0,\"golII\":0,\"golIII\":5,\"golIV\":15,\"nonAsn\":7.5,\"nonAsnNoNpwp\":9},"
                + "\"transport\":[{\"regionCode\":\"13\",\"amount\":175000},{\"regionCode\":\"13.75\",\"amount\":200000}]}";
        assertEquals(403, notulis.put("/api/v1/spj-rates/" + unit, rates).status());
        assertEquals(403, ri.put("/api/v1/spj-rates/" + unit, rates).status(), "a unit above reads, the unit's own secretariat writes");
        var bad = sumbar.put("/api/v1/spj-rates/" + unit, rates.replace("\"nonAsn\":7.5", "\"nonAsn\":100.5"));
        assertEquals(400, bad.status(), bad.body());
        assertEquals("nonAsn", bad.object().getString("field"));
        var badRegion = sumbar.put("/api/v1/spj-rates/" + unit, rates.replace("\"13.75\"", "\"99.99\""));
        assertEquals(400, badRegion.status(), badRegion.body());
        var saved = sumbar.put("/api/v1/spj-rates/" + unit, rates);
        assertEquals(200, saved.status(), saved.body());
        assertTrue(saved.object().getBoolean("honorOwn"));
        assertEquals(0, new BigDecimal("7.50").compareTo(saved.object().getJsonObject("tax").getJsonNumber("nonAsn").bigDecimalValue()));
        long bukittinggi = id("SELECT id FROM org_unit WHERE code = ?", "BAWASLU-13.75");
        var inherited = sumbar.get("/api/v1/spj-rates/" + bukittinggi + "?year=2031");
        assertEquals(200, inherited.status(), inherited.body());
        assertFalse(inherited.object().getBoolean("honorOwn"));
        assertEquals("Badan Pengawas Pemilihan Umum Provinsi Sumatera Barat", inherited.object().getString("honorFrom"), "a regency inherits its province's SBM");

        // three speakers (and an official who is represented) with their finance data
        long gol3 = speaker(sumbar, "Ratna Dewi Kusuma", "Kepala Bidang Pembinaan ASN");
        long gol4 = speaker(sumbar, "Bambang Suryadi", "Kepala Biro Hukum");
        long nonAsn = speaker(sumbar, "Yoga Pratama", "Peneliti Pemilu");
        long official = speaker(sumbar, "Hasan Basri", "Kepala Dinas Uji");
        var badNip = sumbar.put("/api/v1/speaker-finance/" + gol3, finance(true, "III", "123", null, "ESELON_III", "2101234567"));
        assertEquals(400, badNip.status());
        assertEquals("nip", badNip.object().getString("field"));
        assertEquals(400, sumbar.put("/api/v1/speaker-finance/" + gol3, finance(true, "V", null, null, "ESELON_III", "2101234567")).status());
        assertEquals(200, sumbar.put("/api/v1/speaker-finance/" + gol3,
                finance(true, "III", "198203142008012012", null, "ESELON_III", "2101234567")).status());
        assertEquals(200, sumbar.put("/api/v1/speaker-finance/" + gol4,
                finance(true, "IV", "197508122002121004", "09.123.456.7-203.000", "ESELON_II", "2107654321")).status());
        assertEquals(200, sumbar.put("/api/v1/speaker-finance/" + nonAsn,
                finance(false, null, null, "09.234.567.8-203.000", "NON_ASN", "2109998887")).status());
        assertEquals(403, notulis.get("/api/v1/speaker-finance/" + gol3).status());
        assertEquals(404, balikpapan.get("/api/v1/speaker-finance/" + gol3).status());
        assertEquals(403, ri.get("/api/v1/speaker-finance/" + gol3).status(), "personal data: the owner unit's secretariat only");
        assertEquals("198203142008012012", sumbar.get("/api/v1/speaker-finance/" + gol3).object().getString("nip"));

        long eventId = TestData.publishedEvent(sumbar, "Rakor Uji SPJ", "2031-11-18", 20);
        long dayId = AttendanceIT.day(sumbar, eventId, 0);
        session(sumbar, eventId, dayId, "10:00:00", "12:00:00", "Paparan golongan III", "{\"speakerId\":" + gol3 + "}");
        session(sumbar, eventId, dayId, "12:00:00", "14:00:00", "Paparan golongan IV", "{\"speakerId\":" + gol4 + "}");
        session(sumbar, eventId, dayId, "14:00:00", "16:00:00", "Paparan non-ASN",
                "{\"speakerId\":" + official + ",\"representedById\":" + nonAsn + "}");

        // participants: a regency without its own rate, a city with one, one without a known institution, one absent
        long agam = id("SELECT id FROM institution WHERE name = ?", "Bawaslu Kabupaten Agam");
        long kotaBkt = id("SELECT id FROM institution WHERE name = ?", "Bawaslu Kota Bukittinggi");
        String t1 = participant(sumbar, eventId, "Ana Wulandari", "031", agam, "Bawaslu Kabupaten Agam");
        String t2 = participant(sumbar, eventId, "Budi Santoso", "032", kotaBkt, "Bawaslu Kota Bukittinggi");
        String t3 = participant(sumbar, eventId, "Citra Lestari", "033", null, "Lembaga Tanpa Data");
        participant(sumbar, eventId, "Dedi Kurniawan", "034", agam, "Bawaslu Kabupaten Agam");
        for (String t : List.of(t1, t2, t3)) {
            var in = sumbar.post("/api/v1/events/" + eventId + "/check-ins", AttendanceIT.checkIn(t, dayId, null));
            assertEquals(201, in.status(), in.body());
        }

        String path = "/api/v1/events/" + eventId + "/spj";
        assertEquals(401, pub.get(path).status());
        assertEquals(403, notulis.get(path).status(), "finance data: not for the minute taker");
        assertEquals(403, speakerUser.get(path).status());
        assertEquals(403, operator.get(path).status());
        assertEquals(403, ri.get(path).status(), "a unit above sees the event, not its SPJ");
        assertEquals(404, balikpapan.get(path).status());
        assertEquals(404, sumbar.get("/api/v1/events/99999999/spj").status());
        assertEquals(403, notulis.bytes(path + ".zip").status());
        assertEquals(404, sumbar.bytes(path + "/nothing.pdf").status());
        assertEquals(200, admin.get(path).status());

        var reply = sumbar.get(path);
        assertEquals(200, reply.status(), reply.body());
        JsonObject spj = reply.object();
        JsonArray honor = spj.getJsonArray("honor");
        assertEquals(3, honor.size(), "three paid speakers; the represented official is not paid: " + honor);
        Map<String, JsonObject> byName = new HashMap<>();
        honor.forEach(v -> byName.put(v.asJsonObject().getString("name"), v.asJsonObject()));
        assertFalse(byName.containsKey("Hasan Basri"));
        check(byName.get("Ratna Dewi Kusuma"), "2.00", "750000", "1500000", "5", "75000", "1425000");
        check(byName.get("Bambang Suryadi"), "2.00", "900000", "1800000", "15", "270000", "1530000");
        check(byName.get("Yoga Pratama"), "2.00", "800000", "1600000", "7.5", "120000", "1480000");
        assertTrue(byName.get("Yoga Pratama").getString("represents").contains("Hasan Basri"));
        for (JsonObject r : byName.values()) {
            assertTrue(r.getJsonArray("flags").isEmpty(), r.toString());
        }
        JsonObject totals = spj.getJsonObject("honorTotals");
        assertEquals(0, new BigDecimal("4900000").compareTo(money(totals, "bruto")));
        assertEquals(0, new BigDecimal("465000").compareTo(money(totals, "pph")));
        assertEquals(0, new BigDecimal("4435000").compareTo(money(totals, "netto")));
        assertEquals("empat juta empat ratus tiga puluh lima ribu rupiah", totals.getString("nettoWords"));
        assertEquals("empat juta sembilan ratus ribu rupiah", totals.getString("brutoWords"));

        JsonArray transport = spj.getJsonArray("transport");
        assertEquals(3, transport.size(), "the absent participant gets nothing: " + transport);
        Map<String, JsonObject> tByName = new HashMap<>();
        transport.forEach(v -> tByName.put(v.asJsonObject().getString("name"), v.asJsonObject()));
        assertEquals(0, new BigDecimal("175000").compareTo(money(tByName.get("Ana Wulandari"), "amount")), "Agam from the province's rate");
        assertEquals("Sumatera Barat", tByName.get("Ana Wulandari").getString("rateRegion"));
        assertEquals(0, new BigDecimal("200000").compareTo(money(tByName.get("Budi Santoso"), "amount")), "the city's own rate wins");
        assertEquals(0, money(tByName.get("Citra Lestari"), "amount").signum());
        assertEquals("noRegion", tByName.get("Citra Lestari").getJsonArray("flags").getString(0));
        assertEquals(0, new BigDecimal("375000").compareTo(spj.getJsonNumber("transportTotal").bigDecimalValue()));
        assertEquals("tiga ratus tujuh puluh lima ribu rupiah", spj.getString("transportWords"));
        assertEquals(4, spj.getInt("rekapRegistered"));
        assertEquals(3, spj.getInt("rekapPresent"));

        // the PDF read back
        Path dir = Files.createDirectories(Path.of("target", "documents"));
        var honorPdf = sumbar.bytes(path + "/honorarium.pdf");
        assertEquals(200, honorPdf.status());
        Files.write(dir.resolve("spj-honorarium-it.pdf"), honorPdf.body());
        String flat = InvitationIT.text(honorPdf.body()).replaceAll("\\s+", " ");
        assertTrue(flat.contains("DAFTAR PENERIMAAN HONORARIUM NARASUMBER/MODERATOR"), flat);
        for (String s : List.of("Ratna Dewi Kusuma", "Bambang Suryadi", "Yoga Pratama", "1.500.000", "75.000", "1.425.000", "1.800.000",
                "270.000", "1.530.000", "1.600.000", "7,5", "120.000", "1.480.000", "4.900.000", "465.000", "4.435.000",
                "Empat juta empat ratus tiga puluh lima ribu rupiah", "Pejabat Pembuat Komitmen", "Bendahara Pengeluaran",
                "NIP 19820314 200801 2 012")) {
            assertTrue(flat.contains(s), s + " in " + flat);
        }
        var kuitansi = sumbar.bytes(path + "/kuitansi.pdf");
        assertEquals(200, kuitansi.status());
        Files.write(dir.resolve("spj-kuitansi-it.pdf"), kuitansi.body());
        String k = InvitationIT.text(kuitansi.body()).replaceAll("\\s+", " ");
        assertEquals(3, k.split("KUITANSI", -1).length - 1, k);
        assertTrue(k.contains("Satu juta lima ratus ribu rupiah") && k.contains("Satu juta delapan ratus ribu rupiah")
                && k.contains("Satu juta enam ratus ribu rupiah"), k);
        assertTrue(k.contains("Setuju dibayar") && k.contains("Lunas dibayar") && k.contains("Sudah terima dari"), k);
        var transportPdf = sumbar.bytes(path + "/transport.pdf");
        Files.write(dir.resolve("spj-transport-it.pdf"), transportPdf.body());
        String tp = InvitationIT.text(transportPdf.body()).replaceAll("\\s+", " ");
        assertTrue(tp.contains("175.000") && tp.contains("375.000") && tp.contains("Tiga ratus tujuh puluh lima ribu rupiah"), tp);

        // the .xlsx read back: numeric cells, SUM totals
        var xlsx = sumbar.bytes(path + "/honorarium.xlsx");
        assertEquals(200, xlsx.status());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sh = wb.getSheetAt(0);
            Map<String, Row> rows = new HashMap<>();
            Row total = null;
            for (Row r : sh) {
                Cell name = r.getCell(1);
                if (name != null && name.getCellType() == CellType.STRING) {
                    rows.put(name.getStringCellValue(), r);
                    if (name.getStringCellValue().equals("JUMLAH")) {
                        total = r;
                    }
                }
            }
            Row ratna = rows.get("Ratna Dewi Kusuma");
            assertEquals(CellType.NUMERIC, ratna.getCell(9).getCellType(), "bruto is a number, not text");
            assertEquals(1500000d, ratna.getCell(9).getNumericCellValue());
            assertEquals(75000d, ratna.getCell(11).getNumericCellValue());
            assertEquals(1425000d, ratna.getCell(12).getNumericCellValue());
            assertEquals(7.5d, rows.get("Yoga Pratama").getCell(10).getNumericCellValue());
            assertEquals(CellType.FORMULA, total.getCell(12).getCellType());
            assertTrue(total.getCell(12).getCellFormula().startsWith("SUM("), total.getCell(12).getCellFormula());
            assertEquals(4435000d, total.getCell(12).getNumericCellValue());
            assertEquals(4900000d, total.getCell(9).getNumericCellValue());
            assertTrue(ratna.getCell(9).getCellStyle().getDataFormatString().contains("Rp"));
        }

        // one ZIP with a cover list naming its documents; the download is audited
        int audited = (int) id("SELECT COUNT(*) FROM audit_entry WHERE action = 'spj.zip' AND entity_id = ?", String.valueOf(eventId));
        var zip = sumbar.bytes(path + ".zip");
        assertEquals(200, zip.status());
        Files.write(dir.resolve("spj-it.zip"), zip.body());
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.put(e.getName(), in.readAllBytes());
            }
        }
        assertEquals(new TreeSet<>(List.of("00 Daftar Isi Berkas SPJ.pdf", "01 Daftar Penerimaan Honorarium.pdf",
                "01 Daftar Penerimaan Honorarium.xlsx", "02 Kuitansi Honorarium.pdf", "03 Daftar Penerimaan Uang Transport.pdf",
                "03 Daftar Penerimaan Uang Transport.xlsx", "04 Rekap Peserta.pdf", "04 Rekap Peserta.xlsx")), new TreeSet<>(entries.keySet()));
        String cover = InvitationIT.text(entries.get("00 Daftar Isi Berkas SPJ.pdf")).replaceAll("\\s+", " ");
        Files.write(dir.resolve("spj-daftar-isi-it.pdf"), entries.get("00 Daftar Isi Berkas SPJ.pdf"));
        for (String s : List.of("DAFTAR ISI BERKAS SPJ", "Daftar Penerimaan Honorarium", "Kuitansi Honorarium",
                "Daftar Penerimaan Uang Transport", "Rekap Peserta", "3 kuitansi", "4.435.000", "375.000")) {
            assertTrue(cover.contains(s), s + " in " + cover);
        }
        assertEquals(audited + 1, (int) id("SELECT COUNT(*) FROM audit_entry WHERE action = 'spj.zip' AND entity_id = ?",
                String.valueOf(eventId)), "the ZIP download is in the audit log");
    }

    static void check(JsonObject row, String hours, String rate, String bruto, String pct, String pph, String netto) {
        assertEquals(0, new BigDecimal(hours).compareTo(money(row, "hours")), row.toString());
        assertEquals(0, new BigDecimal(rate).compareTo(money(row, "rate")), row.toString());
        assertEquals(0, new BigDecimal(bruto).compareTo(money(row, "bruto")), row.toString());
        assertEquals(0, new BigDecimal(pct).compareTo(money(row, "pphPercent")), row.toString());
        assertEquals(0, new BigDecimal(pph).compareTo(money(row, "pph")), row.toString());
        assertEquals(0, new BigDecimal(netto).compareTo(money(row, "netto")), row.toString());
    }
}
