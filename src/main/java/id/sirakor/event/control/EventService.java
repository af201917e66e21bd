package id.sirakor.event.control;

import id.sirakor.platform.text.Inputs;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.event.entity.EventType;
import id.sirakor.event.entity.SessionKind;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.speaker.control.SpeakerService;
import id.sirakor.speaker.entity.Speaker;
import id.sirakor.venue.entity.Hall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Planning an event: details, days with hall bookings, the timetable, the status workflow.
 * Every change is scoped to the event's unit and written to the audit log as the event's history.
 */
@ApplicationScoped
@Transactional
public class EventService {

    @Inject
    jakarta.enterprise.event.Event<CapacityChanged> capacityChanged;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    SpeakerService speakers;

    public record EventData(EventType type, String title, String theme, String description, Integer capacity,
                            String budgetLine) {
    }

    public record DayData(LocalDate date, Long hallId, LocalTime start, LocalTime end) {
    }

    public record SlotData(long speakerId, Long representedById) {
    }

    public record SessionData(long dayId, LocalTime start, LocalTime end, String title, SessionKind kind,
                              String description, Long moderatorId, List<SlotData> speakers) {
    }

    // ---- reading -------------------------------------------------------------------------

    public List<Event> list(String search, EventStatus status, int first, int max) {
        scope.requireEventReader();
        TypedQuery<Event> q = em.createQuery("select e from Event e join e.unit un" + where(search, status)
                + " order by e.createdAt desc", Event.class);
        bind(q, search, status);
        List<Event> page = q.setFirstResult(first).setMaxResults(max).getResultList();
        // days, halls and venues for the list's dates and places: batch-fetched, not one query per row
        page.forEach(e -> e.getUnit().getName());
        page.forEach(e -> e.getDays().forEach(d -> {
            if (d.getHall() != null) {
                d.getHall().getVenue().getName();
            }
        }));
        return page;
    }

    public long count(String search, EventStatus status) {
        scope.requireEventReader();
        TypedQuery<Long> q = em.createQuery("select count(e) from Event e join e.unit un" + where(search, status), Long.class);
        bind(q, search, status);
        return q.getSingleResult();
    }

    private static String where(String search, EventStatus status) {
        return " where un.path like :p" + (search == null || search.isBlank() ? "" : " and lower(e.title) like :q")
                + (status == null ? "" : " and e.status = :s");
    }

    private void bind(TypedQuery<?> q, String search, EventStatus status) {
        q.setParameter("p", scope.readablePathPattern());
        if (search != null && !search.isBlank()) {
            q.setParameter("q", "%" + search.trim().toLowerCase() + "%");
        }
        if (status != null) {
            q.setParameter("s", status);
        }
    }

