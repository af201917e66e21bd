package id.sirakor.platform.mail;

import id.sirakor.identity.control.UnitScope;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outbox as staff see it (/manage/outbox.xhtml): the mails about the events of their units
 * (ADMIN: all, also those about no event), counts per status, and a retry of a dead letter by the
 * unit that sent it (docs/access.md). A mail's unit is the unit of the event it is about.
 */
@ApplicationScoped
public class OutboxQueries {

    private static final String FROM = " FROM mail_outbox m"
            + " LEFT JOIN registration r ON m.kind LIKE 'registration.%' AND r.id = m.ref_id"
            + " LEFT JOIN invitation i ON m.kind LIKE 'invitation%' AND i.id = m.ref_id"
            + " LEFT JOIN event e ON e.id = COALESCE(r.event_id, i.event_id)"
            + " LEFT JOIN org_unit u ON u.id = e.unit_id";

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    public record Row(long id, String kind, String to, String subject, String status, int attempts, Instant nextAttemptAt,
                      String lastError, Instant createdAt, Instant sentAt, Long unitId, String unitName, boolean retryable) implements java.io.Serializable {
    }

    /** The latest 200 mails of the caller's units, optionally of one status. */
    @Transactional
    public List<Row> list(String status) {
        scope.requireStaff();
        StringBuilder sql = new StringBuilder("SELECT m.id, u.id, u.name").append(FROM).append(" WHERE 1 = 1");
        String pattern = scope.readablePathPrefix() == null ? null : scope.readablePathPattern();
        if (pattern != null) {
            sql.append(" AND u.path LIKE :pattern");
        }
        if (status != null) {
            sql.append(" AND m.status = :status");
        }
        sql.append(" ORDER BY m.id DESC");
        var q = em.createNativeQuery(sql.toString());
        if (pattern != null) {
            q.setParameter("pattern", pattern);
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        Map<Long, Object[]> units = new LinkedHashMap<>();
        for (Object o : q.setMaxResults(200).getResultList()) {
            Object[] r = (Object[]) o;
            units.put(((Number) r[0]).longValue(), r);
        }
        List<Row> rows = new ArrayList<>();
        if (units.isEmpty()) {
            return rows;
        }
        Map<Long, OutboxMail> mails = new java.util.HashMap<>();
        em.createQuery("select m from OutboxMail m where m.id in :ids", OutboxMail.class).setParameter("ids", units.keySet())
                .getResultList().forEach(m -> mails.put(m.getId(), m));
        for (Map.Entry<Long, Object[]> e : units.entrySet()) {
            OutboxMail m = mails.get(e.getKey());
            if (m == null) {
                continue;
            }
            Object[] r = e.getValue();
            Long unitId = r[1] == null ? null : ((Number) r[1]).longValue();
            String st = m.getStatus();
            boolean mayRetry = (OutboxMail.FAILED.equals(st) || OutboxMail.PENDING.equals(st))
                    && (scope.isAdmin() || (unitId != null && unitId == scope.user().unitId()));
            rows.add(new Row(m.getId(), m.getKind(), m.getToAddress(), m.getSubject(), st, m.getAttempts(), m.getNextAttemptAt(),
                    m.getLastError(), m.getCreatedAt(), m.getSentAt(), unitId, (String) r[2], mayRetry));
        }
        return rows;
    }

    /** Mails per status in the caller's units (every status, zero included). */
    @Transactional
    public Map<String, Long> counts() {
        scope.requireStaff();
        String pattern = scope.readablePathPrefix() == null ? null : scope.readablePathPattern();
        var q = em.createNativeQuery("SELECT m.status, COUNT(*)" + FROM + (pattern == null ? "" : " WHERE u.path LIKE ?1") + " GROUP BY m.status");
        if (pattern != null) {
            q.setParameter(1, pattern);
        }
        Map<String, Long> out = new LinkedHashMap<>();
        for (String s : new String[] {OutboxMail.PENDING, OutboxMail.SENDING, OutboxMail.SENT, OutboxMail.FAILED}) {
            out.put(s, 0L);
        }
        for (Object o : q.getResultList()) {
            Object[] r = (Object[]) o;
            out.put((String) r[0], ((Number) r[1]).longValue());
        }
        return out;
    }

    /**
     * Sends a FAILED (or waiting) mail again now, with a fresh count of attempts. Staff only; a mail
     * outside the caller's units is "not found", a child unit's is "forbidden" (its own secretariat
     * retries it); a mail being sent or sent is a conflict.
     */
    @Transactional
    public void retry(long id) {
        scope.requireStaff();
        List<?> found = em.createNativeQuery("SELECT m.status, u.id, u.path, m.to_address" + FROM + " WHERE m.id = ?1").setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            throw BusinessException.notFound("error.notFound");
        }
        Object[] r = (Object[]) found.get(0);
        Long unitId = r[1] == null ? null : ((Number) r[1]).longValue();
        if (!scope.isAdmin()) {
            if (unitId == null || !((String) r[2]).startsWith(scope.user().unitPath())) {
                throw BusinessException.notFound("error.notFound");
            }
            if (unitId != scope.user().unitId()) {
                throw BusinessException.forbidden("outbox.retry.childUnit");
            }
        }
        if (!outbox.retry(id)) {
            throw BusinessException.conflict("outbox.retry.notRetryable");
        }
        audit.record("mail.retry", "OutboxMail", id, unitId, String.valueOf(r[3]), Map.of("status", String.valueOf(r[0])),
                Map.of("status", OutboxMail.PENDING));
    }
}
