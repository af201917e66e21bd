package id.sirakor.event.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** What anybody may see without logging in: published, ongoing and closed events. */
@ApplicationScoped
@Transactional
public class PublicEvents {

    /** A cancelled event stays visible, marked "Dibatalkan", so that people who saw it learn it is off. */
    private static final List<EventStatus> PUBLIC = List.of(EventStatus.PUBLISHED, EventStatus.ONGOING, EventStatus.CLOSED,
            EventStatus.CANCELLED);
    private static final DateTimeFormatter ICS = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    /** Upcoming and running events first (by first day), then the past ones. */
    public List<Event> list(int max) {
        List<Event> events = em.createQuery("select e from Event e join fetch e.unit where e.status in :s", Event.class)
                .setParameter("s", PUBLIC).getResultList();
        events.forEach(EventService::initialize);
        Instant now = clock.now();
        return events.stream().filter(e -> !e.getDays().isEmpty())
                .sorted((a, b) -> {
                    boolean pastA = lastEnd(a).isBefore(now);
                    boolean pastB = lastEnd(b).isBefore(now);
                    if (pastA != pastB) {
                        return pastA ? 1 : -1;
                    }
                    int c = a.getDays().get(0).getStartsAt().compareTo(b.getDays().get(0).getStartsAt());
                    return pastA ? -c : c;
                }).limit(max).toList();
    }

    private static Instant lastEnd(Event e) {
        return e.getDays().get(e.getDays().size() - 1).getEndsAt();
    }

    public Event find(String slug) {
        List<Event> found = em.createQuery("select e from Event e where e.slug = :s and e.status in :p", Event.class)
                .setParameter("s", slug == null ? "" : slug).setParameter("p", PUBLIC).getResultList();
        if (found.isEmpty()) {
            throw BusinessException.notFound("error.notFound");
        }
        Event e = found.get(0);
        EventService.initialize(e);
        return e;
    }

    /** RFC 5545 calendar: one VEVENT per day, so phones show each day with its own hours. */
    public String ics(String slug, String baseUrl) {
        return ics(find(slug), baseUrl);
    }

    /** The calendar of a loaded event (also before it is public: invitations carry it). */
    public String ics(Event e, String baseUrl) {
        StringBuilder sb = new StringBuilder();
        line(sb, "BEGIN:VCALENDAR");
        line(sb, "VERSION:2.0");
        line(sb, "PRODID:-//Sirakor//Sistem Informasi Rapat Koordinasi//ID");
        line(sb, "CALSCALE:GREGORIAN");
        boolean cancelled = e.getStatus() == EventStatus.CANCELLED;
        // a cancelled event's calendar removes the entries (RFC 5546 §3.2.5: METHOD:CANCEL, STATUS:CANCELLED)
        line(sb, cancelled ? "METHOD:CANCEL" : "METHOD:PUBLISH");
        // the same UID with a higher SEQUENCE updates the calendar entry: one step per change notice or
        // cancellation sent (issue 16, ADR 0083)
        long sequence = sequence(e.getId());
        for (EventDay d : e.getDays()) {
            line(sb, "BEGIN:VEVENT");
            line(sb, "UID:sirakor-event-" + e.getId() + "-day-" + d.getId() + "@sirakor");
            line(sb, "SEQUENCE:" + sequence);
            if (cancelled) {
                line(sb, "STATUS:CANCELLED");
            }
            line(sb, "DTSTAMP:" + ICS.format(clock.now()));
            line(sb, "DTSTART:" + ICS.format(d.getStartsAt()));
            line(sb, "DTEND:" + ICS.format(d.getEndsAt()));
            line(sb, "SUMMARY:" + escape(e.getTitle()));
            if (d.getHall() != null) {
                var v = d.getHall().getVenue();
                line(sb, "LOCATION:" + escape(v.getName() + ", " + d.getHall().getName()
                        + (v.getAddress() == null ? "" : ", " + v.getAddress())));
                if (v.getLatitude() != null && v.getLongitude() != null) {
                    line(sb, "GEO:" + v.getLatitude().toPlainString() + ";" + v.getLongitude().toPlainString());
                }
            }
            StringBuilder desc = new StringBuilder(e.getTheme() == null ? "" : e.getTheme());
            for (EventSession s : e.getSessions()) {
                if (s.getDay() == d) {
                    desc.append(desc.length() == 0 ? "" : "\n").append(s.getTitle());
                }
            }
            line(sb, "DESCRIPTION:" + escape(desc.toString()));
            line(sb, "URL:" + baseUrl + "event.xhtml?e=" + e.getSlug());
            line(sb, "ORGANIZER;CN=" + escape(e.getUnit().getName()) + ":mailto:"
                    + (e.getUnit().getEmail() == null ? "noreply@sirakor.local" : e.getUnit().getEmail()));
            line(sb, "END:VEVENT");
        }
        line(sb, "END:VCALENDAR");
        return sb.toString();
    }

    /** The calendar SEQUENCE of an event: how many change notices and cancellations were sent. */
    public long sequence(long eventId) {
        return ((Number) em.createNativeQuery("select count(*) from schedule_notice where event_id = ?1 and seq > 1")
                .setParameter(1, eventId).getSingleResult()).longValue();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Lines end in CRLF and are folded at 75 octets, as RFC 5545 §3.1 requires. */
    static void line(StringBuilder sb, String content) {
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            sb.append(content).append("\r\n");
            return;
        }
        int count = 0;
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (count + len > 75) {
                sb.append(cur).append("\r\n ");
                cur.setLength(0);
                count = 1;
            }
            cur.appendCodePoint(cp);
            count += len;
            i += Character.charCount(cp);
        }
        sb.append(cur).append("\r\n");
    }
}
