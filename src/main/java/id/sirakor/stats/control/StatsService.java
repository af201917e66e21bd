package id.sirakor.stats.control;

import id.sirakor.certificate.entity.Certificate;
import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.event.entity.EventType;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.UnitLevel;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.minutes.entity.FollowUp;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.region.entity.RegionLevel;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.report.control.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * "Rekap &amp; statistik" (issue 17, ADR 0095): the figures of one event and of a unit's year, each
 * counted by a GROUP BY query over the rows the rest of the app writes (never by loading
 * entities), with the same definitions as the other pages: registered = CONFIRMED registrations
 * (laporan kegiatan, participants page), present on a day = distinct people with an attendance
 * record of that day (daftar hadir), certificates = VALID ones, follow-ups = those of the latest
 * approved minutes (the signed version), declaration coverage = signers of the event's
 * declarations that are not revoked.
 * <p>Who: staff (ADMIN, SEKRETARIAT) of the event's unit or a unit above it; a unit's figures for
 * that unit's staff or a unit above. Everyone else: 403 by role, 404 outside the unit tree.
 */
@ApplicationScoped
@Transactional
public class StatsService {

    /** Bounds of the year a caller may ask for. */
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    // ---- access -----------------------------------------------------------------------------

    /** The event, if the caller is staff of its unit or above: 403 by role, 404 when not visible. */
    public Event readableEvent(long eventId) {
        scope.requireStaff();
        Event e = em.find(Event.class, eventId);
        if (e == null || !scope.canRead(e.getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        return e;
    }

    /** The unit, if the caller is staff of it or of a unit above; null id = the caller's own unit. */
    public OrgUnit readableUnit(Long unitId) {
        scope.requireStaff();
        OrgUnit u = em.find(OrgUnit.class, unitId == null ? scope.user().unitId() : unitId);
        if (u == null || !scope.canRead(u)) {
            throw BusinessException.notFound("error.notFound");
        }
        return u;
    }

    public static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw BusinessException.invalid("year", "stats.yearRange", MIN_YEAR, MAX_YEAR);
        }
    }

    /** The units the caller may choose: their own and those below (ADMIN: all), in tree order. */
    public List<Stats.UnitChoice> units() {
        scope.requireStaff();
        List<Stats.UnitChoice> l = new ArrayList<>();
        for (Object[] a : em.createQuery("select u.id, u.name, u.path from OrgUnit u where u.path like :p order by u.path", Object[].class)
                .setParameter("p", scope.readablePathPattern()).setMaxResults(2000).getResultList()) {
            String path = (String) a[2];
            l.add(new Stats.UnitChoice((Long) a[0], (String) a[1], (int) path.chars().filter(c -> c == '/').count() - 2));
        }
        return l;
    }

    /** Years that hold an event day of the unit or below, and the current year; newest first. */
    public List<Integer> years(OrgUnit unit, int currentYear) {
        Object[] r = em.createQuery("select min(d.dayDate), max(d.dayDate) from EventDay d where d.event.unit.path like :p", Object[].class)
                .setParameter("p", unit.getPath() + "%").getSingleResult();
        int from = currentYear;
        int to = currentYear;
        if (r[0] != null) {
            from = Math.min(from, ((LocalDate) r[0]).getYear());
            to = Math.max(to, ((LocalDate) r[1]).getYear());
        }
        from = Math.max(from, MIN_YEAR);
        to = Math.min(to, MAX_YEAR);
        List<Integer> years = new ArrayList<>();
        for (int y = to; y >= from; y--) {
            years.add(y);
        }
        return years;
    }

    /** Regions by province for a national unit's events, else by kabupaten/kota. */
    static boolean byProvince(OrgUnit unit) {
        return unit.getLevel() == UnitLevel.NATIONAL;
    }

    // ---- one event --------------------------------------------------------------------------

