package id.sirakor.attendance.control;

import id.sirakor.attendance.entity.AttendanceSetting;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.platform.privacy.PersonalDataLog;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.registration.control.PersonalIds;
import id.sirakor.registration.control.Tickets;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the door and the secretariat read: the event's days and sessions, the participant list the
 * device keeps offline (codes and masked names, never a NIK), search, live counts and the rows of
 * the daftar hadir. Everything is fetched here as records, so pages render after the transaction.
 */
@ApplicationScoped
@Transactional
public class AttendanceLists {

    @jakarta.inject.Inject
    PersonalDataLog personalData;

    @PersistenceContext
    EntityManager em;

    @Inject
    AttendanceService attendance;

    public record DayInfo(long id, String label, String date) implements java.io.Serializable {
    }

    public record SessionInfo(long id, long dayId, String label) {
    }

    /** The event as the check-in page needs it. */
    public record EventInfo(long id, String title, String zone, String unitName, String venue, boolean writable,
                            AttendanceSetting setting, List<DayInfo> days, List<SessionInfo> sessions, Long today) {
    }

    public EventInfo info(long eventId, Locale locale) {
        Event e = attendance.doorReadable(eventId);
        List<DayInfo> days = new ArrayList<>();
        Long today = null;
        java.time.LocalDate now = Instant.now().atZone(e.zone()).toLocalDate();
        int n = 1;
        String venue = null;
        for (EventDay d : e.getDays()) {
            String date = IndonesianTime.date(d.getDayDate(), locale);
            days.add(new DayInfo(d.getId(), (IndonesianTime.english(locale) ? "Day " : "Hari ") + n++ + " \u2013 " + date, date));
            if (d.getDayDate().equals(now)) {
                today = d.getId();
            }
            if (venue == null && d.getHall() != null) {
                venue = d.getHall().getName() + ", " + d.getHall().getVenue().getName();
            }
        }
        if (today == null && !days.isEmpty()) {
            today = days.get(0).id();
        }
        List<SessionInfo> sessions = new ArrayList<>();
        for (EventSession s : e.getSessions()) {
            sessions.add(new SessionInfo(s.getId(), s.getDay().getId(),
                    IndonesianTime.timeRange(s.getStartsAt(), s.getEndsAt(), e.zone(), locale) + " \u2013 " + s.getTitle()));
        }
        return new EventInfo(e.getId(), e.getTitle(), IndonesianTime.zoneName(e.zone()), e.getUnit().getName(), venue,
                attendance.canWrite(eventId), attendance.setting(eventId), days, sessions, today);
    }

    /** One line the device keeps for offline check-in: the code, a masked name and the institution. */
    public record RosterEntry(String code, String name, String institution, RegistrationStatus status) {
    }

    /** The list a door device keeps: for the event's own secretariat only (it is taken out of the building). */
    public List<RosterEntry> roster(long eventId) {
        attendance.doorWritable(eventId);
        List<RosterEntry> roster = em.createQuery("select r.ticketCode, r.name, r.institutionName, r.status from Registration r"
                        + " where r.event.id = :e and r.ticketCode is not null order by r.name", Object[].class)
                .setParameter("e", eventId).getResultList().stream()
                .map(a -> new RosterEntry((String) a[0], mask((String) a[1]), (String) a[2], (RegistrationStatus) a[3])).toList();
        personalData.record(PersonalDataLog.Access.EXPORT, "door-roster", eventId, null, roster.size());
        return roster;
    }

