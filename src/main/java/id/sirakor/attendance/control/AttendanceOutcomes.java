package id.sirakor.attendance.control;

import id.sirakor.program.control.ProgramOutcomes;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.persistence.EntityManager;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Attendance's part of a program's report: the share of an event's confirmed participants who were
 * checked in at least once. An event where nobody was checked in has no rate (not 0 %): its door
 * may simply not have used Sirakor.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttendanceOutcomes implements ProgramOutcomes {

    @PersistenceContext
    EntityManager em;

    @Override
    public OptionalDouble attendanceRate(long eventId) {
        long present = em.createQuery("select count(distinct a.registration.id) from Attendance a where a.eventId = :e", Long.class)
                .setParameter("e", eventId).getSingleResult();
        if (present == 0) {
            return OptionalDouble.empty();
        }
        long confirmed = em.createQuery("select count(r) from Registration r where r.event.id = :e and r.status = :s", Long.class)
                .setParameter("e", eventId).setParameter("s", RegistrationStatus.CONFIRMED).getSingleResult();
        return OptionalDouble.of(confirmed == 0 ? 1.0 : Math.min(1.0, (double) present / confirmed));
    }

    @Override
    public OptionalLong certificatesIssued(long eventId) {
        return OptionalLong.empty();
    }
}
