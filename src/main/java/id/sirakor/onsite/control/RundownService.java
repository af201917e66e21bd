package id.sirakor.onsite.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.onsite.entity.RundownItem;
import id.sirakor.onsite.entity.RundownKind;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.document.RundownPdf;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.time.IndonesianTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The susunan acara of an event: items to the minute, MC notes, and the printable PDF. */
@ApplicationScoped
@Transactional
public class RundownService {

    public static final int TITLE_MAX = 300;
    public static final int PERSON_MAX = 250;
    public static final int NOTE_MAX = 1000;
    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH.mm");

    @PersistenceContext
    EntityManager em;

    @Inject
    OnsiteAccess access;

    @Inject
    AuditLog audit;

    public record ItemData(LocalDate date, LocalTime start, Integer minutes, RundownKind kind, String title, String person,
                           String mcNote) {
    }

    /** One item as pages and the API show it. */
    public record ItemView(long id, LocalDate date, String dateText, LocalTime start, int minutes, String time, RundownKind kind,
                           String title, String person, String mcNote) implements java.io.Serializable {
    }

    public List<ItemView> list(long eventId) {
        Event e = access.readable(eventId);
        return items(e).stream().map(RundownService::view).toList();
    }

    private List<RundownItem> items(Event e) {
        return em.createQuery("select i from RundownItem i where i.event = :e order by i.dayDate, i.startTime, i.id",
                RundownItem.class).setParameter("e", e).getResultList();
    }

    static ItemView view(RundownItem i) {
        LocalTime end = i.getStartTime().plusMinutes(i.getMinutes());
        String time = i.getMinutes() == 0 ? HHMM.format(i.getStartTime())
                : HHMM.format(i.getStartTime()) + "\u2013" + HHMM.format(end);
        return new ItemView(i.getId(), i.getDayDate(), IndonesianTime.shortDate(i.getDayDate(), IndonesianTime.ID), i.getStartTime(),
                i.getMinutes(), time, i.getKind(), i.getTitle(), i.getPerson(), i.getMcNote());
    }

    public ItemView add(long eventId, ItemData d) {
        Event e = access.writable(eventId);
        validate(e, d);
        RundownItem i = new RundownItem();
        i.setEvent(e);
        apply(i, d);
        em.persist(i);
        em.flush();
        audit.record("rundown.add", "RundownItem", i.getId(), e.getUnit().getId(), e.getTitle() + ": " + i.getTitle(), null,
                i.snapshot());
        return view(i);
    }

    public ItemView update(long eventId, long itemId, ItemData d) {
        Event e = access.writable(eventId);
        RundownItem i = find(e, itemId);
        validate(e, d);
        Map<String, Object> before = i.snapshot();
        apply(i, d);
        audit.record("rundown.update", "RundownItem", i.getId(), e.getUnit().getId(), e.getTitle() + ": " + i.getTitle(), before,
                i.snapshot());
        return view(i);
    }

    public void remove(long eventId, long itemId) {
        Event e = access.writable(eventId);
        RundownItem i = find(e, itemId);
        audit.record("rundown.remove", "RundownItem", i.getId(), e.getUnit().getId(), e.getTitle() + ": " + i.getTitle(),
                i.snapshot(), null);
        em.remove(i);
    }

