package id.sirakor.platform.audit;

import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.persistence.BatchInsert;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one audit log. Every feature records its changes here, inside its own transaction, so a
 * change and its audit row commit or roll back together. The chain's head row is locked from the
 * append to the commit, for every writer of the chain: append as late in the transaction as
 * possible, and append many rows of one transaction at once with {@link #recordAll}.
 */
@ApplicationScoped
public class AuditLog {

    public static final String MAIN_CHAIN = "main";

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AuditContext context;

    /**
     * Appends one row. {@code before}/{@code after} are snapshots (maps of field → value) or null.
     * Locks the chain head, so concurrent writers append one after another.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry record(String action, String entityType, Object entityId, Long unitId, String summary,
                             Map<String, ?> before, Map<String, ?> after) {
        AuditChainHead head = em.find(AuditChainHead.class, MAIN_CHAIN, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            head = new AuditChainHead(MAIN_CHAIN);
            em.persist(head);
        }
        AuditEntry entry = new AuditEntry(MAIN_CHAIN, head.getLastSeq() + 1, clock.now(), context.actor(),
                context.actorUnitId(), action, entityType, entityId == null ? null : String.valueOf(entityId),
                unitId, truncate(summary, 500), before == null ? null : CanonicalJson.write(before),
                after == null ? null : CanonicalJson.write(after), context.clientIp(), head.getLastHash());
        em.persist(entry);
        head.advance(entry);
        return entry;
    }

    /** Who acted and from where, captured on the request's thread for work finished elsewhere (a batch writer). */
    public record Actor(String actor, Long actorUnitId, String clientIp) {
    }

    /** One row to append with {@link #recordAll}. */
    public record Entry(String action, String entityType, Object entityId, Long unitId, String summary,
                        Map<String, ?> before, Map<String, ?> after, Actor actor) {
    }

    /** The current actor (user or system actor, unit, client address), to pass along with deferred work. */
    public Actor currentActor() {
        return new Actor(context.actor(), context.actorUnitId(), context.clientIp());
    }

    /**
     * Appends several rows, in list order, as consecutive links of the chain: the head is locked
     * once, the rows are written in one JDBC batch and the head advances once. Meant for a
     * transaction that makes many audited changes at once (group commit of registrations), so the
     * chain's lock is held for one short step instead of once per row. Same rows, same hashes as
     * {@link #record} one by one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        AuditChainHead head = em.find(AuditChainHead.class, MAIN_CHAIN, LockModeType.PESSIMISTIC_WRITE);
        if (head == null) {
            head = new AuditChainHead(MAIN_CHAIN);
            em.persist(head);
        }
        java.time.Instant now = clock.now();
        List<AuditEntry> rows = new ArrayList<>(entries.size());
        long seq = head.getLastSeq();
        String prev = head.getLastHash();
        for (Entry e : entries) {
            AuditEntry row = new AuditEntry(MAIN_CHAIN, ++seq, now, e.actor().actor(), e.actor().actorUnitId(), e.action(),
                    e.entityType(), e.entityId() == null ? null : String.valueOf(e.entityId()), e.unitId(),
                    truncate(e.summary(), 500), e.before() == null ? null : CanonicalJson.write(e.before()),
                    e.after() == null ? null : CanonicalJson.write(e.after()), e.actor().clientIp(), prev);
            rows.add(row);
            prev = row.getHash();
        }
        BatchInsert.insert(em, AuditEntry.class, rows);
        head.advance(rows.get(rows.size() - 1));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
