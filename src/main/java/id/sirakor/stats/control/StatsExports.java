package id.sirakor.stats.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.platform.crypto.PersonalDataCipher;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.privacy.PersonalDataLog;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.registration.control.PersonalIds;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.report.control.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Excel exports of the "Rekap &amp; statistik" pages (ADR 0095), written with
 * {@link StreamingWorkbook} straight into the response: every table of the event page or of the
 * unit page as one sheet each, and the row-level list of an event's participants (institution,
 * region, registration time, attendance per day, NIK masked — never whole), read from the
 * database in pages of {@link #PAGE} rows by id so that neither the rows nor the file are ever
 * whole in memory. The row-level export is recorded in {@link PersonalDataLog}.
 */
@ApplicationScoped
@Transactional
public class StatsExports {

    /** Registrations read per query for the row-level export. */
    static final int PAGE = 2000;

    @PersistenceContext
    EntityManager em;

    @Inject
    StatsService stats;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    PersonalDataLog personalData;

    static String t(Locale l, String key, Object... args) {
        return Messages.get(l, key, args);
    }

    // ---- the event page's tables ------------------------------------------------------------

    public void event(long eventId, Locale l, OutputStream out) {
        Stats.EventStats s = stats.event(eventId, l);
        try (StreamingWorkbook wb = new StreamingWorkbook()) {
            String title = s.title();
            counts(l, wb, t(l, "stats.sheet.byType"), title + " \u2014 " + t(l, "stats.byType"), t(l, "stats.institutionType"),
                    t(l, "stats.registered"), s.byType());
            counts(l, wb, t(l, "stats.sheet.byRegion"), title + " \u2014 " + t(l, s.byProvince() ? "stats.byProvince" : "stats.byRegency"),
                    t(l, s.byProvince() ? "stats.province" : "stats.regency"), t(l, "stats.registered"), s.byRegion());
            ratios(wb, t(l, "stats.sheet.days"), title + " \u2014 " + t(l, "stats.attendance"), t(l, "stats.day"),
                    t(l, "stats.present"), t(l, "stats.registered"), s.days());
            ratios(wb, t(l, "stats.sheet.coverage"), title + " \u2014 " + t(l, "stats.coverage"),
                    t(l, s.byProvince() ? "stats.province" : "stats.regency"), t(l, "stats.signed"), t(l, "stats.invited"), s.coverage());
            counts(l, wb, t(l, "stats.sheet.certificates"), title + " \u2014 " + t(l, "stats.certificates"), t(l, "cert.role"),
                    t(l, "stats.issued"), s.certificates());
            counts(l, wb, t(l, "stats.sheet.followUps"), title + " \u2014 " + t(l, "stats.followUps"), t(l, "stats.status"),
                    t(l, "stats.count"), s.followUps());
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the unit page's tables -------------------------------------------------------------

    public void unit(Long unitId, int year, Locale l, OutputStream out) {
        Stats.UnitStats s = stats.unit(unitId, year, l);
        String title = s.unitName() + " \u2014 " + year;
        try (StreamingWorkbook wb = new StreamingWorkbook()) {
            periods(l, wb, t(l, "stats.sheet.months"), title + " \u2014 " + t(l, "stats.perMonth"), t(l, "stats.month"), s.months());
            periods(l, wb, t(l, "stats.sheet.types"), title + " \u2014 " + t(l, "stats.perEventType"), t(l, "stats.eventType"), s.types());
            periods(l, wb, t(l, "stats.sheet.programs"), title + " \u2014 " + t(l, "stats.perProgram"), t(l, "stats.program"), s.programs());
            StreamingWorkbook.Sheet ev = wb.sheet(t(l, "stats.sheet.events"), title + " \u2014 " + t(l, "stats.events"),
                    List.of(t(l, "stats.event"), t(l, "stats.firstDay"), t(l, "stats.unit"), t(l, "stats.eventType"), t(l, "stats.registered"),
                            t(l, "stats.present"), t(l, "stats.presentPercent"), t(l, "stats.certificates"), t(l, "stats.openFollowUps")),
                    new int[] {50, 12, 36, 26, 12, 10, 10, 12, 14});
            for (Stats.EventLine e : s.eventLines()) {
                ev.row(e.title(), e.firstDay(), e.unitName(), e.type(), e.registered(), e.present(),
                        StreamingWorkbook.Percent.of(e.present(), e.registered()), e.certificates(), e.openFollowUps());
            }
            counts(l, wb, t(l, "stats.sheet.byType"), title + " \u2014 " + t(l, "stats.byType"), t(l, "stats.institutionType"),
                    t(l, "stats.registered"), s.byType());
            counts(l, wb, t(l, "stats.sheet.byRegion"), title + " \u2014 " + t(l, s.byProvince() ? "stats.byProvince" : "stats.byRegency"),
                    t(l, s.byProvince() ? "stats.province" : "stats.regency"), t(l, "stats.registered"), s.byRegion());
            ratios(wb, t(l, "stats.sheet.coverage"), title + " \u2014 " + t(l, "stats.coverage"),
                    t(l, s.byProvince() ? "stats.province" : "stats.regency"), t(l, "stats.signed"), t(l, "stats.invited"), s.coverage());
            counts(l, wb, t(l, "stats.sheet.certificates"), title + " \u2014 " + t(l, "stats.certificates"), t(l, "cert.role"),
                    t(l, "stats.issued"), s.certificatesByRole());
            counts(l, wb, t(l, "stats.sheet.followUps"), title + " \u2014 " + t(l, "stats.followUps"), t(l, "stats.status"),
                    t(l, "stats.count"), s.followUps());
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void counts(Locale l, StreamingWorkbook wb, String name, String title, String label, String value, List<Stats.Count> rows) {
        StreamingWorkbook.Sheet sh = wb.sheet(name, title, List.of(label, value), new int[] {44, 14});
        long total = 0;
        for (Stats.Count c : rows) {
            sh.row(c.label(), c.value());
            total += c.value();
        }
        sh.row(t(l, "stats.total"), total);
    }

    static void ratios(StreamingWorkbook wb, String name, String title, String label, String part, String whole, List<Stats.Ratio> rows) {
        StreamingWorkbook.Sheet sh = wb.sheet(name, title, List.of(label, part, whole, "%"), new int[] {44, 12, 12, 10});
        for (Stats.Ratio r : rows) {
            sh.row(r.label(), r.part(), r.whole(), StreamingWorkbook.Percent.of(r.part(), r.whole()));
        }
    }

    static void periods(Locale l, StreamingWorkbook wb, String name, String title, String label, List<Stats.Period> rows) {
        StreamingWorkbook.Sheet sh = wb.sheet(name, title, List.of(label, t(l, "stats.events"), t(l, "stats.registered"), t(l, "stats.present"),
                t(l, "stats.presentPercent"), t(l, "stats.certificates"), t(l, "stats.openFollowUps")), new int[] {40, 10, 12, 10, 10, 12, 14});
        for (Stats.Period p : rows) {
            sh.row(p.label(), p.events(), p.registered(), p.present(), StreamingWorkbook.Percent.of(p.present(), p.registered()),
                    p.certificates(), p.openFollowUps());
        }
    }

    // ---- the participants, row by row -------------------------------------------------------

    /**
     * Every registration of the event (all statuses) with its institution, region, time of
     * registration, status, masked NIK and the check-in time of each day. Checked (role, unit)
     * before the first byte; recorded as an EXPORT of personal data.
     */
    public void participants(long eventId, Locale l, OutputStream out) {
        Event e = stats.readableEvent(eventId);
        ZoneId zone = e.zone();
        long unitId = e.getUnit().getId();
        String eventTitle = e.getTitle();
        List<EventDay> days = stats.days(eventId);
        Map<Long, Integer> dayIndex = new HashMap<>();
        List<String> headers = new ArrayList<>(List.of(t(l, "stats.col.no"), t(l, "stats.col.name"), t(l, "stats.col.nik"),
                t(l, "stats.col.institution"), t(l, "stats.institutionType"), t(l, "stats.col.region"), t(l, "stats.col.registeredAt"),
                t(l, "stats.status"), t(l, "stats.col.daysPresent")));
        List<Integer> widths = new ArrayList<>(List.of(7, 34, 20, 36, 22, 30, 17, 16, 10));
        for (int i = 0; i < days.size(); i++) {
            dayIndex.put(days.get(i).getId(), i);
            headers.add(t(l, "stats.dayN", i + 1) + " (" + IndonesianTime.shortDate(days.get(i).getDayDate(), l) + ")");
            widths.add(14);
        }
        int fixed = 9;
        long persons = 0;
        try (StreamingWorkbook wb = new StreamingWorkbook()) {
            StreamingWorkbook.Sheet sh = wb.sheet(t(l, "stats.sheet.participants"), eventTitle + " \u2014 " + t(l, "stats.participantList"),
                    headers, widths.stream().mapToInt(Integer::intValue).toArray());
            Map<String, String> regionNames = new HashMap<>();
            Map<String, String> guessed = new HashMap<>();
            long last = 0;
            while (true) {
                List<Object[]> page = em.createQuery("select r.id, r.frontTitle, r.name, r.backTitle, r.nikCipher, r.institutionName, i.type,"
                                + " g.code, g.name, r.createdAt, r.status from Registration r left join r.institution i left join i.region g"
                                + " where r.event.id = :e and r.id > :last order by r.id", Object[].class)
                        .setParameter("e", eventId).setParameter("last", last).setMaxResults(PAGE).getResultList();
                if (page.isEmpty()) {
                    break;
                }
                long lo = (Long) page.get(0)[0];
                long hi = (Long) page.get(page.size() - 1)[0];
                Map<Long, Instant[]> present = new HashMap<>();
                for (Object[] a : em.createQuery("select a.registration.id, a.dayId, min(a.checkedInAt) from Attendance a where a.eventId = :e"
                                + " and a.registration.id between :lo and :hi group by a.registration.id, a.dayId", Object[].class)
                        .setParameter("e", eventId).setParameter("lo", lo).setParameter("hi", hi).getResultList()) {
                    Integer d = dayIndex.get((Long) a[1]);
                    if (d != null) {
                        present.computeIfAbsent((Long) a[0], k -> new Instant[days.size()])[d] = (Instant) a[2];
                    }
                }
                for (Object[] a : page) {
                    long id = (Long) a[0];
                    Object[] row = new Object[fixed + days.size()];
                    row[0] = ++persons;
                    row[1] = fullName((String) a[1], (String) a[2], (String) a[3]);
                    row[2] = a[4] == null ? "" : PersonalIds.maskNik(cipher.decrypt((String) a[4]));
                    row[3] = a[5];
                    row[4] = t(l, "institutionType." + ReportService.typeOf((InstitutionType) a[6], (String) a[5]).name());
                    row[5] = a[7] != null ? regionLabel((String) a[7], (String) a[8], regionNames) : guessedRegion((String) a[5], guessed, regionNames);
                    row[6] = a[9] == null ? null : LocalDateTime.ofInstant((Instant) a[9], zone);
                    row[7] = t(l, "reg.short." + ((RegistrationStatus) a[10]).name());
                    Instant[] in = present.get(id);
                    int n = 0;
                    for (int d = 0; d < days.size(); d++) {
                        Instant at = in == null ? null : in[d];
                        if (at != null) {
                            n++;
                        }
                        row[fixed + d] = at == null ? "\u2014" : IndonesianTime.time(at, zone, l);
                    }
                    row[8] = n;
                    sh.row(row);
                }
                last = hi;
                em.clear();
            }
            wb.write(out);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        } finally {
            personalData.record(PersonalDataLog.Access.EXPORT, "stats-participants", eventId, unitId, (int) Math.min(persons, Integer.MAX_VALUE));
        }
    }

    /** The region a typed institution name ends with (as the figures place it), cached per name; "" when none. */
    String guessedRegion(String institutionName, Map<String, String> cache, Map<String, String> names) {
        if (institutionName == null) {
            return "";
        }
        return cache.computeIfAbsent(institutionName, n -> {
            String code = stats.regionsByName(List.of(n)).get(n);
            if (code == null) {
                return "";
            }
            List<String> l = em.createQuery("select g.name from Region g where g.code = :c", String.class).setParameter("c", code).getResultList();
            return l.isEmpty() ? "" : regionLabel(code, l.get(0), names);
        });
    }

    static String fullName(String front, String name, String back) {
        StringBuilder b = new StringBuilder();
        if (front != null && !front.isBlank()) {
            b.append(front.strip()).append(' ');
        }
        b.append(name);
        if (back != null && !back.isBlank()) {
            b.append(", ").append(back.strip());
        }
        return b.toString();
    }

    /** The region's own name, prefixed by its province's for a kabupaten/kota ("Kota Padang, Sumatera Barat"). */
    String regionLabel(String code, String name, Map<String, String> cache) {
        String province = code.length() > 2 ? cache.computeIfAbsent(code.substring(0, 2), p -> {
            List<String> l = em.createQuery("select g.name from Region g where g.code = :c", String.class).setParameter("c", p).getResultList();
            return l.isEmpty() ? "" : l.get(0);
        }) : "";
        return province.isEmpty() ? name : name + ", " + province;
    }
}
