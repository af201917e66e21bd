package id.sirakor.privacy.control;

import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.privacy.PersonalDataAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The personal-data access log as the data protection officer reads it: the units they read (ADMIN: all). */
@ApplicationScoped
public class AccessLogQueries {

    public static final int MAX_PAGE = 200;
    public static final int MAX_EXPORT = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    /** Filters; any may be null. {@code to} is exclusive. */
    public record Filter(Instant from, Instant to, String username, Long eventId, String subject) {
    }

    public record Row(long id, Instant at, String username, String roles, String unitName, Long eventId, String eventTitle,
                      String subject, String access, int persons, String clientIp) implements java.io.Serializable {
    }

    public record Page(List<Row> rows, long total) {
    }

    @Transactional
    public Page page(Filter f, int first, int size) {
        scope.requireRole(Role.ADMIN, Role.PDP);
        int n = Math.max(1, Math.min(MAX_PAGE, size));
        long total = where(f, em.createQuery("select count(a) from PersonalDataAccess a" + clause(f), Long.class)).getSingleResult();
        return new Page(rows(f, Math.max(0, first), n), total);
    }

    /** Up to {@value #MAX_EXPORT} rows, newest first. */
    @Transactional
    public List<Row> export(Filter f) {
        scope.requireRole(Role.ADMIN, Role.PDP);
        return rows(f, 0, MAX_EXPORT);
    }

    private List<Row> rows(Filter f, int first, int max) {
        List<PersonalDataAccess> l = where(f, em.createQuery("select a from PersonalDataAccess a" + clause(f)
                + " order by a.at desc, a.id desc", PersonalDataAccess.class)).setFirstResult(first).setMaxResults(max).getResultList();
        java.util.Map<Long, String> units = new java.util.HashMap<>();
        java.util.Map<Long, String> events = new java.util.HashMap<>();
        return l.stream().map(a -> new Row(a.getId(), a.getAt(), a.getUsername(), a.getRoles(),
                a.getUnitId() == null ? null : units.computeIfAbsent(a.getUnitId(), this::unitName), a.getEventId(),
                a.getEventId() == null ? null : events.computeIfAbsent(a.getEventId(), this::eventTitle), a.getSubject(), a.getAccess(),
                a.getPersons(), a.getClientIp())).toList();
    }

    private String unitName(Long id) {
        List<String> l = em.createQuery("select coalesce(u.shortName, u.name) from OrgUnit u where u.id = :i", String.class)
                .setParameter("i", id).getResultList();
        return l.isEmpty() ? null : l.get(0);
    }

    private String eventTitle(Long id) {
        List<String> l = em.createQuery("select e.title from Event e where e.id = :i", String.class).setParameter("i", id).getResultList();
        return l.isEmpty() ? null : l.get(0);
    }

    private String clause(Filter f) {
        StringBuilder b = new StringBuilder(" where a.unitId in (select u.id from OrgUnit u where u.path like :p)");
        if (scope.isAdmin()) {
            b = new StringBuilder(" where (a.unitId is null or a.unitId in (select u.id from OrgUnit u where u.path like :p))");
        }
        if (f.from() != null) {
            b.append(" and a.at >= :from");
        }
        if (f.to() != null) {
            b.append(" and a.at < :to");
        }
        if (f.username() != null && !f.username().isBlank()) {
            b.append(" and a.username = :user");
        }
        if (f.eventId() != null) {
            b.append(" and a.eventId = :event");
        }
        if (f.subject() != null && !f.subject().isBlank()) {
            b.append(" and a.subject = :subject");
        }
        return b.toString();
    }

    private <T> TypedQuery<T> where(Filter f, TypedQuery<T> q) {
        q.setParameter("p", scope.readablePathPattern());
        if (f.from() != null) {
            q.setParameter("from", f.from());
        }
        if (f.to() != null) {
            q.setParameter("to", f.to());
        }
        if (f.username() != null && !f.username().isBlank()) {
            q.setParameter("user", f.username().strip());
        }
        if (f.eventId() != null) {
            q.setParameter("event", f.eventId());
        }
        if (f.subject() != null && !f.subject().isBlank()) {
            q.setParameter("subject", f.subject().strip());
        }
        return q;
    }

    /** The subjects logged so far in the readable units (the filter's choices). */
    @Transactional
    public List<String> subjects() {
        scope.requireRole(Role.ADMIN, Role.PDP);
        return em.createQuery("select distinct a.subject from PersonalDataAccess a order by a.subject", String.class).setMaxResults(100).getResultList();
    }
}
