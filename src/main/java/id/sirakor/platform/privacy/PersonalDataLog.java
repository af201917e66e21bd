package id.sirakor.platform.privacy;

import id.sirakor.identity.control.CurrentUser;
import id.sirakor.platform.audit.AuditContext;
import id.sirakor.platform.clock.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The one place that records who viewed or exported personal data (UU 27/2022): every page, API
 * answer or download that shows participants' names with their contact data, NIK (masked or not),
 * attendance or finance data calls {@link #record}. The unit's data protection officer reads the log
 * (manage/privacy.xhtml).
 *
 * <p>ADR 0097: a row in its own table {@code personal_data_access}, written in its own short
 * transaction, not appended to the hash-chained audit log (a page view must not take the chain's
 * lock). A participant looking at their own data (no login) is not recorded. Rows are purged
 * after {@value #KEEP_MONTHS} months by a daily job.
 */
@ApplicationScoped
public class PersonalDataLog {

    /** How long access rows are kept. */
    public static final int KEEP_MONTHS = 24;

    private static final Logger LOG = Logger.getLogger(PersonalDataLog.class.getName());

    /** What was done with the data. */
    public enum Access { VIEW, EXPORT }

    @PersistenceContext
    EntityManager em;

    @Inject
    Instance<CurrentUser> currentUser;

    @Inject
    AuditContext context;

    @Inject
    AppClock clock;

    @Inject
    PersonalDataLog self;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;

    private volatile id.sirakor.platform.ops.PeriodicTask task;

    void start(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object ignored) {
        task = id.sirakor.platform.ops.PeriodicTask.every(scheduler, 24 * 3600, () -> self.purge(),
                e -> LOG.log(Level.WARNING, "personal data access log purge failed", e));
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (task != null) {
            task.stop();
        }
    }

    /**
     * Records an access by the current user; nothing when nobody is logged in (a participant's own
     * page) or the caller is a system job.
     *
     * @param access  viewed on screen or exported (download, API list)
     * @param subject what was shown, a short stable code such as {@code "registrations"},
     *                {@code "attendance"}, {@code "spj"}, {@code "participant"}
     * @param eventId the event whose participants were shown, or null for a unit-wide list
     * @param unitId  the organizer unit the data belongs to, or null when eventId says it
     * @param persons how many persons' data were shown (1 for a single record); negative: the
     *                event's confirmed participants (a document built from them, such as the SPJ)
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Access access, String subject, Long eventId, Long unitId, int persons) {
        CurrentUser.Snapshot u = user();
        if (u == null || access == null || subject == null) {
            return;
        }
        Long unit = unitId;
        if (unit == null && eventId != null) {
            List<Long> found = em.createQuery("select e.unit.id from Event e where e.id = :id", Long.class)
                    .setParameter("id", eventId).getResultList();
            unit = found.isEmpty() ? null : found.get(0);
        }
        int n = persons;
        if (n < 0) {
            n = eventId == null ? 0 : Math.toIntExact(em.createQuery("select count(r) from Registration r where r.event.id = :e"
                    + " and r.status = id.sirakor.registration.entity.RegistrationStatus.CONFIRMED", Long.class)
                    .setParameter("e", eventId).getSingleResult());
        }
        String ip = context.clientIp();
        String roles = u.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        em.persist(new PersonalDataAccess(clock.now(), cut(u.username(), 100), cut(roles, 120), u.unitId(), unit, eventId,
                cut(subject, 40), access.name(), n, ip == null || ip.length() > 45 ? null : ip));
    }

    private CurrentUser.Snapshot user() {
        if (!"anonymous".equals(context.actor()) && context.actor().startsWith("system:")) {
            return null;
        }
        try {
            return currentUser.get().get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    /** Drops rows older than {@value #KEEP_MONTHS} months; returns how many. */
    @Transactional
    public int purge() {
        return em.createQuery("delete from PersonalDataAccess a where a.at < :f")
                .setParameter("f", clock.now().atZone(ZoneOffset.UTC).minusMonths(KEEP_MONTHS).toInstant()).executeUpdate();
    }
}