    /** Fills an empty rundown from the timetable: registration, anthem, doa, the sessions, photo, closing. */
    public int fromTimetable(long eventId) {
        Event e = access.writable(eventId);
        if (!items(e).isEmpty()) {
            throw BusinessException.conflict("rundown.notEmpty");
        }
        int n = 0;
        for (EventDay d : e.getDays()) {
            LocalTime t = d.getStartsAt().atZone(e.zone()).toLocalTime();
            n += persist(e, d.getDayDate(), t, 30, RundownKind.REGISTRASI, "Registrasi peserta", "Panitia", null);
            t = t.plusMinutes(30);
            n += persist(e, d.getDayDate(), t, 5, RundownKind.PEMBUKAAN, "Pembukaan oleh pembawa acara", "Pembawa acara",
                    "Pembawa acara membuka acara dan membacakan susunan acara.");
            t = t.plusMinutes(5);
            n += persist(e, d.getDayDate(), t, 5, RundownKind.LAGU_KEBANGSAAN, "Menyanyikan lagu kebangsaan Indonesia Raya",
                    "Dirigen", "Pembawa acara mempersilakan hadirin berdiri.");
            t = t.plusMinutes(5);
            n += persist(e, d.getDayDate(), t, 5, RundownKind.DOA, "Pembacaan doa", null,
                    "Pembawa acara mempersilakan petugas doa.");
            for (var s : e.getSessions()) {
                if (!s.getDay().getId().equals(d.getId())) {
                    continue;
                }
                LocalTime st = s.getStartsAt().atZone(e.zone()).toLocalTime();
                int minutes = (int) java.time.Duration.between(s.getStartsAt(), s.getEndsAt()).toMinutes();
                String who = s.getSlots().isEmpty() ? null : s.getSlots().get(0).getSpeaker().displayName();
                RundownKind kind = switch (s.getKind()) {
                    case SAMBUTAN -> RundownKind.SAMBUTAN;
                    case PAPARAN -> RundownKind.PAPARAN;
                    case DISKUSI, SUMBANG_SARAN -> RundownKind.DISKUSI;
                    case ISTIRAHAT -> RundownKind.ISTIRAHAT;
                    case PENUTUPAN -> RundownKind.PENUTUPAN;
                    case LAINNYA -> RundownKind.LAINNYA;
                };
                n += persist(e, d.getDayDate(), st, Math.max(0, minutes), kind, s.getTitle(), who,
                        who == null ? null : "Pembawa acara mempersilakan " + who + ".");
            }
            LocalTime end = d.getEndsAt().atZone(e.zone()).toLocalTime();
            n += persist(e, d.getDayDate(), end.minusMinutes(10), 10, RundownKind.FOTO, "Foto bersama", "Dokumentasi",
                    "Pembawa acara mempersilakan para pejabat menuju depan panggung untuk foto bersama.");
        }
        audit.record("rundown.fromTimetable", "Event", e.getId(), e.getUnit().getId(), e.getTitle() + ": " + n, null,
                Map.of("items", n));
        return n;
    }

    private int persist(Event e, LocalDate date, LocalTime start, int minutes, RundownKind kind, String title, String person,
                        String note) {
        RundownItem i = new RundownItem();
        i.setEvent(e);
        apply(i, new ItemData(date, start, minutes, kind, title, person, note));
        em.persist(i);
        return 1;
    }

    private RundownItem find(Event e, long itemId) {
        RundownItem i = em.find(RundownItem.class, itemId);
        if (i == null || !i.getEvent().getId().equals(e.getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        return i;
    }

    private static void validate(Event e, ItemData d) {
        if (d == null) {
            throw BusinessException.invalid("title", "validation.required");
        }
        if (d.date() == null) {
            throw BusinessException.invalid("date", "validation.required");
        }
        if (e.getDays().stream().noneMatch(x -> x.getDayDate().equals(d.date()))) {
            throw BusinessException.invalid("date", "rundown.notADay");
        }
        if (d.start() == null) {
            throw BusinessException.invalid("start", "validation.required");
        }
        if (d.minutes() == null || d.minutes() < 0 || d.minutes() > 600) {
            throw BusinessException.invalid("minutes", "rundown.minutes");
        }
        if (d.kind() == null) {
            throw BusinessException.invalid("kind", "validation.required");
        }
        if (d.title() == null || d.title().isBlank()) {
            throw BusinessException.invalid("title", "validation.required");
        }
        length("title", d.title(), TITLE_MAX);
        length("person", d.person(), PERSON_MAX);
        length("mcNote", d.mcNote(), NOTE_MAX);
    }

    static void length(String field, String v, int max) {
        if (v != null && v.length() > max) {
            throw BusinessException.invalid(field, "validation.tooLong", max);
        }
    }

    private static void apply(RundownItem i, ItemData d) {
        i.setDayDate(d.date());
        i.setStartTime(d.start().withSecond(0).withNano(0));
        i.setMinutes(d.minutes());
        i.setKind(d.kind());
        i.setTitle(d.title().trim());
        i.setPerson(blank(d.person()));
        i.setMcNote(blank(d.mcNote()));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public byte[] pdf(long eventId) {
        Event e = access.readable(eventId);
        Map<LocalDate, List<RundownPdf.Line>> byDay = new LinkedHashMap<>();
        for (RundownItem i : items(e)) {
            ItemView v = view(i);
            byDay.computeIfAbsent(i.getDayDate(), k -> new ArrayList<>()).add(new RundownPdf.Line(v.time(), v.title(), v.person(),
                    v.mcNote()));
        }
        List<RundownPdf.Day> days = new ArrayList<>();
        byDay.forEach((date, lines) -> days.add(new RundownPdf.Day(IndonesianTime.date(date, IndonesianTime.ID), lines)));
        String venue = e.getDays().stream().filter(d -> d.getHall() != null).findFirst()
                .map(d -> d.getHall().getVenue().getName() + ", " + d.getHall().getName()).orElse(null);
        return RundownPdf.render(e.getUnit().getName(), e.getTitle(), venue, days);
    }
}
