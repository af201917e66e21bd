package id.sirakor.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Re-computes every hash of a chain in order. A changed, deleted or inserted row breaks the
 * chain at that row: the report names the first sequence number that does not verify.
 */
@ApplicationScoped
public class AuditVerifier {

    private static final int PAGE = 1000;

    @PersistenceContext
    EntityManager em;

    public record Report(String chain, long checked, boolean intact, Long brokenAtSeq, String problem) implements java.io.Serializable {
    }

    @Transactional
    public Report verify(String chain) {
        AuditChainHead head = em.find(AuditChainHead.class, chain);
        String expectedPrev = AuditEntry.GENESIS;
        long expectedSeq = 1;
        long checked = 0;
        while (true) {
            List<AuditEntry> page = em.createQuery(
                            "select a from AuditEntry a where a.chain = :c and a.seq >= :s order by a.seq", AuditEntry.class)
                    .setParameter("c", chain).setParameter("s", expectedSeq).setMaxResults(PAGE).getResultList();
            if (page.isEmpty()) {
                break;
            }
            for (AuditEntry e : page) {
                if (e.getSeq() != expectedSeq) {
                    return new Report(chain, checked, false, expectedSeq, "missing");
                }
                if (!e.getPrevHash().equals(expectedPrev)) {
                    return new Report(chain, checked, false, e.getSeq(), "prev-hash");
                }
                if (!e.computeHash().equals(e.getHash())) {
                    return new Report(chain, checked, false, e.getSeq(), "content");
                }
                expectedPrev = e.getHash();
                expectedSeq++;
                checked++;
            }
            em.clear();
        }
        if (head != null && (head.getLastSeq() != checked || !head.getLastHash().equals(expectedPrev))) {
            return new Report(chain, checked, false, checked + 1, "head");
        }
        return new Report(chain, checked, true, null, null);
    }
}
