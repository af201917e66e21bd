package id.sirakor.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;

/** Reading the audit log: newest first, optionally for one record (an event's history). */
@ApplicationScoped
public class AuditQueries {

    @PersistenceContext
    EntityManager em;

    public List<AuditEntry> page(String entityType, String entityId, int first, int max) {
        TypedQuery<AuditEntry> q = em.createQuery("select a from AuditEntry a" + where(entityType, entityId)
                + " order by a.id desc", AuditEntry.class);
        bind(q, entityType, entityId);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String entityType, String entityId) {
        TypedQuery<Long> q = em.createQuery("select count(a) from AuditEntry a" + where(entityType, entityId), Long.class);
        bind(q, entityType, entityId);
        return q.getSingleResult();
    }

    private static String where(String type, String id) {
        if (type == null) {
            return "";
        }
        return id == null ? " where a.entityType = :t" : " where a.entityType = :t and a.entityId = :i";
    }

    private static void bind(TypedQuery<?> q, String type, String id) {
        if (type != null) {
            q.setParameter("t", type);
            if (id != null) {
                q.setParameter("i", id);
            }
        }
    }
}
