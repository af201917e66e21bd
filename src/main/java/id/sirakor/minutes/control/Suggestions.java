package id.sirakor.minutes.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.event.entity.SessionKind;
import id.sirakor.minutes.entity.Suggestion;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.registration.control.RegistrationService;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sumbang saran from the participant's personal page (the secret link is the only credential):
 * a confirmed participant of the event sends a suggestion of at most {@value #TEXT_MAX} characters,
 * optionally for one session of that event; at most {@value #PER_REGISTRATION} per registration
 * and one every {@value #GAP_SECONDS} seconds, so a leaked link cannot flood the minute taker.
 */
@ApplicationScoped
@Transactional
public class Suggestions {

    public static final int TEXT_MAX = 1000;
    public static final int PER_REGISTRATION = 10;
    public static final int GAP_SECONDS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationService registrations;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    public record SessionOption(long id, String label) implements java.io.Serializable {
    }

    /** The registration behind the link, if it may send suggestions (confirmed, event not archived). */
    Registration sender(String token) {
        Registration r = registrations.byToken(token);
        if (r.getStatus() != RegistrationStatus.CONFIRMED) {
            throw BusinessException.conflict("suggestion.notConfirmed");
        }
        EventStatus st = r.getEvent().getStatus();
        if (st == EventStatus.DRAFT || st == EventStatus.ARCHIVED) {
            throw BusinessException.conflict("suggestion.closed");
        }
        return r;
    }

    /** Whether the link's holder may send one now (the page shows the form only then). */
    public boolean open(String token) {
        try {
            sender(token);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    /** The sessions a suggestion may be for: the event's timetable without breaks. */
    public List<SessionOption> sessions(String token) {
        Registration r = registrations.byToken(token);
        Event e = r.getEvent();
        return e.getSessions().stream().filter(s -> s.getKind() != SessionKind.ISTIRAHAT)
                .map(s -> new SessionOption(s.getId(), label(e, s))).toList();
    }

    static String label(Event e, EventSession s) {
        String when = MinutesSessions.when(e, s);
        return when.isEmpty() ? s.getTitle() : s.getTitle() + " (" + when + ")";
    }

    public List<Suggestion> mine(String token) {
        Registration r = registrations.byToken(token);
        return em.createQuery("select s from Suggestion s where s.registrationId = :r order by s.createdAt, s.id", Suggestion.class)
                .setParameter("r", r.getId()).getResultList();
    }

    public Suggestion submit(String token, Long sessionId, String text) {
        Registration r = sender(token);
        Event e = r.getEvent();
        if (text == null || text.isBlank()) {
            throw BusinessException.invalid("text", "suggestion.required");
        }
        if (text.strip().length() > TEXT_MAX) {
            throw BusinessException.invalid("text", "suggestion.tooLong", TEXT_MAX);
        }
        if (sessionId != null && e.getSessions().stream().noneMatch(s -> s.getId().equals(sessionId))) {
            throw BusinessException.invalid("sessionId", "minutes.sessionUnknown");
        }
        em.lock(r, LockModeType.PESSIMISTIC_WRITE); // one at a time per link: the limits below hold under a burst
        long sent = em.createQuery("select count(s) from Suggestion s where s.registrationId = :r", Long.class)
                .setParameter("r", r.getId()).getSingleResult();
        if (sent >= PER_REGISTRATION) {
            throw BusinessException.conflict("suggestion.tooMany", PER_REGISTRATION);
        }
        long recent = em.createQuery("select count(s) from Suggestion s where s.registrationId = :r and s.createdAt > :t", Long.class)
                .setParameter("r", r.getId()).setParameter("t", clock.now().minus(Duration.ofSeconds(GAP_SECONDS))).getSingleResult();
        if (recent > 0) {
            throw BusinessException.conflict("suggestion.tooSoon", GAP_SECONDS);
        }
        String author = id.sirakor.speaker.entity.Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle());
        Suggestion s = new Suggestion(e.getId(), r.getId(), sessionId, MinutesService.cut(author, 250),
                MinutesService.cut(r.getInstitutionName(), 200), text.strip(), clock.now());
        em.persist(s);
        audit.record("suggestion.submit", "Suggestion", s.getId(), e.getUnit().getId(), e.getTitle(), null,
                Map.of("registration", r.getId(), "chars", s.getBody().length()));
        return s;
    }
}
