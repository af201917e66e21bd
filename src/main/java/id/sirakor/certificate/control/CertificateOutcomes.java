package id.sirakor.certificate.control;

import id.sirakor.certificate.entity.Certificate;
import id.sirakor.program.control.ProgramOutcomes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Certificates' part of a program's report: the valid certificates of an event (a revoked one is
 * not counted; a reissued one counts once, as its valid successor).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CertificateOutcomes implements ProgramOutcomes {

    @PersistenceContext
    EntityManager em;

    @Override
    public OptionalDouble attendanceRate(long eventId) {
        return OptionalDouble.empty();
    }

    @Override
    public OptionalLong certificatesIssued(long eventId) {
        return OptionalLong.of(em.createQuery("select count(c) from Certificate c where c.eventId = :e and c.status = :s", Long.class)
                .setParameter("e", eventId).setParameter("s", Certificate.Status.VALID).getSingleResult());
    }
}
