package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.sirakor.identity.control.LoginAttempts;
import id.sirakor.identity.control.LoginAttempts.Outcome;
import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.entity.AppUser;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.clock.AppClock;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Lockout counters are committed even though the failed request fails, and expire by the clock. */
@org.junit.jupiter.api.Tag("it-core") // its own WildFly and database: the failsafe execution "core" (pom.xml)
@ExtendWith(ArquillianExtension.class)
class LoginLockoutIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(LoginLockoutIT.class, TestData.class);
    }

    @Inject
    LoginAttempts attempts;

    @Inject
    AppClock clock;

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @AfterEach
    void realTime() {
        clock.use(null);
    }

    private String newUser() throws Exception {
        String name = "lockout" + System.nanoTime() % 1_000_000;
        tx.begin();
        AppUser u = new AppUser();
        u.setUsername(name);
        u.setFullName("Uji Penguncian");
        u.setUnit(TestData.unit(em, "BAWASLU-33.04"));
        u.setRoles(EnumSet.of(Role.SEKRETARIAT));
        u.changePassword(PasswordHasher.hash("benar12345ok".toCharArray()), Instant.now(), false);
        u.setCreatedAt(Instant.now());
        u.setUpdatedAt(Instant.now());
        em.persist(u);
        tx.commit();
        return name;
    }

    @Test
    void fiveWrongPasswordsLockEvenTheRightOneUntilTheLockExpires() throws Exception {
        String user = newUser();
        Instant start = Instant.parse("2026-11-23T03:00:00Z");
        clock.use(Clock.fixed(start, ZoneOffset.UTC));
        for (int i = 1; i <= 4; i++) {
            assertEquals(Outcome.BAD_CREDENTIALS, attempts.checkPassword(user, "salah".toCharArray()).outcome(), "try " + i);
        }
        assertEquals(Outcome.LOCKED, attempts.checkPassword(user, "salah".toCharArray()).outcome());
        assertEquals(Outcome.LOCKED, attempts.checkPassword(user, "benar12345ok".toCharArray()).outcome());

        clock.use(Clock.fixed(start.plus(Duration.ofMinutes(16)), ZoneOffset.UTC));
        assertEquals(Outcome.OK, attempts.checkPassword(user, "benar12345ok".toCharArray()).outcome());
        AppUser u = em.createQuery("select u from AppUser u where u.username = :n", AppUser.class)
                .setParameter("n", user).getSingleResult();
        assertEquals(0, u.getFailedLogins());
        assertEquals(start.plus(Duration.ofMinutes(16)), u.getLastLoginAt());
    }

    @Test
    void usernamesAreCaseInsensitiveAndUnknownOnesFailLikeWrongPasswords() throws Exception {
        String user = newUser();
        assertEquals(Outcome.OK, attempts.checkPassword(user.toUpperCase(), "benar12345ok".toCharArray()).outcome());
        assertEquals(Outcome.BAD_CREDENTIALS, attempts.checkPassword("no-such-user", "benar12345ok".toCharArray()).outcome());
    }
}
