package id.sirakor.platform.audit;

import id.sirakor.platform.clock.AppClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * The one audit log. Every feature records its changes here, inside its own transaction, so a
 * change and its audit row commit or roll back together.
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

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
