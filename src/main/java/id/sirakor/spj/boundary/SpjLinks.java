package id.sirakor.spj.boundary;

import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.UnitScope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Whether the event page shows its SPJ link: only to the event's own secretariat and ADMIN, who may open it. */
@Named
@RequestScoped
public class SpjLinks {

    @Inject
    UnitScope scope;

    @PersistenceContext
    EntityManager em;

    public boolean visible(Long eventId) {
        if (eventId == null || !scope.isStaff()) {
            return false;
        }
        Event e = em.find(Event.class, eventId);
        return e != null && scope.canManage(e.getUnit());
    }
}
