package id.sirakor.minutes.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.minutes.entity.MinutesAttachment;
import id.sirakor.minutes.entity.MinutesPoint;
import id.sirakor.minutes.entity.MinutesSession;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.time.IndonesianTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-session part of one version of the minutes (ADR 0063): for each session of the event's
 * timetable a summary, the points raised (by a speaker or a participant/institution) and the
 * decisions. Read in timetable order; a record whose session left the timetable comes last, under
 * the title it had.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MinutesSessions {

    public static final int POINTS_MAX = 60;
    public static final int POINT_MAX = 2000;

    @PersistenceContext
    EntityManager em;

    /** @param quote marked "kutipan" for the news release draft */
    public record PointData(MinutesPoint.By byKind, String byName, String body, Long suggestionId, boolean quote)
            implements java.io.Serializable {
        public PointData(MinutesPoint.By byKind, String byName, String body, Long suggestionId) {
            this(byKind, byName, body, suggestionId, false);
        }
    }

    public record SessionData(long sessionId, String summary, String decisions, List<PointData> points) {
    }

    /** One session as the page and the PDF show it. */
    public record SessionView(long sessionId, String title, String when, String speakers, String summary, String decisions,
                              List<MinutesPoint> points, List<MinutesAttachment> attachments, boolean inTimetable)
            implements java.io.Serializable {
        /** Something was recorded for this session (EL: {@code sv.recorded}; "empty" is an EL operator). */
        public boolean isRecorded() {
            return !((summary == null || summary.isBlank()) && (decisions == null || decisions.isBlank()) && points.isEmpty()
                    && attachments.isEmpty());
        }
    }

    public List<MinutesSession> records(long minutesId) {
        return em.createQuery("select s from MinutesSession s where s.minutesId = :m order by s.id", MinutesSession.class)
                .setParameter("m", minutesId).getResultList();
    }

    public List<MinutesPoint> points(long minutesId) {
        return em.createQuery("select p from MinutesPoint p where p.minutesId = :m order by p.sessionId, p.seq", MinutesPoint.class)
                .setParameter("m", minutesId).getResultList();
    }

    public List<MinutesAttachment> attachments(long minutesId) {
        return em.createQuery("select a from MinutesAttachment a where a.minutesId = :m order by a.seq", MinutesAttachment.class)
                .setParameter("m", minutesId).getResultList();
    }

    /** Every session of the timetable (in its order), then records of sessions no longer in it. */
    public List<SessionView> view(Event e, long minutesId) {
        Map<Long, MinutesSession> recs = new LinkedHashMap<>();
        records(minutesId).forEach(r -> recs.put(r.getSessionId(), r));
        List<MinutesPoint> points = points(minutesId);
        List<MinutesAttachment> atts = attachments(minutesId);
        List<SessionView> out = new ArrayList<>();
        for (EventSession s : e.getSessions()) {
            MinutesSession r = recs.remove(s.getId());
            out.add(new SessionView(s.getId(), s.getTitle(), when(e, s), speakers(s), r == null ? null : r.getSummary(),
                    r == null ? null : r.getDecisions(), of(points, s.getId()), ofAtt(atts, s.getId()), true));
        }
        for (MinutesSession r : recs.values()) {
            out.add(new SessionView(r.getSessionId(), r.getSessionTitle(), "", "", r.getSummary(), r.getDecisions(),
                    of(points, r.getSessionId()), ofAtt(atts, r.getSessionId()), false));
        }
        return out;
    }

    private static List<MinutesPoint> of(List<MinutesPoint> all, long sessionId) {
        return all.stream().filter(p -> p.getSessionId() == sessionId).toList();
    }

    private static List<MinutesAttachment> ofAtt(List<MinutesAttachment> all, long sessionId) {
        return all.stream().filter(a -> a.getSessionId() != null && a.getSessionId() == sessionId).toList();
    }

    static String when(Event e, EventSession s) {
        if (s.getStartsAt() == null || s.getEndsAt() == null) {
            return "";
        }
        return IndonesianTime.shortDate(s.getStartsAt().atZone(e.zone()).toLocalDate(), Messages.INDONESIAN) + ", "
                + IndonesianTime.timeRange(s.getStartsAt(), s.getEndsAt(), e.zone(), Messages.INDONESIAN);
    }

    static String speakers(EventSession s) {
        List<String> names = new ArrayList<>();
        for (SessionSpeaker sl : s.getSlots()) {
            names.add(sl.getActualSpeaker().displayName());
        }
        if (s.getModerator() != null) {
            names.add("Moderator: " + s.getModerator().displayName());
        }
        return String.join("; ", names);
    }

    static EventSession session(Event e, long sessionId, String field) {
        return e.getSessions().stream().filter(s -> s.getId() == sessionId).findFirst()
                .orElseThrow(() -> BusinessException.invalid(field, "minutes.sessionUnknown"));
    }

    static void validate(Event e, List<SessionData> sessions, java.util.function.LongPredicate suggestionOfEvent) {
        if (sessions == null) {
            return;
        }
        if (sessions.size() > 200) {
            throw BusinessException.invalid("sessions", "minutes.sessionUnknown");
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (SessionData s : sessions) {
            session(e, s.sessionId(), "sessions");
            if (!seen.add(s.sessionId())) {
                throw BusinessException.invalid("sessions", "minutes.sessionTwice");
            }
            MinutesService.max("sessionSummary", s.summary(), MinutesService.TEXT_MAX);
            MinutesService.max("sessionDecisions", s.decisions(), MinutesService.TEXT_MAX);
            List<PointData> ps = s.points() == null ? List.of() : s.points();
            if (ps.size() > POINTS_MAX) {
                throw BusinessException.invalid("points", "minutes.tooManyPoints", POINTS_MAX);
            }
            for (PointData p : ps) {
                if (MinutesService.blank(p.byName()) && MinutesService.blank(p.body())) {
                    continue;
                }
                if (MinutesService.blank(p.byName())) {
                    throw BusinessException.invalid("pointBy", "minutes.pointBy");
                }
                if (MinutesService.blank(p.body())) {
                    throw BusinessException.invalid("pointText", "minutes.pointText");
                }
                MinutesService.max("pointBy", p.byName(), 250);
                MinutesService.max("pointText", p.body(), POINT_MAX);
                if (p.suggestionId() != null && !suggestionOfEvent.test(p.suggestionId())) {
                    throw BusinessException.invalid("points", "minutes.suggestionUnknown");
                }
            }
        }
    }

    /** Replaces the session records and points of a DRAFT version (validated before). */
    public void replace(Event e, long minutesId, List<SessionData> sessions) {
        em.createQuery("delete from MinutesPoint p where p.minutesId = :m").setParameter("m", minutesId).executeUpdate();
        em.createQuery("delete from MinutesSession s where s.minutesId = :m").setParameter("m", minutesId).executeUpdate();
        for (SessionData s : sessions) {
            List<PointData> ps = s.points() == null ? List.of() : s.points().stream()
                    .filter(p -> !(MinutesService.blank(p.byName()) && MinutesService.blank(p.body()))).toList();
            if (MinutesService.blank(s.summary()) && MinutesService.blank(s.decisions()) && ps.isEmpty()) {
                continue;
            }
            em.persist(new MinutesSession(minutesId, s.sessionId(), session(e, s.sessionId(), "sessions").getTitle(),
                    MinutesService.trim(s.summary()), MinutesService.trim(s.decisions())));
            int seq = 0;
            for (PointData p : ps) {
                MinutesPoint mp = new MinutesPoint(minutesId, s.sessionId(), ++seq, p.byKind() == null ? MinutesPoint.By.SPEAKER : p.byKind(),
                        p.byName().trim(), p.body().trim(), p.suggestionId());
                mp.setQuote(p.quote());
                em.persist(mp);
            }
        }
    }

    /** Adds one point at the end of a session (creating its record), e.g. a sumbang saran taken in. */
    public void addPoint(Event e, long minutesId, long sessionId, MinutesPoint.By by, String byName, String body, Long suggestionId) {
        EventSession s = session(e, sessionId, "sessionId");
        boolean has = !em.createQuery("select s.id from MinutesSession s where s.minutesId = :m and s.sessionId = :s", Long.class)
                .setParameter("m", minutesId).setParameter("s", sessionId).getResultList().isEmpty();
        if (!has) {
            em.persist(new MinutesSession(minutesId, sessionId, s.getTitle(), null, null));
        }
        Integer last = em.createQuery("select max(p.seq) from MinutesPoint p where p.minutesId = :m and p.sessionId = :s", Integer.class)
                .setParameter("m", minutesId).setParameter("s", sessionId).getSingleResult();
        if ((last == null ? 0 : last) >= POINTS_MAX) {
            throw BusinessException.invalid("points", "minutes.tooManyPoints", POINTS_MAX);
        }
        em.persist(new MinutesPoint(minutesId, sessionId, (last == null ? 0 : last) + 1, by, MinutesService.cut(byName, 250),
                MinutesService.cut(body, POINT_MAX), suggestionId));
    }

    /** Version N+1 starts as a copy of N: session records, points and attachments. */
    public void copy(long from, long to) {
        for (MinutesSession s : records(from)) {
            em.persist(new MinutesSession(to, s.getSessionId(), s.getSessionTitle(), s.getSummary(), s.getDecisions()));
        }
        for (MinutesPoint p : points(from)) {
            MinutesPoint c = new MinutesPoint(to, p.getSessionId(), p.getSeq(), p.getByKind(), p.getByName(), p.getBody(), p.getSuggestionId());
            c.setQuote(p.isQuote());
            em.persist(c);
        }
        for (MinutesAttachment a : attachments(from)) {
            em.persist(new MinutesAttachment(to, a.getSessionId(), a.getSeq(), a.getContentType(), a.getFileKey(), a.getFileName(),
                    a.getCaption(), a.getSizeBytes()));
        }
    }

    /** The session sections as text, for the diff between versions: title → summary / points / decisions. */
    public Map<String, String[]> text(long minutesId) {
        Map<Long, String> titles = new LinkedHashMap<>();
        Map<String, String[]> out = new LinkedHashMap<>();
        List<MinutesSession> recs = records(minutesId);
        recs.forEach(r -> titles.put(r.getSessionId(), r.getSessionTitle()));
        List<MinutesPoint> ps = points(minutesId);
        for (MinutesSession r : recs) {
            StringBuilder pts = new StringBuilder();
            for (MinutesPoint p : ps) {
                if (p.getSessionId().equals(r.getSessionId())) {
                    pts.append(p.getByName()).append(p.isQuote() ? " [kutipan]" : "").append(": ").append(p.getBody().replace('\n', ' ')).append('\n');
                }
            }
            out.put(r.getSessionId() + "\u0000" + r.getSessionTitle(), new String[] {r.getSummary(), pts.toString(), r.getDecisions()});
        }
        return out;
    }
}
