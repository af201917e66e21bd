package id.sirakor.platform.cache;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;
import javax.naming.InitialContext;

/**
 * The default entity listener (META-INF/orm.xml): a write to an entity that a public page shows
 * bumps {@link PublicStamp} once per transaction, in that transaction (ADR 0100). Entities not in
 * {@link #PUBLIC} (registrations, attendance, audit, mail…) cost one set lookup.
 * Writes that bypass JPA (JDBC, bulk JPQL on these tables) must call {@link PublicStamp#bump()}
 * themselves; today none does (PhotoGallery's bulk "cover = false" comes with an entity update).
 */
public class PublicChangeListener {

    private static final String KEY = PublicChangeListener.class.getName();

    /** What the home page, the public event page and /api/v1/public/events show. */
    static final Set<String> PUBLIC = Set.of(
            "id.sirakor.event.entity.Event", "id.sirakor.event.entity.EventDay", "id.sirakor.event.entity.EventSession",
            "id.sirakor.event.entity.SessionSpeaker", "id.sirakor.event.entity.SpeakerMaterial",
            "id.sirakor.speaker.entity.Speaker", "id.sirakor.photo.entity.EventPhoto", "id.sirakor.venue.entity.Venue",
            "id.sirakor.venue.entity.Hall", "id.sirakor.identity.entity.OrgUnit");

    private static volatile TransactionSynchronizationRegistry registry;

    @PostPersist
    @PostUpdate
    @PostRemove
    public void changed(Object entity) {
        if (!PUBLIC.contains(entity.getClass().getName()) && !PUBLIC.contains(entity.getClass().getSuperclass().getName())) {
            return;
        }
        try {
            TransactionSynchronizationRegistry tsr = registry();
            boolean inTx = tsr.getTransactionStatus() == Status.STATUS_ACTIVE || tsr.getTransactionStatus() == Status.STATUS_PREPARING;
            if (inTx) {
                if (tsr.getResource(KEY) != null) {
                    return;
                }
                tsr.putResource(KEY, Boolean.TRUE);
                // this node sees its own change at once; the others within PublicPageCache.CHECK_MILLIS
                tsr.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        if (status == Status.STATUS_COMMITTED) {
                            PublicPageCache.recheck();
                        }
                    }
                });
            }
            PublicStamp.bump();
            if (!inTx) {
                PublicPageCache.recheck();
            }
        } catch (Exception e) {
            // the page caches would serve the old page until their maximum age: fail the write instead
            throw new IllegalStateException("public_change not written", e);
        }
    }

    private static TransactionSynchronizationRegistry registry() throws javax.naming.NamingException {
        TransactionSynchronizationRegistry r = registry;
        if (r == null) {
            r = (TransactionSynchronizationRegistry) new InitialContext().lookup("java:jboss/TransactionSynchronizationRegistry");
            registry = r;
        }
        return r;
    }
}
