package id.sirakor.identity.control;

import id.sirakor.identity.entity.ApiToken;
import id.sirakor.identity.entity.AppUser;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;

/** Personal API tokens of the logged-in user. */
@ApplicationScoped
@Transactional
public class ApiTokenService {


    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    /** The new token in clear text, shown once. */
    public record Issued(ApiToken token, String secret) {
    }

    public Issued issue(String name, int validDays) {
        if (name == null || name.isBlank()) {
            throw BusinessException.invalid("tokenName", "validation.required");
        }
        if (validDays < 1 || validDays > 366) {
            throw BusinessException.invalid("tokenDays", "token.validDays", 1, 366);
        }
        AppUser u = em.find(AppUser.class, scope.user().userId());
        String secret = "sk_" + PasswordHasher.newSecret(32);
        var now = clock.now();
        ApiToken t = new ApiToken(u, name.trim(), secret.substring(0, 10), PasswordHasher.sha256Hex(secret), now,
                now.plus(Duration.ofDays(validDays)));
        em.persist(t);
        em.flush();
        audit.record("token.issue", "ApiToken", t.getId(), u.getUnit().getId(), t.getName(), null, null);
        return new Issued(t, secret);
    }

    public List<ApiToken> mine() {
        return em.createQuery("select t from ApiToken t where t.user.id = :u order by t.createdAt desc", ApiToken.class)
                .setParameter("u", scope.user().userId()).getResultList();
    }

    public void revoke(long id) {
        ApiToken t = em.find(ApiToken.class, id);
        if (t == null || !t.getUser().getId().equals(scope.user().userId())) {
            throw BusinessException.notFound("error.notFound");
        }
        t.revoke(clock.now());
        audit.record("token.revoke", "ApiToken", t.getId(), t.getUser().getUnit().getId(), t.getName(), null, null);
    }
}
