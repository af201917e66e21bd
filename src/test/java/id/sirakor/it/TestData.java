package id.sirakor.it;

import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.entity.ApiToken;
import id.sirakor.identity.entity.AppUser;
import id.sirakor.identity.entity.OrgUnit;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Setup helpers for in-container ITs, on top of the demo data. */
public final class TestData {

    private TestData() {
    }

    static OrgUnit unit(EntityManager em, String code) {
        return em.createQuery("select u from OrgUnit u where u.code = :c", OrgUnit.class).setParameter("c", code)
                .getSingleResult();
    }

    /** The test database, from outside the server (client-side tests). */
    public static java.sql.Connection db() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(System.getProperty("it.db.url"), "sirakor_it", "sirakor_it");
    }

    /** A fresh API token for a demo user, written straight into the database (client-side tests). */
    public static String jdbcToken(String username) throws Exception {
        String secret = "sk_it_" + UUID.randomUUID();
        try (var c = db(); var s = c.prepareStatement("INSERT INTO api_token (user_id, name, token_prefix, token_hash, created_at, expires_at)"
                + " SELECT id, 'it', ?, ?, NOW(6), NOW(6) + INTERVAL 1 DAY FROM app_user WHERE username = ?")) {
            s.setString(1, secret.substring(0, 10));
            s.setString(2, PasswordHasher.sha256Hex(secret));
            s.setString(3, username);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no user " + username);
            }
        }
        return secret;
    }

    /** A fresh API token for a demo user, written through the server's own datasource (in-container tests). */
    public static String jdbcTokenInContainer(javax.sql.DataSource ds, String username) throws Exception {
        String secret = "sk_it_" + UUID.randomUUID();
        try (var c = ds.getConnection(); var s = c.prepareStatement("INSERT INTO api_token (user_id, name, token_prefix, token_hash, created_at, expires_at)"
                + " SELECT id, 'it', ?, ?, NOW(6), NOW(6) + INTERVAL 1 DAY FROM app_user WHERE username = ?")) {
            s.setString(1, secret.substring(0, 10));
            s.setString(2, PasswordHasher.sha256Hex(secret));
            s.setString(3, username);
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("no user " + username);
            }
        }
        return secret;
    }

    /** The first hall of a venue, by the venue's name. */
    public static long hall(ApiClient c, String venue) {
        for (var v : c.get("/api/v1/venues").array()) {
            if (v.asJsonObject().getString("name").equals(venue)) {
                return v.asJsonObject().getJsonArray("halls").getJsonObject(0).getJsonNumber("id").longValue();
            }
        }
        throw new AssertionError("no venue " + venue);
    }

    /** A published one-day event of the caller's unit at Grand Rocky Hotel on the given date (09.00–16.00 WIB). */
    public static long publishedEvent(ApiClient c, String title, String date, int capacity) {
        var r = c.post("/api/v1/events", "{\"type\":\"RAKOR\",\"title\":\"" + title + "\",\"capacity\":" + capacity + "}");
        if (r.status() != 201) {
            throw new AssertionError(r.body());
        }
        long id = r.object().getJsonNumber("id").longValue();
        long hall = hall(c, "Grand Rocky Hotel Bukittinggi");
        var day = c.post("/api/v1/events/" + id + "/days", "{\"date\":\"" + date + "\",\"hallId\":" + hall
                + ",\"start\":\"09:00:00\",\"end\":\"16:00:00\"}");
        if (day.status() != 200) {
            throw new AssertionError("adding the day " + date + " of " + title + ": " + day.status() + " " + day.body());
        }
        long dayId = day.object().getJsonArray("days").getJsonObject(0).getJsonNumber("id").longValue();
        var session = c.post("/api/v1/events/" + id + "/sessions", "{\"dayId\":" + dayId + ",\"start\":\"09:00:00\",\"end\":\"10:00:00\","
                + "\"title\":\"Pembukaan\",\"kind\":\"SAMBUTAN\",\"speakers\":[]}");
        if (session.status() != 200) {
            throw new AssertionError(session.body());
        }
        var pub = c.post("/api/v1/events/" + id + "/status", "{\"status\":\"PUBLISHED\"}");
        if (day.status() != 200 || pub.status() != 200) {
            throw new AssertionError(day.body() + " / " + pub.body());
        }
        return id;
    }

    /** A fresh API token for a demo user; returns the secret. */
    static String token(EntityManager em, UserTransaction tx, String username) throws Exception {
        String secret = "sk_it_" + UUID.randomUUID();
        tx.begin();
        AppUser u = em.createQuery("select u from AppUser u where u.username = :n", AppUser.class)
                .setParameter("n", username).getSingleResult();
        em.persist(new ApiToken(u, "it", secret.substring(0, 10), PasswordHasher.sha256Hex(secret), Instant.now(),
                Instant.now().plus(Duration.ofDays(1))));
        tx.commit();
        return secret;
    }
}
