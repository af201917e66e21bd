package id.sirakor.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.sirakor.event.entity.Event;
import id.sirakor.registration.control.RegistrationService;
import id.sirakor.registration.control.SeatLedger;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10: one CONFIRMED row kept {@code waitlist_no = 1}, the number of a WAITLISTED row. A group
 * that is rolled back after a unique-key clash is decided again one registration at a time, with the
 * same objects — and a row numbered for the waitlist in the rolled-back attempt kept its number when
 * it got a seat. In the server, against MariaDB; everything is rolled back at the end.
 */
@org.junit.jupiter.api.Tag("it-core") // its own WildFly and database: the failsafe execution "core" (pom.xml)
@ExtendWith(ArquillianExtension.class)
class WaitlistNumberIT {

    private static final String EVENT = "rapat-koordinasi-evaluasi-pengawasan-netralitas-asn";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWith(WaitlistNumberIT.class);
    }

    @PersistenceContext
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Inject
    RegistrationService registrations;

    @Inject
    SeatLedger ledger;

    @Test
    void aSeatClearsAWaitlistNumberLeftFromARolledBackAttempt() throws Exception {
        tx.begin();
        try {
            Event e = em.createQuery("select e from Event e where e.slug = :s", Event.class).setParameter("s", EVENT).getSingleResult();
            em.createNativeQuery("UPDATE event SET capacity = 100000 WHERE id = ?1").setParameter(1, e.getId()).executeUpdate();
            em.refresh(e);
            var form = new RegistrationService.Form(null, "Wulan Sari", null, null, "NIP", "199105212019032011", null, "Dinas Uji Antrean",
                    "081277001299", "wulan.sari@contoh.go.id", true);
            Registration r = registrations.newRegistration(e, form, null, "MANUAL", "waitlist-it-1").registration();
            r.setWaitlistNo(1L); // what the rolled-back attempt left on the object
            SeatLedger.Placement p = ledger.place(r);
            em.flush();
            assertEquals(RegistrationStatus.CONFIRMED, p.status());
            assertNull(r.getWaitlistNo(), "a confirmed registration has no waitlist number");
            Object stored = em.createNativeQuery("SELECT waitlist_no FROM registration WHERE id = ?1").setParameter(1, r.getId()).getSingleResult();
            assertNull(stored, "stored without a waitlist number");
        } finally {
            tx.rollback();
        }
    }
}
