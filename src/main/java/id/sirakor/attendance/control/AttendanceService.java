package id.sirakor.attendance.control;

import id.sirakor.attendance.entity.Attendance;
import id.sirakor.attendance.entity.AttendanceSetting;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.identity.control.CurrentUser;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.Role;
import id.sirakor.institution.entity.Institution;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.text.Inputs;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.speaker.entity.Speaker;
import id.sirakor.registration.control.RegistrationService;
import id.sirakor.registration.control.SeatLedger;
import id.sirakor.registration.control.Tickets;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Check-in at the door: by ticket code (scanned or typed), by a found registration, a walk-in
 * registered on the spot, a substitute at the door, or marked by hand from a paper list with a
 * reason. One record per person and day, and per session where the event counts sessions.
 * <p>Two devices scanning one ticket at the same moment: the registration's row is locked for the
 * short transaction, so the second sees the first's record and answers "already" (the unique key
 * on registration and slot is the safety net). A scan replayed from an offline queue carries its
 * idempotency key and gets the first answer again.
 * <p>Who: the staff (ADMIN, SEKRETARIAT) of the event's own unit; staff of a unit above read the
 * counts and lists; a PETUGAS (door staff) only the door operations of the one event its account
 * is bound to (ADR 0033). Every write is audited.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    /** The largest signature image accepted (a PNG of the pad, usually 5–30 kB). */
    public static final int MAX_SIGNATURE_BYTES = 256 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    RegistrationService registrations;

    @Inject
    SeatLedger ledger;

    /** A scan or a typed code; {@code signaturePng} base64 (optionally a data: URL) or null. */
    public record CheckIn(String code, Long registrationId, Long dayId, Long sessionId, String idempotencyKey,
                          String signaturePng, String device, String method) {
    }

    public enum Outcome { CHECKED_IN, ALREADY }

    /** The answer for the door: who, from where, at what time (in the event's zone). */
    public record Answer(Outcome outcome, long attendanceId, long registrationId, String name, String institution,
                         String ticket, String time, Instant at) {
    }

    // ---- access -----------------------------------------------------------------------------

    /** Read: staff of the event's unit or a unit above; else 403 (role) or 404 (not visible). */
    public Event readable(long eventId) {
        scope.requireStaff();
        Event e = em.find(Event.class, eventId);
        if (e == null || !scope.canRead(e.getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        return e;
    }

    /** Write: the event's own secretariat (or ADMIN), and not an archived or cancelled event. */
    public Event writable(long eventId) {
        Event e = readable(eventId);
        if (!scope.canManage(e.getUnit())) {
            throw BusinessException.forbidden("error.readOnlyUnit", e.getUnit().getName());
        }
        if (e.getStatus() == EventStatus.ARCHIVED) {
            throw BusinessException.conflict("attendance.closed");
        }
        if (e.getStatus() == EventStatus.CANCELLED) {
            throw BusinessException.conflict("event.cancelledRefused");
        }
        return e;
    }

    public boolean canWrite(long eventId) {
        if (doorStaff()) {
            Long bound = scope.user().assignedEventId();
            return bound != null && bound == eventId && em.find(Event.class, eventId) != null;
        }
        Event e = em.find(Event.class, eventId);
        return e != null && scope.isStaff() && scope.canManage(e.getUnit());
    }

    // ---- the door (PETUGAS, ADR 0033) -------------------------------------------------------

    /** A PETUGAS and not staff: works only the door of the one event its account is bound to. */
    public boolean doorStaff() {
        CurrentUser.Snapshot u = scope.user();
        return u.has(Role.PETUGAS) && !scope.isStaff();
    }

    /**
     * Reading what the door needs (event info, roster, search): staff as {@link #readable}, a
     * PETUGAS only its bound event. Order: 401, 403 (no role, or a PETUGAS bound to no event),
     * 404 (another event than the bound one, or none).
     */
    public Event doorReadable(long eventId) {
        if (!doorStaff()) {
            return readable(eventId);
        }
        Long bound = scope.user().assignedEventId();
        if (bound == null) {
            throw BusinessException.forbidden("petugas.noEvent");
        }
        Event e = bound == eventId ? em.find(Event.class, eventId) : null;
        if (e == null) {
            throw BusinessException.notFound("error.notFound");
        }
        return e;
    }

    /** Writing at the door (check-in, walk-in, substitute, check-out): staff as {@link #writable}, a PETUGAS its bound event. */
    public Event doorWritable(long eventId) {
        if (!doorStaff()) {
            return writable(eventId);
        }
        Event e = doorReadable(eventId);
        if (e.getStatus() == EventStatus.ARCHIVED) {
            throw BusinessException.conflict("attendance.closed");
        }
        if (e.getStatus() == EventStatus.CANCELLED) {
            throw BusinessException.conflict("event.cancelledRefused");
        }
        return e;
    }

    public AttendanceSetting setting(long eventId) {
        AttendanceSetting s = em.find(AttendanceSetting.class, eventId);
        return s != null ? s : AttendanceSetting.defaults(eventId);
    }

    public AttendanceSetting saveSetting(long eventId, AttendanceSetting.Rule rule, Integer threshold, boolean countsSessions,
                                        boolean checksOut) {
        Event e = writable(eventId);
        if (rule == null) {
            throw BusinessException.invalid("rule", "attendance.rule.required");
        }
        if (rule == AttendanceSetting.Rule.SESSIONS && threshold != null && (threshold < 1 || threshold > 100)) {
            throw BusinessException.invalid("threshold", "attendance.threshold.percent");
        }
        if (rule == AttendanceSetting.Rule.MINUTES && (threshold == null || threshold < 1 || threshold > 100_000)) {
            throw BusinessException.invalid("threshold", "attendance.threshold.minutes");
        }
        if (rule == AttendanceSetting.Rule.MINUTES && !checksOut) {
            throw BusinessException.invalid("checksOut", "attendance.minutesNeedCheckOut");
        }
        AttendanceSetting s = em.find(AttendanceSetting.class, eventId);
        Map<String, Object> before = null;
        if (s == null) {
            s = AttendanceSetting.defaults(eventId);
            em.persist(s);
        } else {
            before = settingMap(s);
        }
        s.setRule(rule);
        s.setThreshold(rule == AttendanceSetting.Rule.ALL_DAYS ? null : threshold);
        s.setCountsSessions(countsSessions);
        s.setChecksOut(checksOut);
        audit.record("attendance.setting", "Event", e.getId(), e.getUnit().getId(), e.getTitle(), before, settingMap(s));
        return s;
    }

    private static Map<String, Object> settingMap(AttendanceSetting s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", s.getRule());
        m.put("threshold", s.getThreshold());
        m.put("countsSessions", s.isCountsSessions());
        m.put("checksOut", s.isChecksOut());
        return m;
    }

    // ---- check-in ---------------------------------------------------------------------------

    /** A ticket code scanned or typed, or a registration found by search. */
    public Answer checkIn(long eventId, CheckIn c) {
        Event e = doorWritable(eventId);
        String key = key(c.idempotencyKey());
        if (key != null) {
            Answer first = byKey(e, key);
            if (first != null) {
                return first;
            }
        }
        Slot slot = slot(e, c.dayId(), c.sessionId());
        byte[] signature = signature(c.signaturePng());
        Registration r = ticket(e, c.code(), c.registrationId());
        String method = method(c.method(), c.code() != null ? "CODE" : "SEARCH");
        return record(e, r, slot, method, null, key, Inputs.trimToNull(c.device()), signature);
    }

    /** Marked by hand from the paper list (e.g. the day the devices failed): needs a reason; logged. */
    public Answer markByHand(long eventId, long registrationId, Long dayId, Long sessionId, String reason) {
        Event e = writable(eventId);
        String why = Inputs.trimToNull(reason);
        if (why == null) {
            throw BusinessException.invalid("reason", "attendance.reason.required");
        }
        if (why.length() > 300) {
            throw BusinessException.invalid("reason", "validation.tooLong", 300);
        }
        Slot slot = slot(e, dayId, sessionId);
        Registration r = ticket(e, null, registrationId);
        return record(e, r, slot, "MANUAL", why, null, null, null);
    }

    /** Someone not registered, registered on the spot under the usual rules, then checked in at once. */
    public Answer walkIn(long eventId, Long dayId, Long sessionId, RegistrationService.Form f, String signaturePng,
                         String idempotencyKey) {
        Event e = doorWritable(eventId);
        String key = key(idempotencyKey);
        if (key != null) {
            Answer first = byKey(e, key);
            if (first != null) {
                return first;
            }
        }
        Slot slot = slot(e, dayId, sessionId);
        byte[] signature = signature(signaturePng);
        if (!f.consent()) {
            throw BusinessException.invalid("consent", "participant.consent");
        }
        Institution n = f.institutionId() == null ? null : em.find(Institution.class, f.institutionId());
        RegistrationService.NewRegistration p = registrations.newRegistration(e, f, n, "WALKIN", null);
        registrations.lockEvent(e);
        Registration r = p.registration();
        registrations.refuseDuplicate(e, r);
        r.setChangedBy(scope.user().username());
        ledger.place(r);
        if (r.getStatus() != RegistrationStatus.CONFIRMED) {
            throw BusinessException.conflict("attendance.walkInFull"); // rolls back: no half-made walk-in
        }
        return record(e, r, slot, "WALKIN", null, key, null, signature);
    }

    /** A substitute at the door ("diwakili oleh"): takes over the delegate's seat, then is checked in. */
    public Answer substituteAtDoor(long eventId, long delegateId, Long dayId, Long sessionId, RegistrationService.Form f,
                                   String signaturePng, String idempotencyKey) {
        Event e = doorWritable(eventId);
        String key = key(idempotencyKey);
        if (key != null) {
            Answer first = byKey(e, key);
            if (first != null) {
                return first;
            }
        }
        Slot slot = slot(e, dayId, sessionId);
        byte[] signature = signature(signaturePng);
        if (!f.consent()) {
            throw BusinessException.invalid("consent", "participant.consent");
        }
        registrations.lockEvent(e);
        Registration old = em.find(Registration.class, delegateId);
        if (old == null || !old.getEvent().getId().equals(e.getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        em.refresh(old);
        if (old.getStatus() != RegistrationStatus.CONFIRMED) {
            throw BusinessException.conflict("attendance.substituteNotHolding", old.getName());
        }
        Long present = em.createQuery("select count(a) from Attendance a where a.registration = :r", Long.class)
                .setParameter("r", old).getSingleResult();
        if (present > 0) {
            throw BusinessException.conflict("attendance.substituteAfterPresent", old.getName());
        }
        Institution n = old.getInstitution();
        RegistrationService.Form named = n == null ? f : new RegistrationService.Form(f.frontTitle(), f.name(), f.backTitle(),
                f.position(), f.idKind(), f.idNumber(), n.getId(), null, f.phone(), f.email(), f.consent());
        RegistrationService.NewRegistration p = registrations.newRegistration(e, named, n, "WALKIN", null);
        Registration r = p.registration();
        if (n == null) {
            r.setInstitutionName(old.getInstitutionName());
        }
        registrations.refuseDuplicate(e, r);
        r.setInvitation(old.getInvitation());
        r.setReplaces(old);
        r.setChangedBy(scope.user().username());
        if (!ledger.transfer(old, r)) {
            throw BusinessException.conflict("attendance.substituteNotHolding", old.getName());
        }
        em.flush();
        audit.record("attendance.substitute", "Registration", r.getId(), e.getUnit().getId(),
                old.getName() + " \u2192 " + r.getName(), Map.of("registrationId", old.getId()),
                Map.of("registrationId", r.getId()));
        return record(e, r, slot, "WALKIN", null, key, null, signature);
    }

    /** Leaving (events that count minutes): the day's record gets its time; a second check-out is refused. */
    public Answer checkOut(long eventId, String code, Long registrationId, Long dayId) {
        Event e = doorWritable(eventId);
        if (!setting(eventId).isChecksOut()) {
            throw BusinessException.conflict("attendance.noCheckOut");
        }
        Slot slot = slot(e, dayId, null);
        Registration r = ticket(e, code, registrationId);
        em.find(Registration.class, r.getId(), LockModeType.PESSIMISTIC_WRITE);
        Attendance a = existing(r, slot.key());
        if (a == null) {
            throw BusinessException.conflict("attendance.notCheckedIn", displayName(r));
        }
        if (a.getCheckedOutAt() != null) {
            throw BusinessException.conflict("attendance.alreadyOut",
                    IndonesianTime.time(a.getCheckedOutAt(), e.zone(), Locale.forLanguageTag("id")));
        }
        a.setCheckedOutAt(clock.now());
        audit.record("attendance.checkOut", "Attendance", a.getId(), e.getUnit().getId(), r.getName(), null,
                Map.of("dayId", slot.dayId()));
        return new Answer(Outcome.CHECKED_IN, a.getId(), r.getId(), displayName(r), r.getInstitutionName(),
                Tickets.display(r.getTicketCode()), IndonesianTime.time(a.getCheckedOutAt(), e.zone(), Locale.forLanguageTag("id")),
                a.getCheckedOutAt());
    }

    /** The day (and session) a check-in is for; the session must belong to the day given or implies it. */
    record Slot(long dayId, Long sessionId) {
        String key() {
            return sessionId == null ? Attendance.daySlot(dayId) : Attendance.sessionSlot(sessionId);
        }
    }

    private Slot slot(Event e, Long dayId, Long sessionId) {
        if (sessionId != null) {
            EventSession s = em.find(EventSession.class, sessionId);
            if (s == null || !s.getEvent().getId().equals(e.getId())) {
                throw BusinessException.invalid("sessionId", "attendance.sessionUnknown");
            }
            if (dayId != null && !dayId.equals(s.getDay().getId())) {
                throw BusinessException.invalid("sessionId", "attendance.sessionOtherDay");
            }
            return new Slot(s.getDay().getId(), s.getId());
        }
        if (dayId == null) {
            throw BusinessException.invalid("dayId", "attendance.dayRequired");
        }
        EventDay d = em.find(EventDay.class, dayId);
        if (d == null || !d.getEvent().getId().equals(e.getId())) {
            throw BusinessException.invalid("dayId", "attendance.dayUnknown");
        }
        return new Slot(d.getId(), null);
    }

    private static String key(String raw) {
        String k = Inputs.trimToNull(raw);
        if (k != null && k.length() > 80) {
            throw BusinessException.invalid("idempotencyKey", "attendance.keyTooLong");
        }
        return k;
    }

    private static String method(String raw, String fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        String m = raw.trim().toUpperCase(Locale.ROOT);
        return switch (m) {
            case "SCAN", "CODE", "SEARCH", "OFFLINE" -> m;
            default -> throw BusinessException.invalid("method", "attendance.method");
        };
    }

    static byte[] signature(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String b64 = raw.startsWith("data:") ? raw.substring(raw.indexOf(',') + 1) : raw;
        if (b64.length() > MAX_SIGNATURE_BYTES * 4 / 3 + 4) {
            throw BusinessException.invalid("signaturePng", "attendance.signature.tooLarge");
        }
        byte[] png;
        try {
            png = Base64.getDecoder().decode(b64.trim());
        } catch (IllegalArgumentException bad) {
            throw BusinessException.invalid("signaturePng", "attendance.signature.invalid");
        }
        if (png.length < 8 || (png[0] & 0xff) != 0x89 || png[1] != 'P' || png[2] != 'N' || png[3] != 'G') {
            throw BusinessException.invalid("signaturePng", "attendance.signature.invalid");
        }
        return png;
    }

    /** The ticket by code (with or without the dash or the QR prefix) or by id, checked against the event and its status. */
    private Registration ticket(Event e, String code, Long registrationId) {
        Registration r;
        if (registrationId != null) {
            r = em.find(Registration.class, registrationId);
            if (r == null || !r.getEvent().getId().equals(e.getId())) {
                throw BusinessException.notFound("error.notFound");
            }
        } else {
            String c = normalize(code);
            if (c == null) {
                throw BusinessException.invalid("code", "attendance.codeRequired");
            }
            List<Registration> found = em.createQuery("select r from Registration r where r.ticketCode = :c", Registration.class)
                    .setParameter("c", c).getResultList();
            if (found.isEmpty()) {
                throw BusinessException.conflict("attendance.unknownTicket", Tickets.display(c));
            }
            r = found.get(0);
            if (!r.getEvent().getId().equals(e.getId())) {
                throw BusinessException.conflict("attendance.otherEvent", Tickets.display(c));
            }
        }
        switch (r.getStatus()) {
            case CONFIRMED -> {
                return r;
            }
            case CANCELLED -> throw BusinessException.conflict("attendance.cancelled", displayName(r));
            case WAITLISTED -> throw BusinessException.conflict("attendance.waitlisted", displayName(r));
            case PENDING -> throw BusinessException.conflict("attendance.pending", displayName(r));
            default -> {
                List<String> by = em.createQuery("select r.name from Registration r where r.replaces = :o", String.class)
                        .setParameter("o", r).getResultList();
                throw BusinessException.conflict("attendance.substituted", displayName(r),
                        by.isEmpty() ? "-" : by.get(0));
            }
        }
    }

    /** "Dr. Sri Rahayu, S.H.": the salutation name. */
    public static String displayName(Registration r) {
        return Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle());
    }

    /** "SIRAKOR-TIKET:K7QM3XPA9D", "k7qm3-xpa9d" → "K7QM3XPA9D". */
    public static String normalize(String code) {
        if (code == null) {
            return null;
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.startsWith("SIRAKOR-TIKET:")) {
            c = c.substring("SIRAKOR-TIKET:".length());
        }
        c = c.replaceAll("[^A-Z0-9]", "");
        return c.isEmpty() || c.length() > 16 ? null : c;
    }

    /** Under the registration's row lock: the first record for the slot, or "already" with its time. */
    private Answer record(Event e, Registration r, Slot slot, String method, String reason, String key, String device,
                          byte[] signature) {
        em.flush();
        em.find(Registration.class, r.getId(), LockModeType.PESSIMISTIC_WRITE);
        if (key != null) {
            Answer first = byKey(e, key); // the same key raced in on another connection
            if (first != null) {
                return first;
            }
        }
        Attendance a = existing(r, slot.key());
        if (a != null) {
            if (signature != null && a.getSignaturePng() == null) {
                a.setSignaturePng(signature); // signed on the second pass: keep the signature
            }
            return answer(e, r, a, Outcome.ALREADY);
        }
        Instant now = clock.now();
        if (slot.sessionId() != null && existing(r, Attendance.daySlot(slot.dayId())) == null) {
            insert(e, r, new Slot(slot.dayId(), null), method, reason, null, device, signature, now);
        }
        a = insert(e, r, slot, method, reason, key, device, signature, now);
        if (reason != null) {
            audit.record("attendance.manual", "Attendance", a.getId(), e.getUnit().getId(), r.getName(), null,
                    Map.of("registrationId", r.getId(), "slot", slot.key(), "method", method, "reason", reason));
        } else {
            audit.record("attendance.checkIn", "Attendance", a.getId(), e.getUnit().getId(), r.getName(), null,
                    Map.of("registrationId", r.getId(), "slot", slot.key(), "method", method));
        }
        return answer(e, r, a, Outcome.CHECKED_IN);
    }

    private Attendance insert(Event e, Registration r, Slot slot, String method, String reason, String key, String device,
                              byte[] signature, Instant now) {
        Attendance a = new Attendance();
        a.setEventId(e.getId());
        a.setRegistration(r);
        a.setDayId(slot.dayId());
        a.setSessionId(slot.sessionId());
        a.setSlotKey(slot.key());
        a.setCheckedInAt(now);
        a.setMethod(method);
        a.setReason(reason);
        a.setIdempotencyKey(key);
        a.setDevice(device);
        a.setRecordedBy(scope.user().username());
        a.setSignaturePng(signature);
        a.setCreatedAt(now);
        em.persist(a);
        em.flush();
        return a;
    }

    private Attendance existing(Registration r, String slotKey) {
        List<Attendance> l = em.createQuery("select a from Attendance a where a.registration = :r and a.slotKey = :k",
                Attendance.class).setParameter("r", r).setParameter("k", slotKey).getResultList();
        return l.isEmpty() ? null : l.get(0);
    }

    private Answer byKey(Event e, String key) {
        List<Attendance> l = em.createQuery("select a from Attendance a join fetch a.registration where a.idempotencyKey = :k",
                Attendance.class).setParameter("k", key).getResultList();
        if (l.isEmpty()) {
            return null;
        }
        Attendance a = l.get(0);
        if (!a.getEventId().equals(e.getId())) {
            throw BusinessException.conflict("attendance.keyReused");
        }
        return answer(e, a.getRegistration(), a, Outcome.ALREADY);
    }

    private Answer answer(Event e, Registration r, Attendance a, Outcome o) {
        return new Answer(o, a.getId(), r.getId(), displayName(r), r.getInstitutionName(),
                Tickets.display(r.getTicketCode()), IndonesianTime.time(a.getCheckedInAt(), e.zone(), Locale.forLanguageTag("id")),
                a.getCheckedInAt());
    }
}
