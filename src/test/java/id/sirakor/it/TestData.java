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
final class TestData {

    private TestData() {
    }

    static OrgUnit unit(EntityManager em, String code) {
        return em.createQuery("select u from OrgUnit u where u.code = :c", OrgUnit.class).setParameter("c", code)
                .getSingleResult();
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
