package id.sirakor.minutes.control;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.Role;
import id.sirakor.minutes.entity.FollowUp;
import id.sirakor.minutes.entity.Minutes;
import id.sirakor.minutes.entity.MinutesAttachment;
import id.sirakor.minutes.entity.MinutesPoint;
import id.sirakor.minutes.entity.Suggestion;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The minutes of an event: the minute taker (a NOTULIS of the event's unit, or its secretariat)
 * writes the draft and sends it for review; the secretariat, acting for the chair, comments,
 * returns it or approves it; approval (never by the minute taker) renders and signs the NOTULA RAPAT
 * ({@link MinutesDocuments}) and locks that version. A change afterwards opens version N+1.
 * <p>Checks in the documented order: 401, role (403), visibility (404), own unit (403), state (409), input (400).
 */
@ApplicationScoped
@Transactional
public class MinutesService {

    public static final int TEXT_MAX = 20_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    MinutesDocuments documents;

    @Inject
    MinutesSessions sessions;

    public record FollowUpData(String action, String responsible, LocalDate dueDate, FollowUp.Status status) {
    }

    /**
     * @param takerPosition the minute taker's position under their signature (null: "Notulis")
     * @param sessions the per-session records; null leaves them as they are (ADR 0063)
     */
    public record Draft(String chairName, String chairPosition, String opening, String summary, String points, String decisions,
                        List<FollowUpData> followUps, String takerPosition, List<MinutesSessions.SessionData> sessions) {
        public Draft(String chairName, String chairPosition, String opening, String summary, String points, String decisions,
                     List<FollowUpData> followUps) {
            this(chairName, chairPosition, opening, summary, points, decisions, followUps, null, null);
        }
    }

    /** A version with its follow-ups and the event's title, detached-safe for pages and the API. */
    public record View(Minutes minutes, String eventTitle, String unitName, List<FollowUp> followUps, boolean editable,
                       boolean canSubmit, boolean canReview, boolean canRevise, List<Integer> versions,
                       List<MinutesSessions.SessionView> sessions, List<MinutesAttachment> attachments, boolean canSign)
            implements java.io.Serializable {
        /** Attachments of the whole meeting (not of one session). */
        public List<MinutesAttachment> generalAttachments() {
            return attachments.stream().filter(a -> a.getSessionId() == null).toList();
        }
    }

    // ---- access -----------------------------------------------------------------------------

    public Event readable(long eventId) {
        return events.find(eventId);
    }

    /** The event's own unit, as its secretariat or its minute taker. */
    public Event writable(long eventId) {
        Event e = readable(eventId);
        if (!scope.canWrite(e.getUnit())) {
            throw BusinessException.forbidden("error.readOnlyUnit", e.getUnit().getName());
        }
        return e;
    }

    public Minutes latest(long eventId) {
        List<Minutes> l = em.createQuery("select m from Minutes m where m.eventId = :e order by m.versionNo desc", Minutes.class)
                .setParameter("e", eventId).setMaxResults(1).getResultList();
        return l.isEmpty() ? null : l.get(0);
    }

    Minutes version(long eventId, int versionNo) {
        List<Minutes> l = em.createQuery("select m from Minutes m where m.eventId = :e and m.versionNo = :v", Minutes.class)
                .setParameter("e", eventId).setParameter("v", versionNo).getResultList();
        if (l.isEmpty()) {
            throw BusinessException.notFound("error.notFound");
        }
        return l.get(0);
    }

    public List<FollowUp> followUps(long minutesId) {
        return em.createQuery("select f from FollowUp f where f.minutesId = :m order by f.seq", FollowUp.class)
                .setParameter("m", minutesId).getResultList();
    }

    /** The latest version (or the given one), null when nobody has started minutes yet. */
    public View view(long eventId, Integer versionNo) {
        Event e = readable(eventId);
        Minutes m = versionNo == null ? latest(eventId) : version(eventId, versionNo);
        if (m == null) {
            return null;
        }
        return viewOf(e, m);
    }

    View viewOf(Event e, Minutes m) {
        boolean own = scope.canWrite(e.getUnit());
        boolean latest = latest(e.getId()).getId().equals(m.getId());
        boolean staff = scope.isStaff();
        String me = scope.user().username();
        List<Integer> versions = em.createQuery("select m.versionNo from Minutes m where m.eventId = :e order by m.versionNo", Integer.class)
                .setParameter("e", e.getId()).getResultList();
        EventService.initialize(e);
        return new View(m, e.getTitle(), e.getUnit().getName(), followUps(m.getId()),
                own && latest && m.getStatus() == Minutes.Status.DRAFT && (staff || me.equals(m.getTaker())),
                own && latest && m.getStatus() == Minutes.Status.DRAFT && (staff || me.equals(m.getTaker())),
                own && latest && m.getStatus() == Minutes.Status.REVIEW && staff && !me.equals(m.getTaker()),
                own && latest && m.getStatus() == Minutes.Status.APPROVED, versions,
                sessions.view(e, m.getId()), sessions.attachments(m.getId()),
                own && latest && m.getStatus() == Minutes.Status.REVIEW && m.getTakerSignedAt() == null && me.equals(m.getTaker()));
    }

    public boolean canStart(long eventId) {
        Event e = readable(eventId);
        return scope.canWrite(e.getUnit()) && latest(eventId) == null;
    }

    // ---- writing ----------------------------------------------------------------------------

    /** Starts version 1; the caller becomes the minute taker. */
    public View start(long eventId) {
        scope.requireEventReader();
        Event e = writable(eventId);
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        if (latest(eventId) != null) {
            throw BusinessException.conflict("minutes.exists");
        }
        Minutes m = new Minutes();
        m.setEventId(eventId);
        m.setVersionNo(1);
        m.setTaker(scope.user().username());
        m.setTakerName(scope.user().fullName());
        m.setCreatedAt(clock.now());
        m.setUpdatedAt(clock.now());
        em.persist(m);
        audit.record("minutes.start", "Minutes", m.getId(), e.getUnit().getId(), e.getTitle(), null, Map.of("version", 1));
        return viewOf(e, m);
    }

    public Minutes lockedLatest(Event e) {
        Minutes m = latest(e.getId());
        if (m == null) {
            throw BusinessException.notFound("error.notFound");
        }
        em.lock(m, LockModeType.PESSIMISTIC_WRITE);
        return m;
    }

    public void requireTakerOrStaff(Minutes m) {
        if (!scope.isStaff() && !scope.user().username().equals(m.getTaker())) {
            throw BusinessException.forbidden("minutes.notTaker");
        }
    }

    public View save(long eventId, Draft d) {
        scope.requireEventReader();
        Event e = writable(eventId);
        Minutes m = lockedLatest(e);
        requireTakerOrStaff(m);
        if (m.getStatus() != Minutes.Status.DRAFT) {
            throw BusinessException.conflict("minutes.locked");
        }
        validate(d);
        MinutesSessions.validate(e, d.sessions(), sid -> suggestion(eventId, sid) != null);
        m.setChairName(trim(d.chairName()));
        m.setTakerPosition(trim(d.takerPosition()));
        m.setChairPosition(trim(d.chairPosition()));
        m.setOpening(trim(d.opening()));
        m.setSummary(trim(d.summary()));
        m.setPoints(trim(d.points()));
        m.setDecisions(trim(d.decisions()));
        m.setUpdatedAt(clock.now());
        em.createQuery("delete from FollowUp f where f.minutesId = :m").setParameter("m", m.getId()).executeUpdate();
        int seq = 0;
        for (FollowUpData f : d.followUps() == null ? List.<FollowUpData>of() : d.followUps()) {
            if (blank(f.action()) && blank(f.responsible())) {
                continue;
            }
            em.persist(new FollowUp(m.getId(), ++seq, f.action().trim(), f.responsible().trim(), f.dueDate(), f.status()));
        }
        if (d.sessions() != null) {
            sessions.replace(e, m.getId(), d.sessions());
        }
        audit.record("minutes.save", "Minutes", m.getId(), e.getUnit().getId(), e.getTitle(), null, Map.of("version", m.getVersionNo()));
        return viewOf(e, m);
    }

    static void validate(Draft d) {
        if (d == null) {
            throw BusinessException.invalid("summary", "minutes.summaryRequired");
        }
        max("chairName", d.chairName(), 150);
        max("chairPosition", d.chairPosition(), 200);
        max("takerPosition", d.takerPosition(), 200);
        max("opening", d.opening(), TEXT_MAX);
        max("summary", d.summary(), TEXT_MAX);
        max("points", d.points(), TEXT_MAX);
        max("decisions", d.decisions(), TEXT_MAX);
        if (d.followUps() != null) {
            if (d.followUps().size() > 100) {
                throw BusinessException.invalid("followUps", "minutes.tooManyFollowUps");
            }
            for (FollowUpData f : d.followUps()) {
                if (blank(f.action()) && blank(f.responsible())) {
                    continue;
                }
                if (blank(f.action())) {
                    throw BusinessException.invalid("followUpAction", "minutes.followUpAction");
                }
                if (blank(f.responsible())) {
                    throw BusinessException.invalid("followUpResponsible", "minutes.followUpResponsible");
                }
                max("followUpAction", f.action(), 500);
                max("followUpResponsible", f.responsible(), 200);
            }
        }
    }

    static void max(String field, String v, int max) {
        if (v != null && v.trim().length() > max) {
            throw BusinessException.invalid(field, "minutes.tooLong", max);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String trim(String s) {
        return blank(s) ? null : s.trim();
    }

    static String cut(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }

    /** DRAFT → REVIEW: the minute taker (or the secretariat) sends it to the chair. */
    public View submit(long eventId) {
        scope.requireEventReader();
        Event e = writable(eventId);
        Minutes m = lockedLatest(e);
        requireTakerOrStaff(m);
        if (m.getStatus() != Minutes.Status.DRAFT) {
            throw BusinessException.conflict("minutes.notDraft");
        }
        boolean anySession = sessions.records(m.getId()).stream().anyMatch(s -> !blank(s.getSummary()));
        if ((blank(m.getSummary()) && !anySession) || blank(m.getChairName())) {
            throw BusinessException.invalid(blank(m.getChairName()) ? "chairName" : "summary",
                    blank(m.getChairName()) ? "minutes.chairRequired" : "minutes.summaryRequired");
        }
        m.setStatus(Minutes.Status.REVIEW);
        m.setUpdatedAt(clock.now());
        audit.record("minutes.submit", "Minutes", m.getId(), e.getUnit().getId(), e.getTitle(), null, Map.of("version", m.getVersionNo()));
        if (scope.user().username().equals(m.getTaker())) {
            takerSigns(e, m);
        }
        return viewOf(e, m);
    }

    /** The minute taker's signature on the version in review: by sending it, or here when the secretariat sent it for them. */
    public View sign(long eventId) {
        scope.requireEventReader();
        Event e = writable(eventId);
        Minutes m = lockedLatest(e);
        if (!scope.user().username().equals(m.getTaker())) {
            throw BusinessException.forbidden("minutes.notTaker");
        }
        if (m.getStatus() != Minutes.Status.REVIEW) {
            throw BusinessException.conflict("minutes.notInReview");
        }
        if (m.getTakerSignedAt() == null) {
            takerSigns(e, m);
        }
        return viewOf(e, m);
    }

    private void takerSigns(Event e, Minutes m) {
        m.setTakerSignedAt(clock.now());
        audit.record("minutes.sign", "Minutes", m.getId(), e.getUnit().getId(), e.getTitle(), null,
                Map.of("version", m.getVersionNo(), "as", "PENCATAT", "name", m.getTakerName()));
    }

    private Minutes reviewable(Event e) {
        scope.requireStaff();
        Minutes m = lockedLatest(e);
        if (scope.user().username().equals(m.getTaker())) {
            throw BusinessException.forbidden("minutes.ownApproval");
        }
        if (m.getStatus() != Minutes.Status.REVIEW) {
            throw BusinessException.conflict("minutes.notInReview");
        }
        return m;
    }

    /** The chair's comment; with {@code sendBack} the version returns to DRAFT for the minute taker. */
    public View comment(long eventId, String comment, boolean sendBack) {
        scope.requireStaff();
        Event e = writable(eventId);
        Minutes m = reviewable(e);
        if (blank(comment)) {
            throw BusinessException.invalid("comment", "minutes.commentRequired");
        }
        max("comment", comment, 4000);
        String at = id.sirakor.platform.time.IndonesianTime.dateTime(clock.now(), e.zone(), id.sirakor.platform.i18n.Messages.INDONESIAN);
        String line = at + " – " + scope.user().fullName() + ": " + comment.trim();
        m.setChairComment(m.getChairComment() == null ? line : m.getChairComment() + "\n" + line);
        if (sendBack) {
            m.setStatus(Minutes.Status.DRAFT);
            m.setTakerSignedAt(null);
        }
        m.setUpdatedAt(clock.now());
        audit.record(sendBack ? "minutes.return" : "minutes.comment", "Minutes", m.getId(), e.getUnit().getId(), e.getTitle(), null,
                Map.of("version", m.getVersionNo()));
        return viewOf(e, m);
    }

    /** REVIEW → APPROVED: signed PDF, verification entry, the version locked; the previous approved one SUPERSEDED. */
    public View approve(long eventId) {
        scope.requireStaff();
        Event e = writable(eventId);
        Minutes m = reviewable(e);
        if (m.getTakerSignedAt() == null) {
            throw BusinessException.conflict("minutes.takerNotSigned");
        }
        m.setStatus(Minutes.Status.APPROVED);
        m.setApprovedBy(scope.user().fullName());
        m.setApprovedAt(clock.now());
        m.setUpdatedAt(clock.now());
        if (m.getVersionNo() > 1) {
            Minutes prev = version(eventId, m.getVersionNo() - 1);
            prev.setStatus(Minutes.Status.SUPERSEDED);
        }
        documents.sign(e, m, followUps(m.getId()));
        audit.record("minutes.approve", "Minutes", m.getId(), e.getUnit().getId(), e.getTitle(), null,
                Map.of("version", m.getVersionNo(), "sha256", m.getFileKey(), "code", m.getVerifyCode(), "as", "PIMPINAN RAPAT",
                        "chair", m.getChairName(), "taker", m.getTakerName()));
        return viewOf(e, m);
    }

    /** After approval: a new DRAFT version N+1, a copy of N, for a correction. */
    public View revise(long eventId) {
        scope.requireEventReader();
        Event e = writable(eventId);
        Minutes m = lockedLatest(e);
        if (m.getStatus() != Minutes.Status.APPROVED) {
            throw BusinessException.conflict("minutes.notApproved");
        }
        Minutes n = new Minutes();
        n.setEventId(eventId);
        n.setVersionNo(m.getVersionNo() + 1);
        n.setTaker(scope.isStaff() ? m.getTaker() : scope.user().username());
        n.setTakerName(scope.isStaff() ? m.getTakerName() : scope.user().fullName());
        n.setTakerPosition(m.getTakerPosition());
        n.setChairName(m.getChairName());
        n.setChairPosition(m.getChairPosition());
        n.setOpening(m.getOpening());
        n.setSummary(m.getSummary());
        n.setPoints(m.getPoints());
        n.setDecisions(m.getDecisions());
        n.setCreatedAt(clock.now());
        n.setUpdatedAt(clock.now());
        em.persist(n);
        for (FollowUp f : followUps(m.getId())) {
            em.persist(new FollowUp(n.getId(), f.getSeq(), f.getAction(), f.getResponsible(), f.getDueDate(), f.getStatus()));
        }
        sessions.copy(m.getId(), n.getId());
        audit.record("minutes.revise", "Minutes", n.getId(), e.getUnit().getId(), e.getTitle(), null, Map.of("version", n.getVersionNo()));
        return viewOf(e, n);
    }

    /** Lines added (+), removed (-) and kept ( ) from version N-1 to version N, per section. */
    public List<TextDiff.Line> diff(long eventId, int versionNo) {
        readable(eventId);
        if (versionNo < 2) {
            return List.of();
        }
        Minutes a = version(eventId, versionNo - 1);
        Minutes b = version(eventId, versionNo);
        List<TextDiff.Line> out = new ArrayList<>();
        section(out, "Pembukaan", a.getOpening(), b.getOpening());
        section(out, "Ringkasan pembahasan", a.getSummary(), b.getSummary());
        section(out, "Pokok-pokok yang disampaikan", a.getPoints(), b.getPoints());
        section(out, "Keputusan", a.getDecisions(), b.getDecisions());
        java.util.Map<String, String[]> sa = sessions.text(a.getId());
        java.util.Map<String, String[]> sb = sessions.text(b.getId());
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(sb.keySet());
        keys.addAll(sa.keySet());
        String[] none = new String[3];
        for (String k : keys) {
            String title = "Sesi " + k.substring(k.indexOf('\u0000') + 1);
            String[] x = sa.getOrDefault(k, none);
            String[] y = sb.getOrDefault(k, none);
            section(out, title + " – ringkasan", x[0], y[0]);
            section(out, title + " – pokok-pokok yang disampaikan", x[1], y[1]);
            section(out, title + " – keputusan", x[2], y[2]);
        }
        section(out, "Tindak lanjut", followText(a.getId()), followText(b.getId()));
        return out;
    }

    private String followText(long minutesId) {
        StringBuilder s = new StringBuilder();
        for (FollowUp f : followUps(minutesId)) {
            s.append(f.getAction()).append(" | ").append(f.getResponsible()).append(" | ").append(f.getDueDate() == null ? "-" : f.getDueDate())
                    .append(" | ").append(f.getStatus()).append('\n');
        }
        return s.toString();
    }

    private static void section(List<TextDiff.Line> out, String title, String a, String b) {
        List<TextDiff.Line> d = TextDiff.lines(a, b);
        if (d.stream().anyMatch(l -> l.op() != ' ')) {
            out.add(new TextDiff.Line('#', title));
            out.addAll(d);
        }
    }

    /** The signed PDF of an approved version. */
    public byte[] pdf(long eventId, Integer versionNo) {
        readable(eventId);
        Minutes m = versionNo == null ? latestApproved(eventId) : version(eventId, versionNo);
        if (m == null || m.getFileKey() == null) {
            throw BusinessException.conflict("minutes.notApproved");
        }
        return documents.read(m.getFileKey());
    }

    Minutes latestApproved(long eventId) {
        List<Minutes> l = em.createQuery("select m from Minutes m where m.eventId = :e and m.fileKey is not null order by m.versionNo desc",
                Minutes.class).setParameter("e", eventId).setMaxResults(1).getResultList();
        return l.isEmpty() ? null : l.get(0);
    }

    /** One follow-up's status, on the latest version, by the event's own unit. */
    public void setFollowUpStatus(long followUpId, FollowUp.Status status) {
        scope.requireEventReader();
        FollowUp f = em.find(FollowUp.class, followUpId);
        if (f == null) {
            throw BusinessException.notFound("error.notFound");
        }
        Minutes m = em.find(Minutes.class, f.getMinutesId());
        Event e = writable(m.getEventId());
        if (status == null) {
            throw BusinessException.invalid("status", "minutes.followUpStatus");
        }
        f.setStatus(status);
        audit.record("minutes.followup", "FollowUp", f.getId(), e.getUnit().getId(), f.getAction(), null, Map.of("status", status.name()));
    }

    // ---- sumbang saran ----------------------------------------------------------------------

    Suggestion suggestion(long eventId, long suggestionId) {
        Suggestion s = em.find(Suggestion.class, suggestionId);
        return s == null || s.getEventId() != eventId ? null : s;
    }

    /** The suggestions participants sent for the event, newest first, with whether the latest version took each in. */
    public record SuggestionRow(Suggestion suggestion, String sessionTitle, boolean taken) implements java.io.Serializable {
    }

    public List<SuggestionRow> suggestions(long eventId) {
        scope.requireEventReader();
        Event e = readable(eventId);
        Minutes m = latest(eventId);
        java.util.Set<Long> taken = new java.util.HashSet<>(m == null ? List.of() : em.createQuery(
                "select p.suggestionId from MinutesPoint p where p.minutesId = :m and p.suggestionId is not null", Long.class)
                .setParameter("m", m.getId()).getResultList());
        List<SuggestionRow> out = new ArrayList<>();
        for (Suggestion s : em.createQuery("select s from Suggestion s where s.eventId = :e order by s.createdAt desc, s.id desc",
                Suggestion.class).setParameter("e", eventId).setMaxResults(500).getResultList()) {
            String title = s.getSessionId() == null ? null : e.getSessions().stream().filter(x -> x.getId().equals(s.getSessionId()))
                    .map(x -> x.getTitle()).findFirst().orElse(null);
            out.add(new SuggestionRow(s, title, taken.contains(s.getId())));
        }
        return out;
    }

    /** Takes a suggestion into a session's points raised (the draft of the latest version), marked as from that participant. */
    public View takeSuggestion(long eventId, long suggestionId, Long sessionId) {
        scope.requireEventReader();
        Event e = writable(eventId);
        Suggestion s = suggestion(eventId, suggestionId);
        if (s == null) {
            throw BusinessException.notFound("error.notFound");
        }
        Minutes m = lockedLatest(e);
        requireTakerOrStaff(m);
        if (m.getStatus() != Minutes.Status.DRAFT) {
            throw BusinessException.conflict("minutes.locked");
        }
        Long target = sessionId != null ? sessionId : s.getSessionId();
        if (target == null) {
            throw BusinessException.invalid("sessionId", "minutes.sessionRequired");
        }
        boolean already = !em.createQuery("select p.id from MinutesPoint p where p.minutesId = :m and p.suggestionId = :s", Long.class)
                .setParameter("m", m.getId()).setParameter("s", suggestionId).getResultList().isEmpty();
        if (already) {
            throw BusinessException.conflict("minutes.suggestionTaken");
        }
        sessions.addPoint(e, m.getId(), target, MinutesPoint.By.PARTICIPANT, s.getByLine(), s.getBody(), s.getId());
        m.setUpdatedAt(clock.now());
        audit.record("minutes.suggestion", "Minutes", m.getId(), e.getUnit().getId(), e.getTitle(), null,
                Map.of("version", m.getVersionNo(), "suggestion", suggestionId, "session", target));
        return viewOf(e, m);
    }

    // ---- tracker ----------------------------------------------------------------------------

    public record TrackerRow(long followUpId, long eventId, String event, LocalDate eventDate, int versionNo, String action,
                             String responsible, LocalDate dueDate, FollowUp.Status status, boolean overdue) implements java.io.Serializable {
    }

    /**
     * The follow-ups of the latest approved minutes of every event the caller reads (its unit and
     * the units below), open ones first, then by due date.
     */
    public List<TrackerRow> tracker(boolean openOnly) {
        scope.requireEventReader();
        var q = em.createQuery("select f, m, e.id, e.title from FollowUp f, Minutes m, Event e join e.unit un "
                + "where f.minutesId = m.id and m.eventId = e.id and m.status = :approved and un.path like :p "
                + (openOnly ? "and f.status = :open " : "") + "order by f.dueDate, e.id, f.seq", Object[].class)
                .setParameter("approved", Minutes.Status.APPROVED)
                .setParameter("p", scope.readablePathPattern());
        if (openOnly) {
            q.setParameter("open", FollowUp.Status.OPEN);
        }
        List<Object[]> rows = q.getResultList();
        LocalDate today = clock.now().atZone(id.sirakor.platform.time.IndonesianTime.WIB).toLocalDate();
        List<TrackerRow> out = new ArrayList<>();
        for (Object[] r : rows) {
            FollowUp f = (FollowUp) r[0];
            Minutes m = (Minutes) r[1];
            out.add(new TrackerRow(f.getId(), (Long) r[2], (String) r[3], firstDay((Long) r[2]), m.getVersionNo(), f.getAction(),
                    f.getResponsible(), f.getDueDate(), f.getStatus(),
                    f.getStatus() == FollowUp.Status.OPEN && f.getDueDate() != null && f.getDueDate().isBefore(today)));
        }
        return out;
    }

    private LocalDate firstDay(long eventId) {
        List<LocalDate> l = em.createQuery("select min(d.dayDate) from EventDay d where d.event.id = :e", LocalDate.class)
                .setParameter("e", eventId).getResultList();
        return l.isEmpty() ? null : l.get(0);
    }

    public String eventTitle(long eventId) {
        return readable(eventId).getTitle();
    }

    public boolean isNotulis() {
        return scope.user().has(Role.NOTULIS);
    }
}
