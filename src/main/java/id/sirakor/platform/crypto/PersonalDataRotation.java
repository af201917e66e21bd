package id.sirakor.platform.crypto;

import id.sirakor.platform.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * The re-encryption step of a key rotation: every NIK stored under a retired key is decrypted and
 * encrypted again under the current key, in batches of 500 rows per transaction. Safe to run
 * again (rows already under the current key are skipped) and while the portal is in use.
 */
@ApplicationScoped
public class PersonalDataRotation {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    AuditLog audit;

    @Inject
    PersonalDataRotation self;

    /** Re-encrypts everything under a retired key; returns how many values were rewritten. */
    public int reencryptAll() {
        int total = 0;
        long after = 0;
        while (true) {
            long[] result = self.batch(after);
            total += (int) result[0];
            if (result[1] < 0) {
                break;
            }
            after = result[1];
        }
        self.record(total);
        return total;
    }

    /** One batch after a registration id: {rewritten, last id seen or -1 at the end}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long[] batch(long afterId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, nik_cipher FROM registration WHERE nik_cipher IS NOT NULL AND id > ?1"
                + " ORDER BY id").setParameter(1, afterId).setMaxResults(500).getResultList();
        int rewritten = 0;
        long last = -1;
        for (Object[] r : rows) {
            last = ((Number) r[0]).longValue();
            String stored = (String) r[1];
            if (cipher.isStale(stored)) {
                em.createNativeQuery("UPDATE registration SET nik_cipher = ?1 WHERE id = ?2 AND nik_cipher = ?3")
                        .setParameter(1, cipher.encrypt(cipher.decrypt(stored))).setParameter(2, last).setParameter(3, stored)
                        .executeUpdate();
                rewritten++;
            }
        }
        return new long[] {rewritten, rows.size() < 500 ? -1 : last};
    }

    @Transactional
    public void record(int total) {
        audit.record("personalData.reencrypt", "Registration", null, null, total + " NIK re-encrypted", null, Map.of("count", total));
    }
}