    public Stats.EventStats event(long eventId, Locale locale) {
        Event e = readableEvent(eventId);
        List<Long> ids = List.of(e.getId());
        boolean byProvince = byProvince(e.getUnit());
        long registered = registered(ids).getOrDefault(e.getId(), 0L);
        long present = present(ids).getOrDefault(e.getId(), 0L);

        List<Stats.Ratio> days = new ArrayList<>();
        Map<Long, Long> perDay = new HashMap<>();
        for (Object[] a : em.createQuery("select a.dayId, count(distinct a.registration.id) from Attendance a where a.eventId = :e"
                + " group by a.dayId", Object[].class).setParameter("e", e.getId()).getResultList()) {
            perDay.put((Long) a[0], ((Number) a[1]).longValue());
        }
        int n = 1;
        for (Object[] d : em.createQuery("select d.id, d.dayDate from EventDay d where d.event.id = :e order by d.dayDate, d.id", Object[].class)
                .setParameter("e", e.getId()).getResultList()) {
            String label = Messages.get(locale, "stats.dayN", n++) + " \u00b7 " + IndonesianTime.shortDate((LocalDate) d[1], locale);
            days.add(new Stats.Ratio(String.valueOf(d[0]), label, perDay.getOrDefault((Long) d[0], 0L), registered));
        }
        List<Stats.Count> followUps = followUps(ids, locale);
        return new Stats.EventStats(e.getId(), e.getTitle(), e.getUnit().getName(), e.getStatus().name(), byProvince,
                registered, present, byType(ids, locale), byRegion(ids, byProvince, locale), days,
                coverage(ids, byProvince, locale), certificates(ids, locale), followUps, open(followUps));
    }

    // ---- a unit's year ----------------------------------------------------------------------

