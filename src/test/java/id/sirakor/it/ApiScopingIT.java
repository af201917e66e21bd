package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.identity.entity.OrgUnit;
import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Unit scoping and roles enforced on the server: the API is called with other units' ids, the
 * way a curious or malicious user would edit a URL, and must refuse.
 */
@org.junit.jupiter.api.Tag("it-core") // its own WildFly and database: the failsafe execution "core" (pom.xml)
@ExtendWith(ArquillianExtension.class)
class ApiScopingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(ApiScopingIT.class, TestData.class);
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

    private static String unitJson(OrgUnit u, String address) {
        return "{\"code\":\"" + u.getCode() + "\",\"name\":\"" + u.getName() + "\",\"level\":\"" + u.getLevel()
                + "\",\"parentId\":" + (u.getParent() == null ? "null" : u.getParent().getId())
                + ",\"regionCode\":\"" + u.getRegionCode() + "\",\"address\":\"" + address + "\",\"active\":true}";
    }

    @Test
    void aRegencySeesOnlyItselfAndOtherUnitsAreNotFound() throws Exception {
        ApiClient banjarnegara = as("banjarnegara.sekretariat");
        OrgUnit own = TestData.unit(em, "BAWASLU-33.04");
        OrgUnit balikpapan = TestData.unit(em, "BAWASLU-64.71");

        var list = banjarnegara.get("/api/v1/units");
        assertEquals(200, list.status());
        Set<String> codes = list.array().stream().map(v -> v.asJsonObject().getString("code")).collect(Collectors.toSet());
        assertEquals(Set.of("BAWASLU-33.04"), codes);

        assertEquals(200, banjarnegara.get("/api/v1/units/" + own.getId()).status());
        var other = banjarnegara.get("/api/v1/units/" + balikpapan.getId());
        assertEquals(404, other.status());
        assertEquals("error.notFound", other.object().getString("error"));
        assertEquals(404, banjarnegara.put("/api/v1/units/" + balikpapan.getId(), unitJson(balikpapan, "hacked")).status());
        assertEquals(404, banjarnegara.get("/api/v1/units/999999").status());

        em.clear();
        assertFalse("hacked".equals(TestData.unit(em, "BAWASLU-64.71").getAddress()), "nothing was written");

        var users = banjarnegara.get("/api/v1/users").array();
        assertTrue(users.size() >= 1);
        users.forEach(u -> assertEquals(own.getId().longValue(), u.asJsonObject().getJsonNumber("unitId").longValue()));
    }

    @Test
    void aProvinceReadsItsRegenciesButWritesOnlyItself() throws Exception {
        ApiClient sumbar = as("sumbar.sekretariat");
        OrgUnit province = TestData.unit(em, "BAWASLU-13");
        OrgUnit bukittinggi = TestData.unit(em, "BAWASLU-13.75");

        JsonObject child = sumbar.get("/api/v1/units/" + bukittinggi.getId()).object();
        assertEquals("BAWASLU-13.75", child.getString("code"));
        assertFalse(child.getBoolean("writable"));
        var refused = sumbar.put("/api/v1/units/" + bukittinggi.getId(), unitJson(bukittinggi, "Jl. Lain"));
        assertEquals(403, refused.status());
        assertEquals("error.readOnlyUnit", refused.object().getString("error"));

        var ok = sumbar.put("/api/v1/units/" + province.getId(), unitJson(province, "Jl. Khatib Sulaiman No. 1"));
        assertEquals(200, ok.status(), ok.body());
        assertEquals("Jl. Khatib Sulaiman No. 1", ok.object().getString("address"));
        Long audited = em.createQuery("select count(a) from AuditEntry a where a.action = 'unit.update' "
                        + "and a.entityId = :id and a.actor = 'sumbar.sekretariat'", Long.class)
                .setParameter("id", String.valueOf(province.getId())).getSingleResult();
        assertTrue(audited >= 1, "the change is in the audit log");

        var list = sumbar.get("/api/v1/units").array();
        Set<String> codes = list.stream().map(v -> v.asJsonObject().getString("code")).collect(Collectors.toSet());
        assertEquals(Set.of("BAWASLU-13", "BAWASLU-13.75", "BAWASLU-13.06"), codes);
    }

    @Test
    void writesNeedTheRightRoleAndALogin() throws Exception {
        OrgUnit own = TestData.unit(em, "BAWASLU-33.04");
        String newUser = "{\"username\":\"sneaky\",\"fullName\":\"Sneaky\",\"unitId\":" + own.getId()
                + ",\"roles\":[\"ADMIN\"],\"password\":\"Sneaky2026abc\"}";
        var secretariat = as("banjarnegara.sekretariat").post("/api/v1/users", newUser);
        assertEquals(403, secretariat.status());
        assertEquals("error.roleRequired", secretariat.object().getString("error"));

        ApiClient anonymous = new ApiClient(base, null);
        assertEquals(401, anonymous.post("/api/v1/users", newUser).status());
        assertEquals(401, anonymous.get("/api/v1/units").status());
        assertEquals(401, new ApiClient(base, "sk_not_a_real_token").get("/api/v1/units").status());

        ApiClient notulis = as("sumbar.notulis");
        OrgUnit sumbar = TestData.unit(em, "BAWASLU-13");
        assertEquals(403, notulis.put("/api/v1/units/" + sumbar.getId(), unitJson(sumbar, "x")).status());
    }

    @Test
    void adminCreatesAUserAndBadInputIsExplainedInTheCallersLanguage() throws Exception {
        ApiClient admin = as("admin");
        OrgUnit own = TestData.unit(em, "BAWASLU-33.04");
        String weak = "{\"username\":\"dwi.it\",\"fullName\":\"Dwi\",\"unitId\":" + own.getId()
                + ",\"roles\":[\"SEKRETARIAT\"],\"password\":\"pendek\"}";
        var id = admin.post("/api/v1/users", weak);
        assertEquals(400, id.status());
        assertEquals("password", id.object().getString("field"));
        assertEquals("Kata sandi minimal 10 karakter.", id.object().getString("message"));
        var en = admin.language("en").post("/api/v1/users", weak);
        assertEquals("The password must be at least 10 characters.", en.object().getString("message"));

        String good = weak.replace("pendek", "Banjarnegara2026");
        var created = admin.language("id").post("/api/v1/users", good);
        assertEquals(201, created.status(), created.body());
        var again = admin.post("/api/v1/users", good);
        assertEquals(400, again.status());
        assertEquals("user.usernameTaken", again.object().getString("error"));
        Long count = em.createQuery("select count(u) from AppUser u where u.username = 'dwi.it'", Long.class).getSingleResult();
        assertEquals(1L, count);
    }

    @Test
    void healthAndOpenApiArePublic() {
        ApiClient anonymous = new ApiClient(base, null);
        var health = anonymous.get("/api/v1/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.object().getString("status"));
        assertTrue(health.object().getString("databaseProduct").toLowerCase().contains("mariadb"),
                health.object().getString("databaseProduct"));
        var doc = anonymous.get("/api/v1/openapi.json").object();
        assertEquals("3.0.3", doc.getString("openapi"));
        JsonObject paths = doc.getJsonObject("paths");
        assertTrue(paths.containsKey("/units/{id}"), paths.keySet().toString());
        assertTrue(paths.getJsonObject("/units/{id}").containsKey("put"));
        assertTrue(doc.getJsonObject("components").getJsonObject("schemas").containsKey("UnitDto"));
        assertTrue(paths.getJsonObject("/users").getJsonObject("post").containsKey("security"));
        assertEquals(JsonValue.ValueType.OBJECT, paths.get("/health").getValueType());
    }
}
