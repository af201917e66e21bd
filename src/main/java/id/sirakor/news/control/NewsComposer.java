package id.sirakor.news.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventType;
import id.sirakor.event.entity.SessionKind;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.minutes.entity.Minutes;
import id.sirakor.minutes.entity.MinutesPoint;
import id.sirakor.minutes.entity.MinutesSession;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.region.entity.Region;
import id.sirakor.speaker.entity.Speaker;
import id.sirakor.venue.entity.Venue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gathers the {@link NewsWriter.Facts} of an event from what Sirakor holds (ADR 0094) and writes the
 * article. No access check here: {@link NewsService} checks the caller, the demo data calls it directly.
 * <ul>
 *   <li>dateline and "where": the venue of the first day's hall, its region's regency/city name;
 *       the event's first day (days are calendar dates in the event's time zone);</li>
 *   <li>who opened it / closed it: the speakers of the SAMBUTAN / PENUTUPAN sessions (with representation);</li>
 *   <li>speakers: the other sessions' slots, in timetable order; the minutes' session summaries;</li>
 *   <li>quotes: points of the chosen minutes version marked "kutipan", attributed by matching the point's
 *       "by" name to a speaker of that session (then with position), else the name as written;</li>
 *   <li>participants: distinct persons with an attendance record, their institutions and institution kinds;</li>
 *   <li>decisions: the minutes' decisions (else the sessions' decisions).</li>
 * </ul>
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class NewsComposer {

    @PersistenceContext
    EntityManager em;

    /** The article and the minutes version it came from (null: none yet). */
    public record Result(NewsWriter.Article article, Minutes minutes) {
    }

    public Result compose(Event e) {
        Minutes m = minutes(e.getId());
        return new Result(NewsWriter.write(facts(e, m)), m);
    }

    /** The latest approved version; else the latest version of any state; null when no minutes were started. */
    Minutes minutes(long eventId) {
        List<Minutes> approved = em.createQuery("select m from Minutes m where m.eventId = :e and m.status = :s order by m.versionNo desc",
                Minutes.class).setParameter("e", eventId).setParameter("s", Minutes.Status.APPROVED).setMaxResults(1).getResultList();
        if (!approved.isEmpty()) {
            return approved.get(0);
        }
        List<Minutes> any = em.createQuery("select m from Minutes m where m.eventId = :e order by m.versionNo desc", Minutes.class)
                .setParameter("e", eventId).setMaxResults(1).getResultList();
        return any.isEmpty() ? null : any.get(0);
    }

    NewsWriter.Facts facts(Event e, Minutes m) {
        List<EventDay> days = e.getDays().stream().sorted(Comparator.comparing(EventDay::getDayDate)).toList();
        LocalDate first = days.isEmpty() ? e.getCreatedAt().atZone(e.zone()).toLocalDate() : days.get(0).getDayDate();
        LocalDate last = days.isEmpty() ? first : days.get(days.size() - 1).getDayDate();
        Venue venue = days.stream().filter(d -> d.getHall() != null).map(d -> d.getHall().getVenue()).findFirst().orElse(null);
        String city = venue == null ? null : city(venue.getRegionCode());
        if (city == null) {
            city = e.getUnit().getCity();
        }

        List<MinutesPoint> quotes = m == null ? List.of() : em.createQuery(
                "select p from MinutesPoint p where p.minutesId = :m and p.quote = true order by p.sessionId, p.seq", MinutesPoint.class)
                .setParameter("m", m.getId()).getResultList();
        Map<Long, MinutesSession> records = new HashMap<>();
        if (m != null) {
            em.createQuery("select s from MinutesSession s where s.minutesId = :m", MinutesSession.class).setParameter("m", m.getId())
                    .getResultList().forEach(r -> records.put(r.getSessionId(), r));
        }

        List<NewsWriter.Slot> opening = new ArrayList<>();
        List<NewsWriter.Slot> closing = new ArrayList<>();
        List<NewsWriter.Quote> openingQuotes = new ArrayList<>();
        List<NewsWriter.Talk> talks = new ArrayList<>();
        List<NewsWriter.Quote> other = new ArrayList<>();
        Set<Long> used = new HashSet<>();
        for (EventSession s : e.getSessions()) {
            if (s.getKind() == SessionKind.ISTIRAHAT) {
                continue;
            }
            List<NewsWriter.Slot> slots = s.getSlots().stream().map(NewsComposer::slot).toList();
            List<NewsWriter.Quote> qs = new ArrayList<>();
            for (MinutesPoint p : quotes) {
                if (p.getSessionId().equals(s.getId())) {
                    qs.add(new NewsWriter.Quote(p.getBody(), who(p.getByName(), s)));
                    used.add(p.getId());
                }
            }
            if (s.getKind() == SessionKind.SAMBUTAN) {
                opening.addAll(slots);
                openingQuotes.addAll(qs);
            } else if (s.getKind() == SessionKind.PENUTUPAN) {
                closing.addAll(slots);
                other.addAll(qs);
            } else if (!slots.isEmpty()) {
                MinutesSession r = records.get(s.getId());
                talks.add(new NewsWriter.Talk(s.getTitle(), slots, s.getKind() == SessionKind.PAPARAN && r != null ? r.getSummary() : null, qs));
            } else {
                other.addAll(qs);
            }
        }
        for (MinutesPoint p : quotes) {
            if (!used.contains(p.getId())) {
                // a session no longer in the timetable: the name as the minutes wrote it
                other.add(new NewsWriter.Quote(p.getBody(), new NewsWriter.Person(p.getByName(), null, null)));
            }
        }

        // participants: persons with an attendance record, their institutions and kinds
        List<Object[]> present = em.createQuery("select r.id, r.institutionName, i.type from Registration r left join r.institution i"
                + " where r.id in (select a.registration.id from Attendance a where a.eventId = :e)", Object[].class)
                .setParameter("e", e.getId()).getResultList();
        Set<String> institutions = new HashSet<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        Map<InstitutionType, Integer> kinds = new LinkedHashMap<>();
        for (Object[] row : present) {
            if (row[1] != null && !((String) row[1]).isBlank()) {
                if (institutions.add(((String) row[1]).strip().toLowerCase(java.util.Locale.ROOT))) {
                    names.put(((String) row[1]).strip(), 0);
                }
                names.computeIfPresent(((String) row[1]).strip(), (k, v) -> v + 1);
            }
            if (row[2] != null && row[2] != InstitutionType.LAINNYA) {
                kinds.merge((InstitutionType) row[2], 1, Integer::sum);
            }
        }
        List<String> kindLabels = kinds.entrySet().stream()
                .sorted(Map.Entry.<InstitutionType, Integer>comparingByValue().reversed().thenComparing(x -> x.getKey().ordinal()))
                .map(x -> Messages.get(Messages.INDONESIAN, "institutionType." + x.getKey().name())).toList();
        if (kindLabels.isEmpty() && names.size() <= 6) {
            // institutions typed by hand (no directory entry, so no kind): name them, most present first
            kindLabels = names.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).toList();
        }

        List<String> decisions = new ArrayList<>(m == null ? List.of() : NewsText.items(m.getDecisions()));
        if (decisions.isEmpty()) {
            for (EventSession s : e.getSessions()) {
                MinutesSession r = records.get(s.getId());
                if (r != null) {
                    decisions.addAll(NewsText.items(r.getDecisions()));
                }
            }
        }
        NewsWriter.Person chair = m == null || m.getChairName() == null ? null : new NewsWriter.Person(m.getChairName(), m.getChairPosition(), null);
        return new NewsWriter.Facts(e.getUnit().getName(), e.getUnit().getShortName(), typeLong(e.getType()), typeShort(e.getType()),
                e.getTitle(), e.getTheme(), venue == null ? null : venue.getName(), city, first, last, opening, chair, openingQuotes, talks,
                present.size(), institutions.size(), kindLabels, m == null ? null : m.getSummary(), decisions, closing, other);
    }

    /** The regency/city of a region code ("13.75.01" → region "13.75" → "Bukittinggi"). */
    String city(String regionCode) {
        if (regionCode == null || regionCode.isBlank()) {
            return null;
        }
        String[] parts = regionCode.split("\\.");
        String code = parts.length >= 2 ? parts[0] + "." + parts[1] : parts[0];
        Region r = em.find(Region.class, code);
        return r == null ? null : NewsText.city(r.getName());
    }

    static NewsWriter.Slot slot(SessionSpeaker sl) {
        return new NewsWriter.Slot(person(sl.getSpeaker()), sl.getRepresentedBy() == null ? null : person(sl.getRepresentedBy()));
    }

    static NewsWriter.Person person(Speaker s) {
        return new NewsWriter.Person(s.displayName(), s.getPosition(), s.getInstitutionName());
    }

    /** The speaker of the session whose name the point's "by" line carries; else the line as written. */
    static NewsWriter.Person who(String byName, EventSession s) {
        String by = byName == null ? "" : byName.strip();
        List<Speaker> candidates = new ArrayList<>();
        for (SessionSpeaker sl : s.getSlots()) {
            candidates.add(sl.getActualSpeaker());
            candidates.add(sl.getSpeaker());
        }
        if (s.getModerator() != null) {
            candidates.add(s.getModerator());
        }
        for (Speaker sp : candidates) {
            if (sp.displayName().equalsIgnoreCase(by) || sp.getName().equalsIgnoreCase(by)) {
                return person(sp);
            }
        }
        for (Speaker sp : candidates) {
            if (by.toLowerCase(java.util.Locale.ROOT).contains(sp.getName().toLowerCase(java.util.Locale.ROOT))) {
                return person(sp);
            }
        }
        return new NewsWriter.Person(by, null, null);
    }

    static String typeLong(EventType t) {
        return switch (t == null ? EventType.LAINNYA : t) {
            case RAKOR -> "rapat koordinasi (Rakor)";
            case RAKORNAS -> "Rapat Koordinasi Nasional (Rakornas)";
            case RAKOR_KONSOLIDASI -> "rapat koordinasi (Rakor) konsolidasi";
            case SOSIALISASI -> "kegiatan sosialisasi";
            case BIMTEK -> "bimbingan teknis (Bimtek)";
            case LAINNYA -> "kegiatan";
        };
    }

    static String typeShort(EventType t) {
        return switch (t == null ? EventType.LAINNYA : t) {
            case RAKOR, RAKOR_KONSOLIDASI -> "rakor";
            case RAKORNAS -> "Rakornas";
            case SOSIALISASI -> "sosialisasi";
            case BIMTEK -> "bimtek";
            case LAINNYA -> "kegiatan";
        };
    }
}
