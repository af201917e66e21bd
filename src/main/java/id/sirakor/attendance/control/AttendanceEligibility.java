package id.sirakor.attendance.control;

import id.sirakor.attendance.entity.Attendance;
import id.sirakor.attendance.entity.AttendanceOverride;
import id.sirakor.attendance.entity.AttendanceSetting;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.text.Inputs;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Certificate eligibility per participant of an event, by the event's rule
 * ({@link EligibilityRule}), with the reason as text ("hadir 1 dari 2 hari"). Certificates call
 * {@link #forEvent}; overrides need a reason and are logged.
 */
@ApplicationScoped
@Transactional
public class AttendanceEligibility {

    @PersistenceContext
    EntityManager em;

    @Inject
    AttendanceService attendance;

    @Inject
    AuditLog audit;

    @Inject
    id.sirakor.identity.control.UnitScope scope;

    @Inject
    AppClock clock;

    /** One participant's standing: {@code reason} in the caller's language. */
    public record Row(long registrationId, String name, String institution, RegistrationStatus status, String source,
                      boolean eligible, String reason, boolean overridden) {
    }

    /** Every participant who held or holds a seat (confirmed, or substituted after the fact), by name. */
    public List<Row> forEvent(long eventId) {
        return forEvent(eventId, Messages.INDONESIAN);
    }

    public List<Row> forEvent(long eventId, Locale locale) {
        Event e = attendance.readable(eventId);
        AttendanceSetting s = attendance.setting(eventId);
        List<Long> dayIds = em.createQuery("select d.id from EventDay d where d.event = :e order by d.dayDate", Long.class)
                .setParameter("e", e).getResultList();
        List<Long> sessionIds = em.createQuery("select s.id from EventSession s where s.event = :e order by s.startsAt", Long.class)
                .setParameter("e", e).getResultList();
        EligibilityRule.Shape shape = new EligibilityRule.Shape(s.getRule(), s.getThreshold(), dayIds, sessionIds);
        List<Registration> people = em.createQuery("select r from Registration r where r.event = :e and r.status in :st"
                        + " order by r.name, r.id", Registration.class).setParameter("e", e)
                .setParameter("st", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.SUBSTITUTED)).getResultList();
        Map<Long, Set<Long>> days = new HashMap<>();
        Map<Long, Set<Long>> sessions = new HashMap<>();
        Map<Long, Long> minutes = new HashMap<>();
        for (Object[] a : em.createQuery("select a.registration.id, a.dayId, a.sessionId, a.checkedInAt, a.checkedOutAt"
                + " from Attendance a where a.eventId = :e", Object[].class).setParameter("e", e.getId()).getResultList()) {
            long rid = (Long) a[0];
            days.computeIfAbsent(rid, k -> new HashSet<>()).add((Long) a[1]);
            if (a[2] != null) {
                sessions.computeIfAbsent(rid, k -> new HashSet<>()).add((Long) a[2]);
            } else if (a[4] != null) {
                long m = Duration.between((java.time.Instant) a[3], (java.time.Instant) a[4]).toMinutes();
                minutes.merge(rid, Math.max(0, m), Long::sum);
            }
        }
        Map<Long, AttendanceOverride> overrides = new HashMap<>();
        for (AttendanceOverride o : em.createQuery("select o from AttendanceOverride o where o.registrationId in"
                + " (select r.id from Registration r where r.event = :e)", AttendanceOverride.class).setParameter("e", e).getResultList()) {
            overrides.put(o.getRegistrationId(), o);
        }
        List<Row> rows = new ArrayList<>();
        for (Registration r : people) {
            AttendanceOverride o = overrides.get(r.getId());
            EligibilityRule.Presence p = new EligibilityRule.Presence(r.getStatus(), days.getOrDefault(r.getId(), Set.of()),
                    sessions.getOrDefault(r.getId(), Set.of()), minutes.getOrDefault(r.getId(), 0L),
                    o == null ? null : o.isEligible(), o == null ? null : o.getReason());
            EligibilityRule.Result res = EligibilityRule.evaluate(shape, p);
            rows.add(new Row(r.getId(), AttendanceService.displayName(r), r.getInstitutionName(), r.getStatus(), r.getSource(),
                    res.eligible(), Messages.get(locale, res.reasonKey(), res.args()), o != null));
        }
        return rows;
    }

    /** The eligible participants' registration ids (what a certificate run needs). */
    public List<Long> eligibleIds(long eventId) {
        return forEvent(eventId).stream().filter(Row::eligible).map(Row::registrationId).toList();
    }

    /** Decides one participant against the rule (or, with {@code eligible} null, returns them to the rule); needs a reason. */
    public void override(long eventId, long registrationId, Boolean eligible, String reason) {
        Event e = attendance.writable(eventId);
        Registration r = em.find(Registration.class, registrationId);
        if (r == null || !r.getEvent().getId().equals(e.getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        String why = Inputs.trimToNull(reason);
        if (why == null) {
            throw BusinessException.invalid("reason", "attendance.reason.required");
        }
        if (why.length() > 300) {
            throw BusinessException.invalid("reason", "validation.tooLong", 300);
        }
        AttendanceOverride o = em.find(AttendanceOverride.class, registrationId);
        Map<String, Object> before = o == null ? null : Map.of("eligible", o.isEligible(), "reason", o.getReason());
        if (eligible == null) {
            if (o != null) {
                em.remove(o);
            }
        } else {
            boolean fresh = o == null;
            if (fresh) {
                o = new AttendanceOverride();
                o.setRegistrationId(registrationId);
            }
            o.setEligible(eligible);
            o.setReason(why);
            o.setDecidedBy(scope.user().username());
            o.setDecidedAt(clock.now());
            if (fresh) {
                em.persist(o);
            }
        }
        audit.record("attendance.override", "Registration", r.getId(), e.getUnit().getId(), r.getName(), before,
                eligible == null ? Map.of("rule", true, "reason", why) : Map.of("eligible", eligible, "reason", why));
    }

}
