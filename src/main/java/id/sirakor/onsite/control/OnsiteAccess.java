package id.sirakor.onsite.control;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Who may read and prepare an event's on-site materials. Reading (rundown, seating plan) follows
 * the event's readers: staff and NOTULIS of the event's unit or a unit above. Badges hold the
 * participants' names and tickets: staff only. Changes: the event's own secretariat (or ADMIN).
 * Order: 401 (container) → 403 role → 404 event outside scope → 403 read-only unit.
 */
@ApplicationScoped
public class OnsiteAccess {

    @Inject
    EventService events;

    @Inject
    UnitScope scope;

    public Event readable(long eventId) {
        return events.find(eventId);
    }

    public Event staffReadable(long eventId) {
        scope.requireStaff();
        return events.find(eventId);
    }

    public Event writable(long eventId) {
        scope.requireStaff();
        Event e = events.find(eventId);
        if (!scope.canManage(e.getUnit())) {
            throw BusinessException.forbidden("error.readOnlyUnit", e.getUnit().getName());
        }
        return e;
    }

    public boolean canWrite(long eventId) {
        return scope.isStaff() && scope.canManage(events.find(eventId).getUnit());
    }

    public String actor() {
        return scope.user().username();
    }
}