    /** "Siti Aminah Lubis" → "Siti A. L.": enough to recognise a person at the door, not to copy a list. */
    public static String mask(String name) {
        if (name == null) {
            return "";
        }
        String[] parts = name.trim().split("\\s+");
        StringBuilder b = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                b.append(' ').append(Character.toUpperCase(parts[i].charAt(0))).append('.');
            }
        }
        return b.toString();
    }

    /** A person found by name, NIP, institution or ticket code, with the time already checked in on the day. */
    public record Found(long id, String name, String nip, String position, String institution, String ticket,
                        RegistrationStatus status, String presentAt) {
    }

    public List<Found> search(long eventId, String q, Long dayId, int max) {
        Event e = attendance.doorReadable(eventId);
        String t = q == null ? "" : q.trim().toLowerCase(Locale.ROOT);
        if (t.length() > 100) {
            t = t.substring(0, 100);
        }
        String code = AttendanceService.normalize(q);
        String digits = t.replaceAll("\\D", "");
        List<Registration> rs = em.createQuery("select r from Registration r where r.event = :e and r.status in :st and ("
                        + " lower(r.name) like :t or lower(r.institutionName) like :t or r.nip like :d or r.ticketCode = :c)"
                        + " order by r.name, r.id", Registration.class)
                .setParameter("e", e).setParameter("st", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                        RegistrationStatus.PENDING, RegistrationStatus.CANCELLED, RegistrationStatus.SUBSTITUTED))
                .setParameter("t", "%" + t.replace("%", "").replace("_", "") + "%")
                .setParameter("d", digits.length() >= 4 ? "%" + digits + "%" : "\u0000")
                .setParameter("c", code == null ? "\u0000" : code)
                .setMaxResults(Math.max(1, Math.min(max, 50))).getResultList();
        Map<Long, Instant> present = new HashMap<>();
        if (dayId != null && !rs.isEmpty()) {
            for (Object[] a : em.createQuery("select a.registration.id, a.checkedInAt from Attendance a where a.dayId = :d"
                    + " and a.sessionId is null and a.registration in :rs", Object[].class).setParameter("d", dayId)
                    .setParameter("rs", rs).getResultList()) {
                present.put((Long) a[0], (Instant) a[1]);
            }
        }
        return rs.stream().map(r -> new Found(r.getId(), AttendanceService.displayName(r),
                r.getNip() == null ? null : PersonalIds.formatNip(r.getNip()), r.getPosition(), r.getInstitutionName(),
                Tickets.display(r.getTicketCode()), r.getStatus(),
                present.containsKey(r.getId()) ? IndonesianTime.time(present.get(r.getId()), e.zone(), Locale.forLanguageTag("id")) : null))
                .toList();
    }

    public record Count(long id, String label, long present, long registered) {
    }

    public record InstitutionCount(String institution, long present, long registered) {
    }

    /** Present against registered (holding a seat) per day, per session, and per institution on one day. */
    public record Board(long registered, List<Count> days, List<Count> sessions, Long dayId, List<InstitutionCount> institutions,
                        Instant at) {
    }

    public Board board(long eventId, Long dayId, Locale locale) {
        Event e = attendance.readable(eventId);
        long registered = em.createQuery("select count(r) from Registration r where r.event = :e and r.status = :s", Long.class)
                .setParameter("e", e).setParameter("s", RegistrationStatus.CONFIRMED).getSingleResult();
        Map<String, Long> bySlot = new HashMap<>();
        for (Object[] a : em.createQuery("select a.slotKey, count(a) from Attendance a where a.eventId = :e group by a.slotKey",
                Object[].class).setParameter("e", e.getId()).getResultList()) {
            bySlot.put((String) a[0], (Long) a[1]);
        }
        List<Count> days = new ArrayList<>();
        int n = 1;
        Long chosen = null;
        for (EventDay d : e.getDays()) {
            days.add(new Count(d.getId(), (IndonesianTime.english(locale) ? "Day " : "Hari ") + n++ + " (" + IndonesianTime.shortDate(d.getDayDate(), locale) + ")",
                    bySlot.getOrDefault("D" + d.getId(), 0L), registered));
            if (d.getId().equals(dayId)) {
                chosen = dayId;
            }
        }
        if (chosen == null && !days.isEmpty()) {
            chosen = days.get(0).id();
        }
        List<Count> sessions = new ArrayList<>();
        for (EventSession s : attendance.setting(eventId).isCountsSessions() ? e.getSessions() : List.<EventSession>of()) {
            sessions.add(new Count(s.getId(), IndonesianTime.timeRange(s.getStartsAt(), s.getEndsAt(), e.zone(), locale) + " " + s.getTitle(),
                    bySlot.getOrDefault("S" + s.getId(), 0L), registered));
        }
        Map<String, long[]> inst = new LinkedHashMap<>();
        for (Object[] a : em.createQuery("select r.institutionName, count(r) from Registration r where r.event = :e and r.status = :s"
                        + " group by r.institutionName order by r.institutionName", Object[].class)
                .setParameter("e", e).setParameter("s", RegistrationStatus.CONFIRMED).getResultList()) {
            inst.put((String) a[0], new long[] {0, (Long) a[1]});
        }
        if (chosen != null) {
            for (Object[] a : em.createQuery("select a.registration.institutionName, count(a) from Attendance a where a.eventId = :e"
                            + " and a.slotKey = :k and a.registration.status = :s group by a.registration.institutionName", Object[].class)
                    .setParameter("e", e.getId()).setParameter("k", "D" + chosen).setParameter("s", RegistrationStatus.CONFIRMED)
                    .getResultList()) {
                inst.computeIfAbsent((String) a[0], k -> new long[2])[0] = (Long) a[1];
            }
        }
        List<InstitutionCount> institutions = inst.entrySet().stream()
                .map(x -> new InstitutionCount(x.getKey(), x.getValue()[0], x.getValue()[1])).toList();
        return new Board(registered, days, sessions, chosen, institutions, Instant.now());
    }

    /** One row of the daftar hadir. */
    public record SheetRow(String name, String nipPosition, String institution, String phone, String time, byte[] signaturePng,
                           String method) {
    }

    /** The day's list: everyone present that day (by name), with the first signature given that day. */
    public record Sheet(Event event, EventDay day, int dayNo, List<SheetRow> rows) {
    }

    public Sheet sheet(long eventId, long dayId) {
        Event e = attendance.readable(eventId);
        EventDay day = null;
        int no = 0;
        for (EventDay d : e.getDays()) {
            no++;
            if (d.getId().equals(dayId)) {
                day = d;
                break;
            }
        }
        if (day == null) {
            throw id.sirakor.platform.error.BusinessException.notFound("error.notFound");
        }
        id.sirakor.event.control.EventService.initialize(e);
        Map<Long, SheetRow> rows = new LinkedHashMap<>();
        for (Object[] a : em.createQuery("select r, a.checkedInAt, a.signaturePng, a.method, a.sessionId from Attendance a"
                        + " join a.registration r where a.dayId = :d order by r.name, r.id, a.sessionId", Object[].class)
                .setParameter("d", dayId).getResultList()) {
            Registration r = (Registration) a[0];
            SheetRow prev = rows.get(r.getId());
            byte[] sig = (byte[]) a[2];
            if (prev == null) {
                String nip = r.getNip() == null ? null : PersonalIds.formatNip(r.getNip());
                String np = nip == null ? r.getPosition() : r.getPosition() == null ? nip : nip + " / " + r.getPosition();
                rows.put(r.getId(), new SheetRow(AttendanceService.displayName(r), np, r.getInstitutionName(), r.getPhone(),
                        IndonesianTime.time((Instant) a[1], e.zone(), Locale.forLanguageTag("id")), sig, (String) a[3]));
            } else if (prev.signaturePng() == null && sig != null) {
                rows.put(r.getId(), new SheetRow(prev.name(), prev.nipPosition(), prev.institution(), prev.phone(), prev.time(), sig,
                        prev.method()));
            }
        }
        return new Sheet(e, day, no, List.copyOf(rows.values()));
    }

    /** The blank list for paper backup: everyone holding a seat, by name, without times or signatures. */
    public Sheet blankSheet(long eventId, long dayId) {
        Sheet s = sheet(eventId, dayId);
        List<SheetRow> rows = new ArrayList<>();
        for (Registration r : em.createQuery("select r from Registration r where r.event.id = :e and r.status = :s order by r.name, r.id",
                Registration.class).setParameter("e", eventId).setParameter("s", RegistrationStatus.CONFIRMED).getResultList()) {
            String nip = r.getNip() == null ? null : PersonalIds.formatNip(r.getNip());
            String np = nip == null ? r.getPosition() : r.getPosition() == null ? nip : nip + " / " + r.getPosition();
            rows.add(new SheetRow(AttendanceService.displayName(r), np, r.getInstitutionName(), r.getPhone(), null, null, null));
        }
        return new Sheet(s.event(), s.day(), s.dayNo(), rows);
    }
}
