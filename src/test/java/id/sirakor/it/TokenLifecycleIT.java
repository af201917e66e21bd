package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import id.sirakor.identity.control.PasswordHasher;
import java.net.URL;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An API token stops working when it expires, when it is revoked, and when its account is deactivated. */
@org.junit.jupiter.api.Tag("it-core") // its own WildFly and database: the failsafe execution "core" (pom.xml)
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TokenLifecycleIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void expiredRevokedAndDeactivatedTokensAreRefused() throws Exception {
        ApiClient admin = new ApiClient(base, TestData.jdbcToken("admin"));
        long unit = -1;
        for (var u : admin.get("/api/v1/units").array()) {
            if ("BAWASLU-64.71".equals(u.asJsonObject().getString("code"))) {
                unit = u.asJsonObject().getJsonNumber("id").longValue();
            }
        }
        String username = "it.token." + (System.nanoTime() % 100000);
        var created = admin.post("/api/v1/users", "{\"username\":\"" + username + "\",\"fullName\":\"Uji Token\",\"unitId\":" + unit
                + ",\"roles\":[\"SEKRETARIAT\"],\"password\":\"kata-sandi-uji-2027\"}");
        assertEquals(201, created.status(), created.body());

        String valid = TestData.jdbcToken(username);
        assertEquals(200, new ApiClient(base, valid).get("/api/v1/me").status(), "a fresh token works");

        String expired = token(username, "NOW(6) - INTERVAL 1 MINUTE", null);
        var refused = new ApiClient(base, expired).get("/api/v1/me");
        assertEquals(401, refused.status(), "an expired token: " + refused.body());

        String revoked = token(username, "NOW(6) + INTERVAL 1 DAY", "NOW(6)");
        assertEquals(401, new ApiClient(base, revoked).get("/api/v1/me").status(), "a revoked token");
        assertEquals(200, new ApiClient(base, valid).get("/api/v1/me").status(), "revoking one token leaves the others");

        try (var c = TestData.db(); var s = c.prepareStatement("UPDATE app_user SET active = FALSE WHERE username = ?")) {
            s.setString(1, username);
            assertEquals(1, s.executeUpdate());
        }
        assertEquals(401, new ApiClient(base, valid).get("/api/v1/me").status(), "a deactivated account's token");
        assertThrows(IllegalStateException.class, () -> WebSession.login(base.toString(), username, "kata-sandi-uji-2027"),
                "a deactivated account cannot log in");
    }

    /** A token written straight into the database with the given expiry and revocation (SQL expressions). */
    private static String token(String username, String expiresAt, String revokedAt) throws Exception {
        String secret = "sk_it_" + UUID.randomUUID();
        try (var c = TestData.db(); var s = c.prepareStatement("INSERT INTO api_token (user_id, name, token_prefix, token_hash, created_at,"
                + " expires_at, revoked_at) SELECT id, 'it', ?, ?, NOW(6) - INTERVAL 1 DAY, " + expiresAt + ", "
                + (revokedAt == null ? "NULL" : revokedAt) + " FROM app_user WHERE username = ?")) {
            s.setString(1, secret.substring(0, 10));
            s.setString(2, PasswordHasher.sha256Hex(secret));
            s.setString(3, username);
            assertEquals(1, s.executeUpdate());
        }
        return secret;
    }
}
