package id.sirakor.identity.control;

import id.sirakor.identity.entity.ApiToken;
import id.sirakor.identity.entity.AppUser;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * Checks credentials and keeps the lockout counters. Each attempt is its own transaction: a
 * failed login must be counted even though the request that carried it fails.
 */
@ApplicationScoped
public class LoginAttempts {

    public enum Outcome { OK, BAD_CREDENTIALS, LOCKED, INACTIVE }

    public record Result(Outcome outcome, String username, Set<String> roles) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    LoginAudit logins;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result checkPassword(String username, char[] password) {
        Result r = passwordResult(username, password);
        logins.record(username, r.outcome(), "FORM");
        return r;
    }

    private Result passwordResult(String username, char[] password) {
        List<AppUser> found = em.createQuery("select u from AppUser u where u.username = :n", AppUser.class)
                .setParameter("n", username == null ? "" : username.trim().toLowerCase())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (found.isEmpty()) {
            PasswordHasher.verify(password, null);
            return new Result(Outcome.BAD_CREDENTIALS, username, Set.of());
        }
        AppUser u = found.get(0);
        var now = clock.now();
        if (u.isLocked(now)) {
            return new Result(Outcome.LOCKED, u.getUsername(), Set.of());
        }
        if (!PasswordHasher.verify(password, u.getPasswordHash())) {
            boolean lockedNow = u.loginFailed(now);
            if (lockedNow) {
                audit.record("user.locked", "AppUser", u.getId(), u.getUnit().getId(),
                        "locked after " + AppUser.MAX_FAILED_LOGINS + " failed logins", null, null);
                return new Result(Outcome.LOCKED, u.getUsername(), Set.of());
            }
            return new Result(Outcome.BAD_CREDENTIALS, u.getUsername(), Set.of());
        }
        if (!u.isActive()) {
            return new Result(Outcome.INACTIVE, u.getUsername(), Set.of());
        }
        u.loginSucceeded(now);
        if (PasswordHasher.needsRehash(u.getPasswordHash())) {
            u.changePassword(PasswordHasher.hash(password), now, u.isMustChangePassword());
        }
        audit.record("user.login", "AppUser", u.getId(), u.getUnit().getId(), null, null, null);
        return new Result(Outcome.OK, u.getUsername(), roles(u));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Result checkToken(String token) {
        Result r = tokenResult(token);
        if (r.outcome() != Outcome.OK) {
            logins.record(r.username(), r.outcome(), "TOKEN");
        }
        return r;
    }

    private Result tokenResult(String token) {
        if (token == null || token.isBlank()) {
            return new Result(Outcome.BAD_CREDENTIALS, null, Set.of());
        }
        List<ApiToken> found = em.createQuery(
                        "select t from ApiToken t join fetch t.user where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", PasswordHasher.sha256Hex(token.trim())).getResultList();
        var now = clock.now();
        if (found.isEmpty() || !found.get(0).usable(now)) {
            return new Result(Outcome.BAD_CREDENTIALS, null, Set.of());
        }
        ApiToken t = found.get(0);
        AppUser u = t.getUser();
        if (!u.isActive() || u.isLocked(now)) {
            return new Result(Outcome.INACTIVE, u.getUsername(), Set.of());
        }
        t.used(now);
        return new Result(Outcome.OK, u.getUsername(), roles(u));
    }

    private static Set<String> roles(AppUser u) {
        return u.getRoles().stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
    }

}