    public Stats.UnitStats unit(Long unitId, int year, Locale locale) {
        OrgUnit unit = readableUnit(unitId);
        checkYear(year);
        boolean byProvince = byProvince(unit);
        // the events of the unit and below whose first day falls in the year (cancelled ones are not counted)
        List<Object[]> evs = em.createQuery("select e.id, e.title, e.type, e.status, u.name, min(d.dayDate) from EventDay d join d.event e"
                        + " join e.unit u where u.path like :p and e.status <> :c group by e.id, e.title, e.type, e.status, u.name"
                        + " having min(d.dayDate) between :from and :to order by min(d.dayDate), e.id", Object[].class)
                .setParameter("p", unit.getPath() + "%").setParameter("c", EventStatus.CANCELLED)
                .setParameter("from", LocalDate.of(year, 1, 1)).setParameter("to", LocalDate.of(year, 12, 31)).getResultList();
        List<Long> ids = evs.stream().map(a -> (Long) a[0]).toList();
        Map<Long, Long> reg = registered(ids);
        Map<Long, Long> pres = present(ids);
        Map<Long, Long> certs = new HashMap<>();
        Map<Long, Long> open = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] a : em.createQuery("select c.eventId, count(c) from Certificate c where c.eventId in :ids and c.status = :v"
                    + " group by c.eventId", Object[].class).setParameter("ids", ids).setParameter("v", Certificate.Status.VALID).getResultList()) {
                certs.put((Long) a[0], ((Number) a[1]).longValue());
            }
            for (Object[] a : em.createQuery("select m.eventId, count(f) from FollowUp f, Minutes m where f.minutesId = m.id and m.eventId in :ids"
                    + " and f.status = :o and m.fileKey is not null and m.versionNo = (select max(m2.versionNo) from Minutes m2"
                    + " where m2.eventId = m.eventId and m2.fileKey is not null) group by m.eventId", Object[].class)
                    .setParameter("ids", ids).setParameter("o", FollowUp.Status.OPEN).getResultList()) {
                open.put((Long) a[0], ((Number) a[1]).longValue());
            }
        }
        Map<Long, String[]> programOf = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] a : em.createQuery("select pe.eventId, p.id, p.name from ProgramEvent pe join pe.program p where pe.eventId in :ids",
                    Object[].class).setParameter("ids", ids).getResultList()) {
                programOf.put((Long) a[0], new String[] {String.valueOf(a[1]), (String) a[2]});
            }
        }
        List<Stats.EventLine> lines = new ArrayList<>();
        Map<Integer, long[]> months = new TreeMap<>();
        Map<EventType, long[]> types = new EnumMap<>(EventType.class);
        Map<String, long[]> programs = new LinkedHashMap<>();
        Map<String, String> programNames = new HashMap<>();
        long[] total = new long[5];
        for (Object[] a : evs) {
            long id = (Long) a[0];
            LocalDate first = (LocalDate) a[5];
            long[] v = {1, reg.getOrDefault(id, 0L), pres.getOrDefault(id, 0L), certs.getOrDefault(id, 0L), open.getOrDefault(id, 0L)};
            lines.add(new Stats.EventLine(id, (String) a[1], first, (String) a[4],
                    Messages.get(locale, "type." + ((EventType) a[2]).name()), ((EventStatus) a[3]).name(), v[1], v[2], v[3], v[4]));
            add(months.computeIfAbsent(first.getMonthValue(), k -> new long[5]), v);
            add(types.computeIfAbsent((EventType) a[2], k -> new long[5]), v);
            String[] p = programOf.get(id);
            String pk = p == null ? "-" : p[0];
            programNames.put(pk, p == null ? Messages.get(locale, "stats.noProgram") : p[1]);
            add(programs.computeIfAbsent(pk, k -> new long[5]), v);
            add(total, v);
        }
        List<Stats.Period> monthRows = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            long[] v = months.getOrDefault(m, new long[5]);
            String label = java.time.Month.of(m).getDisplayName(TextStyle.FULL, IndonesianTime.english(locale) ? Locale.ENGLISH : IndonesianTime.ID);
            monthRows.add(period(String.valueOf(m), label, v));
        }
        List<Stats.Period> typeRows = new ArrayList<>();
        types.forEach((t, v) -> typeRows.add(period(t.name(), Messages.get(locale, "type." + t.name()), v)));
        List<Stats.Period> programRows = new ArrayList<>();
        programs.forEach((k, v) -> programRows.add(period(k, programNames.get(k), v)));
        programRows.sort(Comparator.comparing((Stats.Period p) -> "-".equals(p.code())).thenComparing(Stats.Period::label));
        List<Stats.Count> followUps = followUps(ids, locale);
        return new Stats.UnitStats(unit.getId(), unit.getName(), year, byProvince, total[0], total[1], total[2], total[3], total[4],
                monthRows, typeRows, programRows, lines, byType(ids, locale), byRegion(ids, byProvince, locale),
                coverage(ids, byProvince, locale), certificates(ids, locale), followUps);
    }

    private static void add(long[] into, long[] v) {
        for (int i = 0; i < into.length; i++) {
            into[i] += v[i];
        }
    }

    private static Stats.Period period(String code, String label, long[] v) {
        return new Stats.Period(code, label, v[0], v[1], v[2], v[3], v[4]);
    }

    // ---- the blocks, each one GROUP BY over a set of events ----------------------------------

    /** CONFIRMED registrations per event. */
    Map<Long, Long> registered(Collection<Long> ids) {
        Map<Long, Long> m = new HashMap<>();
        if (ids.isEmpty()) {
            return m;
        }
        for (Object[] a : em.createQuery("select r.event.id, count(r) from Registration r where r.event.id in :ids and r.status = :s"
                + " group by r.event.id", Object[].class).setParameter("ids", ids).setParameter("s", RegistrationStatus.CONFIRMED)
                .getResultList()) {
            m.put((Long) a[0], ((Number) a[1]).longValue());
        }
        return m;
    }

    /** People with at least one attendance record per event (as the daftar hadir counts them). */
    Map<Long, Long> present(Collection<Long> ids) {
        Map<Long, Long> m = new HashMap<>();
        if (ids.isEmpty()) {
            return m;
        }
        for (Object[] a : em.createQuery("select a.eventId, count(distinct a.registration.id) from Attendance a where a.eventId in :ids"
                + " group by a.eventId", Object[].class).setParameter("ids", ids).getResultList()) {
            m.put((Long) a[0], ((Number) a[1]).longValue());
        }
        return m;
    }

    /**
     * Registered people per institution type: the directory institution's type; a registration
     * typed in by hand is classed by its institution's name as the laporan kegiatan does
     * ({@link ReportService#typeOf}), so both say the same.
     */
    List<Stats.Count> byType(Collection<Long> ids, Locale locale) {
        Map<InstitutionType, Long> m = new EnumMap<>(InstitutionType.class);
        if (!ids.isEmpty()) {
            for (Object[] a : em.createQuery("select i.type, case when i.id is null then r.institutionName else null end, count(r)"
                    + " from Registration r left join r.institution i where r.event.id in :ids and r.status = :s"
                    + " group by i.type, case when i.id is null then r.institutionName else null end", Object[].class)
                    .setParameter("ids", ids).setParameter("s", RegistrationStatus.CONFIRMED).getResultList()) {
                m.merge(ReportService.typeOf((InstitutionType) a[0], (String) a[1]), ((Number) a[2]).longValue(), Long::sum);
            }
        }
        List<Stats.Count> l = new ArrayList<>();
        m.forEach((t, v) -> l.add(new Stats.Count(t.name(), Messages.get(locale, "institutionType." + t.name()), v)));
        l.sort(Comparator.comparingLong(Stats.Count::value).reversed());
        return l;
    }

    /**
     * Registered people per province or kabupaten/kota: the directory institution's region; a
     * registration typed in by hand is placed by the kabupaten, kota or provinsi its institution's
     * name ends with ({@link StatsMath#placeInName}), else "unknown".
     */
    List<Stats.Count> byRegion(Collection<Long> ids, boolean byProvince, Locale locale) {
        Map<String, Long> m = new HashMap<>();
        if (!ids.isEmpty()) {
            List<Object[]> rows = em.createQuery("select g.code, case when i.id is null then r.institutionName else null end, count(r)"
                            + " from Registration r left join r.institution i left join i.region g where r.event.id in :ids and r.status = :s"
                            + " group by g.code, case when i.id is null then r.institutionName else null end", Object[].class)
                    .setParameter("ids", ids).setParameter("s", RegistrationStatus.CONFIRMED).getResultList();
            Map<String, String> guessed = regionsByName(rows.stream().filter(a -> a[0] == null).map(a -> (String) a[1]).toList());
            for (Object[] a : rows) {
                String code = a[0] != null ? (String) a[0] : guessed.get((String) a[1]);
                String key = StatsMath.regionKey(code, byProvince);
                m.merge(key == null ? "" : key, ((Number) a[2]).longValue(), Long::sum);
            }
        }
        Map<String, String> names = regionNames(m.keySet());
        List<Stats.Count> l = new ArrayList<>();
        m.forEach((k, v) -> l.add(new Stats.Count(k, k.isEmpty() ? Messages.get(locale, "stats.regionUnknown") : names.getOrDefault(k, k), v)));
        l.sort(Comparator.comparingLong(Stats.Count::value).reversed().thenComparing(Stats.Count::code));
        return l;
    }

    /** Signers invited and signed per region, over the events' declarations that are not revoked. */
    List<Stats.Ratio> coverage(Collection<Long> ids, boolean byProvince, Locale locale) {
        Map<String, long[]> m = new HashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] a : em.createQuery("select s.regionCode, s.status, count(s) from DeclarationSigner s join s.declaration d"
                    + " where d.event.id in :ids and d.status <> :r group by s.regionCode, s.status", Object[].class)
                    .setParameter("ids", ids).setParameter("r", Declaration.Status.REVOKED).getResultList()) {
                String key = StatsMath.regionKey((String) a[0], byProvince);
                long[] c = m.computeIfAbsent(key == null ? "" : key, k -> new long[2]);
                long n = ((Number) a[2]).longValue();
                c[1] += n;
                if (a[1] == DeclarationSigner.Status.SIGNED) {
                    c[0] += n;
                }
            }
        }
        Map<String, String> names = regionNames(m.keySet());
        List<Stats.Ratio> l = new ArrayList<>();
        m.forEach((k, c) -> l.add(new Stats.Ratio(k, k.isEmpty() ? Messages.get(locale, "stats.regionUnknown") : names.getOrDefault(k, k), c[0], c[1])));
        l.sort(Comparator.comparing(Stats.Ratio::code));
        return l;
    }

    /** VALID certificates per role (participants, speakers, moderators, committee); every role listed. */
    List<Stats.Count> certificates(Collection<Long> ids, Locale locale) {
        Map<Certificate.Role, Long> m = new EnumMap<>(Certificate.Role.class);
        for (Certificate.Role r : Certificate.Role.values()) {
            m.put(r, 0L);
        }
        if (!ids.isEmpty()) {
            for (Object[] a : em.createQuery("select c.role, count(c) from Certificate c where c.eventId in :ids and c.status = :v group by c.role",
                    Object[].class).setParameter("ids", ids).setParameter("v", Certificate.Status.VALID).getResultList()) {
                m.put((Certificate.Role) a[0], ((Number) a[1]).longValue());
            }
        }
        List<Stats.Count> l = new ArrayList<>();
        m.forEach((r, v) -> l.add(new Stats.Count(r.name(), Messages.get(locale, "cert.role." + r.name()), v)));
        return l;
    }

    /** Follow-ups of each event's latest approved (signed) minutes, per status; every status listed. */
    List<Stats.Count> followUps(Collection<Long> ids, Locale locale) {
        Map<FollowUp.Status, Long> m = new EnumMap<>(FollowUp.Status.class);
        for (FollowUp.Status s : FollowUp.Status.values()) {
            m.put(s, 0L);
        }
        if (!ids.isEmpty()) {
            for (Object[] a : em.createQuery("select f.status, count(f) from FollowUp f, Minutes m where f.minutesId = m.id and m.eventId in :ids"
                    + " and m.fileKey is not null and m.versionNo = (select max(m2.versionNo) from Minutes m2"
                    + " where m2.eventId = m.eventId and m2.fileKey is not null) group by f.status", Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                m.put((FollowUp.Status) a[0], ((Number) a[1]).longValue());
            }
        }
        List<Stats.Count> l = new ArrayList<>();
        m.forEach((s, v) -> l.add(new Stats.Count(s.name(), Messages.get(locale, "minutes.followUp." + s.name()), v)));
        return l;
    }

    static long open(List<Stats.Count> followUps) {
        return followUps.stream().filter(c -> "OPEN".equals(c.code())).mapToLong(Stats.Count::value).sum();
    }

    /** Institution names typed by hand → the region code their ending names (kabupaten/kota or province), where one is found. */
    Map<String, String> regionsByName(Collection<String> institutionNames) {
        Map<String, String> place = new HashMap<>();
        for (String n : institutionNames) {
            String p = StatsMath.placeInName(n);
            if (p != null) {
                place.put(n, p);
            }
        }
        Map<String, String> codeOf = new HashMap<>();
        List<String> wanted = place.values().stream().distinct().toList();
        for (int from = 0; from < wanted.size(); from += 500) {
            for (Object[] a : em.createQuery("select g.nameLower, g.code from Region g where g.nameLower in :n and g.level in :l order by g.code",
                            Object[].class).setParameter("n", wanted.subList(from, Math.min(wanted.size(), from + 500)))
                    .setParameter("l", List.of(RegionLevel.PROVINCE, RegionLevel.REGENCY)).getResultList()) {
                codeOf.putIfAbsent((String) a[0], (String) a[1]);
            }
        }
        Map<String, String> m = new HashMap<>();
        place.forEach((n, p) -> {
            if (codeOf.containsKey(p)) {
                m.put(n, codeOf.get(p));
            }
        });
        return m;
    }

    Map<String, String> regionNames(Collection<String> codes) {
        Map<String, String> m = new HashMap<>();
        List<String> l = codes.stream().filter(c -> c != null && !c.isEmpty()).toList();
        if (!l.isEmpty()) {
            for (Object[] a : em.createQuery("select g.code, g.name from Region g where g.code in :c", Object[].class).setParameter("c", l)
                    .getResultList()) {
                m.put((String) a[0], (String) a[1]);
            }
        }
        return m;
    }

    /** For the participant export: the event's days in order (id, date). */
    List<EventDay> days(long eventId) {
        return em.createQuery("select d from EventDay d where d.event.id = :e order by d.dayDate, d.id", EventDay.class)
                .setParameter("e", eventId).getResultList();
    }
}
