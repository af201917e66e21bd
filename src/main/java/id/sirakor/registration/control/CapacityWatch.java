package id.sirakor.registration.control;

import id.sirakor.event.control.CapacityChanged;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * An event's new capacity, seen from the seats: never below the seats already held (the change is
 * refused and rolled back), and new seats go to the waitlist in arrival order at once.
 */
@ApplicationScoped
public class CapacityWatch {

    @Inject
    SeatLedger ledger;

    void onChange(@Observes CapacityChanged c) {
        ledger.lockEvent(c.eventId());
        long confirmed = ledger.counters(c.eventId())[0];
        if (c.after() != null && c.after() < confirmed) {
            throw BusinessException.invalid("capacity", "event.capacityBelowHeld", confirmed);
        }
        if (c.after() == null || c.before() == null || c.after() > c.before()) {
            ledger.promote(c.eventId());
        }
    }
}
