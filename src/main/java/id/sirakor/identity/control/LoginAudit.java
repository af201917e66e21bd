package id.sirakor.identity.control;

import id.sirakor.identity.entity.LoginAttempt;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.audit.AuditContext;
import id.sirakor.platform.clock.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The login audit: every attempt is written (inside the attempt's own transaction), and an
 * administrator reads the failed ones grouped per account and per client address.
 */
@ApplicationScoped
public class LoginAudit {

    public static final int MAX_DAYS = 180;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditContext context;

    @Inject
    AppClock clock;

    @Inject
    UnitScope scope;

    @Inject
    LoginAudit self;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;

    private volatile id.sirakor.platform.ops.PeriodicTask task;

    void start(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object ignored) {
        task = id.sirakor.platform.ops.PeriodicTask.every(scheduler, 24 * 3600, () -> self.purge(),
                e -> java.util.logging.Logger.getLogger(LoginAudit.class.getName()).log(java.util.logging.Level.WARNING, "login audit purge failed", e));
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (task != null) {
            task.stop();
        }
    }

    /** Called by {@link LoginAttempts} inside its transaction. */
    void record(String username, LoginAttempts.Outcome outcome, String channel) {
        String name = username == null ? null : username.strip();
        if (name != null && name.length() > 100) {
            name = name.substring(0, 100);
        }
        String ip = context.clientIp();
        em.persist(new LoginAttempt(clock.now(), name == null || name.isEmpty() ? null : name,
                ip == null || ip.length() > 45 ? null : ip, outcome.name(), channel));
    }

    public record PerAccount(String username, long failures, Instant last, String lastIp, long addresses) {
    }

    public record PerAddress(String clientIp, long failures, Instant last, long accounts) {
    }

    public record Attempt(Instant at, String username, String clientIp, String outcome, String channel) {
    }

    public record Report(int days, long failures, List<PerAccount> byAccount, List<PerAddress> byAddress, List<Attempt> recent) {
    }

    /** Failed logins of the last {@code days} days (1–180), per account and per address, and the latest 100. ADMIN only. */
    @Transactional
    public Report report(int days) {
        scope.requireRole(Role.ADMIN);
        int d = Math.max(1, Math.min(MAX_DAYS, days));
        Instant from = clock.now().minus(Duration.ofDays(d));
        List<Object[]> acc = em.createQuery("select a.username, count(a), max(a.at), count(distinct a.clientIp) from LoginAttempt a"
                        + " where a.at >= :f and a.outcome <> 'OK' and a.username is not null group by a.username order by count(a) desc, max(a.at) desc",
                Object[].class).setParameter("f", from).setMaxResults(200).getResultList();
        List<PerAccount> byAccount = acc.stream().map(r -> new PerAccount((String) r[0], (Long) r[1], (Instant) r[2],
                lastIp((String) r[0], from), (Long) r[3])).toList();
        List<Object[]> ips = em.createQuery("select a.clientIp, count(a), max(a.at), count(distinct a.username) from LoginAttempt a"
                        + " where a.at >= :f and a.outcome <> 'OK' group by a.clientIp order by count(a) desc, max(a.at) desc",
                Object[].class).setParameter("f", from).setMaxResults(200).getResultList();
        List<PerAddress> byAddress = ips.stream().map(r -> new PerAddress((String) r[0], (Long) r[1], (Instant) r[2], (Long) r[3])).toList();
        List<Attempt> recent = em.createQuery("select a from LoginAttempt a where a.at >= :f and a.outcome <> 'OK' order by a.at desc, a.id desc",
                        LoginAttempt.class).setParameter("f", from).setMaxResults(100).getResultList().stream()
                .map(a -> new Attempt(a.getAt(), a.getUsername(), a.getClientIp(), a.getOutcome(), a.getChannel())).toList();
        long total = em.createQuery("select count(a) from LoginAttempt a where a.at >= :f and a.outcome <> 'OK'", Long.class)
                .setParameter("f", from).getSingleResult();
        return new Report(d, total, byAccount, byAddress, recent);
    }

    private String lastIp(String username, Instant from) {
        List<String> r = em.createQuery("select a.clientIp from LoginAttempt a where a.username = :u and a.at >= :f and a.outcome <> 'OK'"
                + " order by a.at desc, a.id desc", String.class).setParameter("u", username).setParameter("f", from).setMaxResults(1).getResultList();
        return r.isEmpty() ? null : r.get(0);
    }

    /** Drops attempts older than {@value #MAX_DAYS} days; returns how many. */
    @Transactional
    public int purge() {
        return em.createQuery("delete from LoginAttempt a where a.at < :f")
                .setParameter("f", clock.now().minus(Duration.ofDays(MAX_DAYS))).executeUpdate();
    }
}
