package id.sirakor.dashboard.control;

import id.sirakor.event.control.EventService;
import id.sirakor.event.control.Materials;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.registration.control.InvitationService;
import id.sirakor.registration.entity.Invitation;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each role sees first after logging in: the secretariat its coming events with seats in
 * use, the invitations still without delegates and a list of things to do; an institution operator
 * its invitations; a speaker their sessions; a minute taker the coming events of the unit. Every
 * figure is read through the same scoping rules as the pages it links to.
 */
@ApplicationScoped
@Transactional
public class Dashboard {

    /** Coming events shown at most; the list page has the rest. */
    static final int MAX_EVENTS = 8;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AppClock clock;

    @Inject
    InvitationService invitations;

    @Inject
    Materials materials;

    /** One coming event with its seats: confirmed of capacity, waiting, awaiting approval. */
    public record EventLine(Event event, long confirmed, long waiting, long pending, long invited, long withoutDelegates,
                            long notSent, boolean writable) {
        public Integer capacity() {
            return event.getCapacity();
        }

        /** Filled share of the capacity in percent (0–100), for the bar. */
        public int percent() {
            Integer c = event.getCapacity();
            return c == null || c == 0 ? 0 : (int) Math.min(100, confirmed * 100 / c);
        }
    }

    /** An invitation sent but still without a delegate. */
    public record WaitingInvitation(long eventId, String event, String institution, int quota, String status, Instant sentAt) {
    }

    public enum TodoKind { COMPLETE_DRAFT, PUBLISH_DRAFT, SEND_INVITATIONS, APPROVE_REGISTRATIONS, START_EVENT, CLOSE_EVENT }

    /** Something the secretariat should do, with the page where it is done. */
    public record Todo(TodoKind kind, long eventId, String event, long count, String link) {
    }

    public record StaffView(List<EventLine> events, List<WaitingInvitation> waiting, long waitingTotal, List<Todo> todos) {
    }

    // ---- secretariat -------------------------------------------------------------------------

    public StaffView staff() {
        scope.requireStaff();
        Instant now = clock.now();
        List<Event> coming = em.createQuery("select e from Event e join e.unit un where un.path like :p and e.status in :s"
                        + " order by e.createdAt desc", Event.class)
                .setParameter("p", scope.readablePathPattern())
                .setParameter("s", List.of(EventStatus.DRAFT, EventStatus.PUBLISHED, EventStatus.ONGOING))
                .setMaxResults(200).getResultList().stream()
                .filter(e -> e.getDays().isEmpty() || lastEnd(e).isAfter(now) || e.getStatus() != EventStatus.DRAFT)
                .toList();
        Map<Long, long[]> seats = seats(coming);
        Map<Long, long[]> inv = invitationCounts(coming);
        List<EventLine> lines = new ArrayList<>();
        List<Todo> todos = new ArrayList<>();
        for (Event e : coming) {
            EventService.initialize(e);
            long[] s = seats.getOrDefault(e.getId(), new long[3]);
            long[] i = inv.getOrDefault(e.getId(), new long[3]);
            boolean writable = scope.canManage(e.getUnit());
            boolean ended = !e.getDays().isEmpty() && lastEnd(e).isBefore(now);
            if (!ended) {
                lines.add(new EventLine(e, s[0], s[1], s[2], i[0], i[1], i[2], writable));
            }
            if (writable) {
                todos.addAll(todos(e, s, i, now, ended));
            }
        }
        lines.sort(Comparator.comparing(l -> firstStart(l.event())));
        todos.sort(Comparator.comparing(Todo::kind).thenComparing(Todo::eventId));
        List<WaitingInvitation> waiting = waitingInvitations(lines.stream().map(l -> l.event().getId()).toList());
        long waitingTotal = lines.stream().mapToLong(EventLine::withoutDelegates).sum();
        return new StaffView(lines.size() > MAX_EVENTS ? lines.subList(0, MAX_EVENTS) : lines,
                waiting.size() > 10 ? waiting.subList(0, 10) : waiting, waitingTotal, todos);
    }

    private static List<Todo> todos(Event e, long[] seats, long[] inv, Instant now, boolean ended) {
        List<Todo> out = new ArrayList<>();
        String page = "/manage/event.xhtml?id=" + e.getId();
        if (e.getStatus() == EventStatus.DRAFT && !ended) {
            boolean complete = !e.getDays().isEmpty() && e.getDays().stream().allMatch(d -> d.getHall() != null)
                    && !e.getSessions().isEmpty();
            out.add(new Todo(complete ? TodoKind.PUBLISH_DRAFT : TodoKind.COMPLETE_DRAFT, e.getId(), e.getTitle(), 0, page));
        }
        if (inv[2] > 0 && !ended && e.getStatus() != EventStatus.DRAFT) {
            out.add(new Todo(TodoKind.SEND_INVITATIONS, e.getId(), e.getTitle(), inv[2], "/manage/invitations.xhtml?id=" + e.getId()));
        }
        if (seats[2] > 0) {
            out.add(new Todo(TodoKind.APPROVE_REGISTRATIONS, e.getId(), e.getTitle(), seats[2],
                    "/manage/participants.xhtml?id=" + e.getId() + "&status=PENDING"));
        }
        if (e.getStatus() == EventStatus.PUBLISHED && !e.getDays().isEmpty() && !e.getDays().get(0).getStartsAt().isAfter(now)) {
            out.add(new Todo(ended ? TodoKind.CLOSE_EVENT : TodoKind.START_EVENT, e.getId(), e.getTitle(), 0, page));
        } else if (ended && e.getStatus() == EventStatus.ONGOING) {
            out.add(new Todo(TodoKind.CLOSE_EVENT, e.getId(), e.getTitle(), 0, page));
        }
        return out;
    }