    /**
     * The event with its days, halls, sessions and speakers, if the caller may read it: staff and
     * NOTULIS of its unit or a unit above. Speakers and institution operators reach their own
     * sessions and invitations through their own pages, not through this.
     */
    public Event find(long id) {
        scope.requireEventReader();
        Event e = em.find(Event.class, id);
        if (e == null || !scope.canRead(e.getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        initialize(e);
        return e;
    }

    public boolean canEdit(Event e) {
        return scope.canManage(e.getUnit());
    }

    public static void initialize(Event e) {
        e.getUnit().getName();
        for (EventDay d : e.getDays()) {
            if (d.getHall() != null) {
                d.getHall().getVenue().getName();
            }
        }
        for (EventSession s : e.getSessions()) {
            if (s.getModerator() != null) {
                s.getModerator().getName();
            }
            for (SessionSpeaker sl : s.getSlots()) {
                sl.getSpeaker().getName();
                if (sl.getRepresentedBy() != null) {
                    sl.getRepresentedBy().getName();
                }
            }
        }
    }

    // ---- details -------------------------------------------------------------------------

    public Event create(EventData d) {
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        validate(d);
        OrgUnit unit = em.find(OrgUnit.class, scope.user().unitId());
        Event e = new Event();
        e.setUnit(unit);
        apply(e, d);
        e.setStatus(EventStatus.DRAFT);
        e.setTimeZone(defaultZone(unit).getId());
        e.setSlug(uniqueSlug(d.title()));
        e.setCreatedAt(clock.now());
        e.setUpdatedAt(e.getCreatedAt());
        em.persist(e);
        em.flush();
        audit.record("event.create", "Event", e.getId(), unit.getId(), e.getTitle(), null, e.snapshot());
        return e;
    }

    public Event update(long id, EventData d) {
        Event e = editable(id, false);
        validate(d);
        Map<String, Object> before = e.snapshot();
        Integer capacityBefore = e.getCapacity();
        apply(e, d);
        touch(e);
        if (!java.util.Objects.equals(capacityBefore, e.getCapacity())) {
            em.flush();
            capacityChanged.fire(new CapacityChanged(e.getId(), capacityBefore, e.getCapacity()));
        }
        audit.record("event.update", "Event", e.getId(), e.getUnit().getId(), e.getTitle(), before, e.snapshot());
        return e;
    }

    private static void apply(Event e, EventData d) {
        e.setType(d.type());
        e.setTitle(d.title().trim());
        e.setTheme(Inputs.trimToNull(d.theme()));
        e.setDescription(Inputs.trimToNull(d.description()));
        e.setCapacity(d.capacity());
        e.setBudgetLine(Inputs.trimToNull(d.budgetLine()));
    }

    private static void validate(EventData d) {
        if (d.type() == null) {
            throw BusinessException.invalid("type", "validation.required");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw BusinessException.invalid("title", "validation.required");
        }
        if (d.title().trim().length() > 300) {
            throw BusinessException.invalid("title", "validation.tooLong", 300);
        }
        if (d.capacity() != null && (d.capacity() < 1 || d.capacity() > 100000)) {
            throw BusinessException.invalid("capacity", "event.capacityRange");
        }
    }

    // ---- days and hall bookings ----------------------------------------------------------

    /**
     * Adds a day and books its hall. The hall row is locked first, so of two secretaries
     * booking the same hall at the same moment the second waits, then sees the first booking
     * and is refused with the name of the other event.
     */
    public EventDay addDay(long eventId, DayData d) {
        Event e = editable(eventId, true);
        validateDay(d);
        if (e.getDays().stream().anyMatch(x -> x.getDayDate().equals(d.date()))) {
            throw BusinessException.invalid("date", "event.dayExists", IndonesianTime.date(d.date(), IndonesianTime.ID));
        }
        EventDay day = new EventDay();
        day.setEvent(e);
        day.setDayDate(d.date());
        book(e, day, d);
        e.getDays().add(day);
        em.persist(day);
        em.flush();
        touch(e);
        audit.record("event.day.add", "Event", e.getId(), e.getUnit().getId(), String.valueOf(d.date()), null, day.snapshot());
        return day;
    }

    public EventDay updateDay(long eventId, long dayId, DayData d) {
        Event e = editable(eventId, true);
        validateDay(d);
        EventDay day = e.getDays().stream().filter(x -> x.getId() == dayId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("error.notFound"));
        if (e.getDays().stream().anyMatch(x -> x != day && x.getDayDate().equals(d.date()))) {
            throw BusinessException.invalid("date", "event.dayExists", IndonesianTime.date(d.date(), IndonesianTime.ID));
        }
        Map<String, Object> before = day.snapshot();
        long shift = ChronoUnit.DAYS.between(day.getDayDate(), d.date());
        day.setDayDate(d.date());
        book(e, day, d);
        if (shift != 0) {
            for (EventSession s : e.getSessions()) {
                if (s.getDay() == day) {
                    s.setStartsAt(s.getStartsAt().plus(shift, ChronoUnit.DAYS));
                    s.setEndsAt(s.getEndsAt().plus(shift, ChronoUnit.DAYS));
                }
            }
        }
        for (EventSession s : e.getSessions()) {
            if (s.getDay() == day && (s.getStartsAt().isBefore(day.getStartsAt()) || s.getEndsAt().isAfter(day.getEndsAt()))) {
                throw BusinessException.invalid("end", "event.dayCutsSession", s.getTitle(),
                        IndonesianTime.timeRange(s.getStartsAt(), s.getEndsAt(), e.zone(), IndonesianTime.ID));
            }
        }
        touch(e);
        audit.record("event.day.update", "Event", e.getId(), e.getUnit().getId(), String.valueOf(d.date()), before, day.snapshot());
        return day;
    }

    public void removeDay(long eventId, long dayId) {
        Event e = editable(eventId, true);
        EventDay day = e.getDays().stream().filter(x -> x.getId() == dayId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("error.notFound"));
        if (e.getSessions().stream().anyMatch(s -> s.getDay() == day)) {
            throw BusinessException.conflict("event.dayHasSessions");
        }
        e.getDays().remove(day);
        touch(e);
        audit.record("event.day.remove", "Event", e.getId(), e.getUnit().getId(), String.valueOf(day.getDayDate()),
                day.snapshot(), null);
    }

    private void book(Event e, EventDay day, DayData d) {
        ZoneId zone;
        Hall hall = null;
        if (d.hallId() != null) {
            hall = em.find(Hall.class, d.hallId(), LockModeType.PESSIMISTIC_WRITE);
            if (hall == null || !hall.isActive()) {
                throw BusinessException.invalid("hall", "event.hallUnknown");
            }
            zone = hall.getVenue().zone();
            for (EventDay other : e.getDays()) {
                if (other != day && other.getHall() != null && !other.getHall().getVenue().zone().equals(zone)) {
                    throw BusinessException.invalid("hall", "event.zoneMix");
                }
            }
        } else {
            zone = e.zone();
        }
        Instant start = d.date().atTime(d.start()).atZone(zone).toInstant();
        Instant end = d.date().atTime(d.end()).atZone(zone).toInstant();
        if (hall != null) {
            List<EventDay> clash = em.createQuery("select d from EventDay d join d.event ev where d.hall = :h"
                            + " and d.startsAt < :end and d.endsAt > :start and ev.status not in :gone"
                            + " and d.id <> :self", EventDay.class)
                    .setParameter("h", hall).setParameter("start", start).setParameter("end", end)
                    .setParameter("gone", List.of(EventStatus.ARCHIVED, EventStatus.CANCELLED)) // a cancelled event frees its hall
                    .setParameter("self", day.getId() == null ? -1L : day.getId())
                    .getResultList();
            if (!clash.isEmpty()) {
                EventDay other = clash.get(0);
                other.getEvent().getTitle();
                // the other event may belong to another unit: name it, but nothing more
                throw BusinessException.conflict("event.hallTaken", hall.getName(), other.getEvent().getTitle(),
                        IndonesianTime.timeRange(other.getStartsAt(), other.getEndsAt(), zone, IndonesianTime.ID));
            }
        }
        day.setHall(hall);
        day.setStartsAt(start);
        day.setEndsAt(end);
        if (hall != null) {
            e.setTimeZone(zone.getId());
        }
    }

    private static void validateDay(DayData d) {
        if (d.date() == null) {
            throw BusinessException.invalid("date", "validation.required");
        }
        if (d.start() == null) {
            throw BusinessException.invalid("start", "validation.required");
        }
        if (d.end() == null) {
            throw BusinessException.invalid("end", "validation.required");
        }
        if (!d.end().isAfter(d.start())) {
            throw BusinessException.invalid("end", "event.endBeforeStart");
        }
    }

    // ---- sessions ------------------------------------------------------------------------

    public EventSession addSession(long eventId, SessionData d) {
        Event e = editable(eventId, true);
        EventSession s = new EventSession();
        s.setEvent(e);
        applySession(e, s, d);
        e.getSessions().add(s);
        em.persist(s);
        em.flush();
        touch(e);
        audit.record("event.session.add", "Event", e.getId(), e.getUnit().getId(), s.getTitle(), null, s.snapshot());
        return s;
    }

    public EventSession updateSession(long eventId, long sessionId, SessionData d) {
        Event e = editable(eventId, true);
        EventSession s = session(e, sessionId);
        Map<String, Object> before = s.snapshot();
        applySession(e, s, d);
        touch(e);
        audit.record("event.session.update", "Event", e.getId(), e.getUnit().getId(), s.getTitle(), before, s.snapshot());
        return s;
    }

    public void removeSession(long eventId, long sessionId) {
        Event e = editable(eventId, true);
        EventSession s = session(e, sessionId);
        Map<String, Object> before = s.snapshot();
        e.getSessions().remove(s);
        touch(e);
        audit.record("event.session.remove", "Event", e.getId(), e.getUnit().getId(), s.getTitle(), before, null);
    }

    private static EventSession session(Event e, long id) {
        return e.getSessions().stream().filter(x -> x.getId() == id).findFirst()
                .orElseThrow(() -> BusinessException.notFound("error.notFound"));
    }

    private void applySession(Event e, EventSession s, SessionData d) {
        EventDay day = e.getDays().stream().filter(x -> x.getId() == d.dayId()).findFirst()
                .orElseThrow(() -> BusinessException.invalid("day", "event.dayRequired"));
        if (d.title() == null || d.title().isBlank()) {
            throw BusinessException.invalid("sessionTitle", "validation.required");
        }
        if (d.kind() == null) {
            throw BusinessException.invalid("kind", "validation.required");
        }
        if (d.start() == null || d.end() == null) {
            throw BusinessException.invalid(d.start() == null ? "sessionStart" : "sessionEnd", "validation.required");
        }
        if (!d.end().isAfter(d.start())) {
            throw BusinessException.invalid("sessionEnd", "event.endBeforeStart");
        }
        ZoneId zone = e.zone();
        Instant start = day.getDayDate().atTime(d.start()).atZone(zone).toInstant();
        Instant end = day.getDayDate().atTime(d.end()).atZone(zone).toInstant();
        // a session happens while the hall is booked for the day, or the hall is someone else's
        if (start.isBefore(day.getStartsAt()) || end.isAfter(day.getEndsAt())) {
            boolean startOutside = start.isBefore(day.getStartsAt()) || !start.isBefore(day.getEndsAt());
            throw BusinessException.invalid(startOutside ? "sessionStart" : "sessionEnd",
                    "event.sessionOutsideDay", IndonesianTime.timeRange(day.getStartsAt(), day.getEndsAt(), zone, IndonesianTime.ID));
        }
        s.setDay(day);
        s.setStartsAt(start);
        s.setEndsAt(end);
        s.setTitle(d.title().trim());
        s.setKind(d.kind());
        s.setDescription(Inputs.trimToNull(d.description()));
        s.setModerator(d.moderatorId() == null ? null : speakers.find(d.moderatorId()));
        s.getSlots().clear();
        em.flush();
        int order = 0;
        List<SlotData> slots = d.speakers() == null ? List.of() : d.speakers();
        for (SlotData sd : slots) {
            Speaker official = speakers.find(sd.speakerId());
            Speaker rep = sd.representedById() == null ? null : speakers.find(sd.representedById());
            if (rep != null && rep.getId().equals(official.getId())) {
                throw BusinessException.invalid("speakers", "event.representsSelf");
            }
            SessionSpeaker slot = new SessionSpeaker();
            slot.setSession(s);
            slot.setSpeaker(official);
            slot.setRepresentedBy(rep);
            slot.setSortOrder(order++);
            s.getSlots().add(slot);
        }
    }

    /** Sessions that overlap another session of the same event: flagged, not refused. */
    public static List<EventSession> overlapping(Event e) {
        List<EventSession> out = new ArrayList<>();
        for (EventSession a : e.getSessions()) {
            for (EventSession b : e.getSessions()) {
                if (a.overlaps(b)) {
                    out.add(a);
                    break;
                }
            }
        }
        return out;
    }

    // ---- status --------------------------------------------------------------------------

    public Event transition(long id, EventStatus target) {
        Event e = find(id);
        requireEditor(e);
        if (target == null) {
            throw BusinessException.invalid("status", "validation.required");
        }
        EventStatus from = e.getStatus();
        if (!from.next().contains(target)) {
            throw BusinessException.conflict("event.transitionNotAllowed", from.name(), target.name());
        }
        if (target == EventStatus.PUBLISHED) {
            if (e.getDays().isEmpty()) {
                throw BusinessException.conflict("event.publishNeedsDays");
            }
            for (EventDay d : e.getDays()) {
                if (d.getHall() == null) {
                    throw BusinessException.conflict("event.publishNeedsVenue",
                            IndonesianTime.date(d.getDayDate(), IndonesianTime.ID));
                }
            }
            if (e.getSessions().isEmpty()) {
                throw BusinessException.conflict("event.publishNeedsSessions");
            }
            if (e.getPublishedAt() == null) {
                e.setPublishedAt(clock.now());
            }
        }
        if (target == EventStatus.ONGOING) {
            LocalDate today = clock.now().atZone(e.zone()).toLocalDate();
            if (today.isBefore(e.getDays().get(0).getDayDate())) {
                throw BusinessException.conflict("event.notYetStarted",
                        IndonesianTime.date(e.getDays().get(0).getDayDate(), IndonesianTime.ID));
            }
        }
        e.setStatus(target);
        touch(e);
        audit.record("event.status", "Event", e.getId(), e.getUnit().getId(), from + " → " + target,
                Map.of("status", from), Map.of("status", target));
        return e;
    }

    /**
     * Clone as a template: details, days (same halls, re-booked) and the timetable, moved so the
     * first day falls on {@code firstDay}. The copy is a DRAFT of the caller's unit.
     */
    public Event cloneEvent(long id, LocalDate firstDay, String newTitle) {
        Event src = find(id);
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        if (firstDay == null) {
            throw BusinessException.invalid("cloneDate", "validation.required");
        }
        Event copy = create(new EventData(src.getType(), newTitle == null || newTitle.isBlank() ? src.getTitle() : newTitle,
                src.getTheme(), src.getDescription(), src.getCapacity(), src.getBudgetLine()));
        copy.setClonedFrom(src.getId());
        copy.setTimeZone(src.getTimeZone());
        long shift = src.getDays().isEmpty() ? 0 : ChronoUnit.DAYS.between(src.getDays().get(0).getDayDate(), firstDay);
        ZoneId zone = src.zone();
        Map<Long, Long> dayMap = new java.util.HashMap<>();
        for (EventDay d : src.getDays()) {
            EventDay nd = addDay(copy.getId(), new DayData(d.getDayDate().plusDays(shift),
                    d.getHall() == null ? null : d.getHall().getId(),
                    d.getStartsAt().atZone(zone).toLocalTime(), d.getEndsAt().atZone(zone).toLocalTime()));
            dayMap.put(d.getId(), nd.getId());
        }
        for (EventSession s : src.getSessions()) {
            List<SlotData> slots = s.getSlots().stream().map(sl -> new SlotData(sl.getSpeaker().getId(),
                    sl.getRepresentedBy() == null ? null : sl.getRepresentedBy().getId())).toList();
            addSession(copy.getId(), new SessionData(dayMap.get(s.getDay().getId()),
                    s.getStartsAt().atZone(zone).toLocalTime(), s.getEndsAt().atZone(zone).toLocalTime(), s.getTitle(),
                    s.getKind(), s.getDescription(), s.getModerator() == null ? null : s.getModerator().getId(), slots));
        }
        audit.record("event.clone", "Event", copy.getId(), copy.getUnit().getId(), "from event " + src.getId(), null,
                Map.of("clonedFrom", src.getId()));
        return find(copy.getId());
    }

    // ---- helpers -------------------------------------------------------------------------

    private Event editable(long id, boolean timetable) {
        Event e = find(id);
        requireEditor(e);
        boolean ok = timetable ? e.getStatus().timetableEditable()
                : !e.getStatus().isFinished();
        if (!ok) {
            throw BusinessException.conflict(timetable ? "event.timetableFrozen" : "event.closed");
        }
        return e;
    }

    private void requireEditor(Event e) {
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        scope.requireWritable(e.getUnit());
    }

    private void touch(Event e) {
        e.setUpdatedAt(clock.now());
    }

    private ZoneId defaultZone(OrgUnit unit) {
        try {
            return unit.getRegionCode() == null ? IndonesianTime.WIB : IndonesianTime.zoneOfProvince(unit.getRegionCode());
        } catch (IllegalArgumentException ex) {
            return IndonesianTime.WIB;
        }
    }

    /** "rakor-netralitas-asn-2024", made unique with -2, -3 … */
    private String uniqueSlug(String title) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (base.length() > 100) {
            base = base.substring(0, 100).replaceAll("-$", "");
        }
        if (base.isEmpty()) {
            base = "acara";
        }
        String slug = base;
        for (int i = 2; exists(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    private boolean exists(String slug) {
        return em.createQuery("select count(e) from Event e where e.slug = :s", Long.class).setParameter("s", slug)
                .getSingleResult() > 0;
    }

}
