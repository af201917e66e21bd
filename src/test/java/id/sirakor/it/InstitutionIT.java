package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.identity.entity.OrgUnit;
import jakarta.annotation.Resource;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Regions loaded by the Java migration on the real database, region search, and the institution
 * directory: owner-unit writes, the Excel import's row report, idempotent village generation.
 */
@org.junit.jupiter.api.Tag("it-core") // its own WildFly and database: the failsafe execution "core" (pom.xml)
@ExtendWith(ArquillianExtension.class)
class InstitutionIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(InstitutionIT.class, TestData.class);
    }

    @ArquillianResource
    URL base;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    private ApiClient as(String username) throws Exception {
        return new ApiClient(base, TestData.token(em, tx, username));
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private static String institutionJson(String name, String type, String region, String phone) {
        return "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"regionCode\":\"" + region + "\""
                + (phone == null ? "" : ",\"phone\":\"" + phone + "\"")
                + ",\"contacts\":[{\"name\":\"Kontak Uji\",\"position\":\"Staf\",\"phone\":\"0812-9999-0001\"}]}";
    }

    @Test
    void theRegionTreeIsLoadedWithProvinceZones() {
        assertEquals(38L, count("select count(r) from Region r where r.level = id.sirakor.region.entity.RegionLevel.PROVINCE"));
        assertTrue(count("select count(r) from Region r where r.level = id.sirakor.region.entity.RegionLevel.VILLAGE") >= 83_000);
        for (String code : new String[] {"13", "13.75", "13.06", "33", "33.04", "64", "64.71", "18", "31"}) {
            assertEquals(1L, em.createQuery("select count(r) from Region r where r.code = :c", Long.class)
                    .setParameter("c", code).getSingleResult(), code);
        }

        ApiClient anonymous = new ApiClient(base, null);
        var found = anonymous.get("/api/v1/regions?q=bukit");
        assertEquals(200, found.status(), found.body());
        JsonObject first = found.array().getJsonObject(0);
        assertEquals("13.75", first.getString("code"));
        assertEquals("Kota Bukittinggi", first.getString("name"));
        assertEquals("Asia/Jakarta", anonymous.get("/api/v1/regions/13").object().getString("timeZone"));
        JsonObject kaltim = anonymous.get("/api/v1/regions/64").object();
        assertEquals("Asia/Makassar", kaltim.getString("timeZone"));
        assertEquals("WITA", kaltim.getString("zoneName"));
        assertEquals(404, anonymous.get("/api/v1/regions/99.99").status());
    }

    @Test
    void aRegencyWritesOnlyItsOwnInstitutions() throws Exception {
        ApiClient banjarnegara = as("banjarnegara.sekretariat");
        OrgUnit balikpapan = TestData.unit(em, "BAWASLU-64.71");
        Long polresta = em.createQuery("select i.id from Institution i where i.name = 'Polresta Balikpapan'"
                + " and i.ownerUnit = :o", Long.class).setParameter("o", balikpapan).getSingleResult();

        var read = banjarnegara.get("/api/v1/institutions/" + polresta);
        assertEquals(200, read.status(), "the directory is shared for reading");
        assertEquals(false, read.object().getBoolean("writable"));
        var refused = banjarnegara.put("/api/v1/institutions/" + polresta,
                institutionJson("Polresta Balikpapan", "POLRI", "64.71", null).replace("Kontak Uji", "Penyusup"));
        assertTrue(refused.status() == 403 || refused.status() == 404, refused.body());
        em.clear();
        assertEquals(0L, count("select count(c) from InstitutionContact c where c.name = 'Penyusup'"), "nothing was written");

        var created = banjarnegara.post("/api/v1/institutions",
                institutionJson("Dinas Kesehatan Kabupaten Banjarnegara IT", "OPD", "33.04", "(0286) 591000"));
        assertEquals(201, created.status(), created.body());
        JsonObject body = created.object();
        assertEquals(TestData.unit(em, "BAWASLU-33.04").getId().longValue(), body.getJsonNumber("ownerUnitId").longValue());
        assertEquals("+62286591000", body.getString("phone"));
        assertEquals("+6281299990001", body.getJsonArray("contacts").getJsonObject(0).getString("phone"));
        assertTrue(body.getBoolean("writable"));

        var badPhone = banjarnegara.post("/api/v1/institutions",
                institutionJson("Dinas Lain IT", "OPD", "33.04", "12345"));
        assertEquals(400, badPhone.status());
        assertEquals("phone", badPhone.object().getString("field"));
        var badRegion = banjarnegara.post("/api/v1/institutions", institutionJson("Dinas Lain IT", "OPD", "33.99", null));
        assertEquals(400, badRegion.status());
        assertEquals("region.notFound", badRegion.object().getString("error"));
        assertEquals(401, new ApiClient(base, null).get("/api/v1/institutions").status());
    }

    @Test
    void theExcelImportReportsBadRowsAndImportsGoodOnesOnce() throws Exception {
        String token = TestData.token(em, tx, "balikpapan.sekretariat");
        byte[] xlsx = workbook(new String[][] {
            {"Nama", "Jenis", "Kode Wilayah", "Alamat", "Email", "Telepon", "Nama Kontak", "Jabatan Kontak", "HP Kontak"},
            {"Dinas Pendidikan Kota Balikpapan IT", "OPD", "64.71", "Jl. Ruhui Rahayu", "disdik@example.id", "", "Rudi", "Sekretaris", "081255500001"},
            {"Kecamatan Balikpapan Kota IT", "Kecamatan", "64.71.04", "", "", "", "", "", ""},
            {"Instansi Tanpa Wilayah", "OPD", "", "", "", "", "", "", ""},
            {"Dinas Salah HP", "OPD", "64.71", "", "", "", "Sari", "Staf", "0812"},
        });
        JsonArray report = importSheet(token, xlsx);
        assertEquals(4, report.size());
        assertEquals("CREATED", report.getJsonObject(0).getString("status"));
        assertEquals(2, report.getJsonObject(0).getInt("row"));
        assertEquals("CREATED", report.getJsonObject(1).getString("status"), report.toString());
        assertEquals("ERROR", report.getJsonObject(2).getString("status"));
        assertEquals(4, report.getJsonObject(2).getInt("row"));
        assertEquals("Wajib diisi.", report.getJsonObject(2).getString("message"));
        assertEquals("ERROR", report.getJsonObject(3).getString("status"));

        JsonArray again = importSheet(token, xlsx);
        assertEquals("UPDATED", again.getJsonObject(0).getString("status"), "the same row updates, never duplicates");
        em.clear();
        assertEquals(1L, count("select count(i) from Institution i where i.name = 'Dinas Pendidikan Kota Balikpapan IT'"));
        assertEquals(0L, count("select count(i) from Institution i where i.name = 'Dinas Salah HP'"));
    }

    @Test
    void villageOfficesAreGeneratedOncePerVillage() throws Exception {
        ApiClient banjarnegara = as("banjarnegara.sekretariat");
        long villages = em.createQuery("select count(r) from Region r where r.code like '33.04.%'"
                + " and r.level = id.sirakor.region.entity.RegionLevel.VILLAGE", Long.class).getSingleResult();
        assertTrue(villages > 200, "Banjarnegara has 278 villages and kelurahan");

        long started = System.nanoTime();
        var first = banjarnegara.post("/api/v1/institutions/generate-villages?region=33.04", "");
        assertEquals(200, first.status(), first.body());
        assertEquals(villages, first.object().getInt("created"));
        assertTrue((System.nanoTime() - started) / 1_000_000 < 10_000, "a regency takes seconds at most");

        var second = banjarnegara.post("/api/v1/institutions/generate-villages?region=33.04", "");
        assertEquals(0, second.object().getInt("created"));
        OrgUnit own = TestData.unit(em, "BAWASLU-33.04");
        assertEquals(villages, em.createQuery("select count(i) from Institution i where i.ownerUnit = :o"
                        + " and i.type = id.sirakor.institution.entity.InstitutionType.DESA", Long.class)
                .setParameter("o", own).getSingleResult());
        Set<String> actions = em.createQuery("select a.action from AuditEntry a where a.entityId = '33.04'", String.class)
                .getResultStream().collect(Collectors.toSet());
        assertTrue(actions.contains("institution.generateVillages"));
        assertEquals(400, banjarnegara.post("/api/v1/institutions/generate-villages?region=33.04.01.2001", "").status());
    }

    private JsonArray importSheet(String token, byte[] xlsx) throws Exception {
        String b = base.toString().endsWith("/") ? base.toString() : base + "/";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(b + "api/v1/institutions/import"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Accept-Language", "id")
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(xlsx)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return new ApiClient.Reply(r.statusCode(), r.body()).array();
    }

    private static byte[] workbook(String[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Instansi");
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