    private Map<Long, long[]> seats(List<Event> events) {
        Map<Long, long[]> out = new HashMap<>();
        if (events.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select r.event.id, r.status, count(r) from Registration r where r.event in :e"
                + " group by r.event.id, r.status", Object[].class).setParameter("e", events).getResultList()) {
            long[] c = out.computeIfAbsent((Long) r[0], k -> new long[3]);
            RegistrationStatus s = (RegistrationStatus) r[1];
            int slot = s == RegistrationStatus.CONFIRMED ? 0 : s == RegistrationStatus.WAITLISTED ? 1 : s == RegistrationStatus.PENDING ? 2 : -1;
            if (slot >= 0) {
                c[slot] += (Long) r[2];
            }
        }
        return out;
    }

    /** Per event: invitations, of them sent but without a delegate, and not sent yet. */
    private Map<Long, long[]> invitationCounts(List<Event> events) {
        Map<Long, long[]> out = new HashMap<>();
        if (events.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("select i.event.id, i.status, count(i) from Invitation i where i.event in :e"
                + " group by i.event.id, i.status", Object[].class).setParameter("e", events).getResultList()) {
            long[] c = out.computeIfAbsent((Long) r[0], k -> new long[3]);
            String s = (String) r[1];
            long n = (Long) r[2];
            c[0] += n;
            if (InvitationService.SENT.equals(s) || InvitationService.OPENED.equals(s)) {
                c[1] += n;
            } else if (InvitationService.CREATED.equals(s)) {
                c[2] += n;
            }
        }
        return out;
    }

    private List<WaitingInvitation> waitingInvitations(List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        // opened but no delegate named first (they read it and did not act: the ones to phone), then
        // the longest waiting
        return em.createQuery("select i from Invitation i join fetch i.institution join fetch i.event where i.event.id in :e"
                        + " and i.status in :s order by case when i.status = :o then 0 else 1 end, i.sentAt", Invitation.class)
                .setParameter("e", eventIds).setParameter("s", List.of(InvitationService.SENT, InvitationService.OPENED))
                .setParameter("o", InvitationService.OPENED)
                .setMaxResults(50).getResultList().stream()
                .map(i -> new WaitingInvitation(i.getEvent().getId(), i.getEvent().getTitle(), i.getInstitution().getName(),
                        i.getQuota(), i.getStatus(), i.getSentAt()))
                .toList();
    }

    // ---- minute taker ------------------------------------------------------------------------

    /** The coming events of the minute taker's units (read-only, no participants). */
    public List<Event> comingEvents() {
        scope.requireEventReader();
        Instant now = clock.now();
        List<Event> events = em.createQuery("select e from Event e join e.unit un where un.path like :p and e.status in :s",
                        Event.class)
                .setParameter("p", scope.readablePathPattern())
                .setParameter("s", List.of(EventStatus.PUBLISHED, EventStatus.ONGOING))
                .setMaxResults(200).getResultList().stream()
                .filter(e -> !e.getDays().isEmpty() && lastEnd(e).isAfter(now))
                .sorted(Comparator.comparing(Dashboard::firstStart)).limit(MAX_EVENTS).toList();
        events.forEach(EventService::initialize);
        return events;
    }

    // ---- institution operator ------------------------------------------------------------------

    /** The operator's invitations: delegates named against the quota. */
    public List<Invitation> operatorInvitations() {
        return invitations.mine();
    }

    // ---- speaker -------------------------------------------------------------------------------

    public record SessionLine(EventSession session, long materials, boolean past) {
    }

    public List<SessionLine> speakerSessions() {
        Instant now = clock.now();
        List<EventSession> sessions = materials.mySessions();
        Map<Long, Long> counts = new HashMap<>();
        materials.ofMySessions().forEach(m -> counts.merge(m.getSession().getId(), 1L, Long::sum));
        List<SessionLine> out = new ArrayList<>();
        for (EventSession s : sessions) {
            out.add(new SessionLine(s, counts.getOrDefault(s.getId(), 0L), s.getEndsAt().isBefore(now)));
        }
        // coming first, in time order; then past ones, latest first
        out.sort(Comparator.comparing(SessionLine::past)
                .thenComparing(l -> l.past() ? -l.session().getStartsAt().getEpochSecond() : l.session().getStartsAt().getEpochSecond()));
        return out;
    }

    // ---- helpers -------------------------------------------------------------------------------

    static Instant lastEnd(Event e) {
        return e.getDays().stream().map(EventDay::getEndsAt).max(Comparator.naturalOrder()).orElse(Instant.MAX);
    }

    static Instant firstStart(Event e) {
        return e.getDays().stream().map(EventDay::getStartsAt).min(Comparator.naturalOrder()).orElse(Instant.MAX);
    }

    /** Today in the event's own zone, for "today" markers. */
    public LocalDate today(Event e) {
        return clock.now().atZone(e.zone()).toLocalDate();
    }
}
