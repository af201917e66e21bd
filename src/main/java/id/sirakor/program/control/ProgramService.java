package id.sirakor.program.control;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.institution.control.InstitutionService;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.text.Inputs;
import id.sirakor.program.entity.Program;
import id.sirakor.program.entity.ProgramEvent;
import id.sirakor.region.entity.Region;
import id.sirakor.region.entity.RegionLevel;
import id.sirakor.registration.control.InvitationService;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Programs: a unit's series of events across the regions below an area, generated from a
 * template event, with the coverage of the area and the totals of the series. Staff only
 * (ADMIN, SEKRETARIAT); reads follow the units like events, writes are the owner unit's.
 */
@ApplicationScoped
@Transactional
public class ProgramService {

    public static final int MAX_SERIES = 60;
    public static final int MAX_QUOTA = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    EventService events;

    @Inject
    InvitationService invitations;

    @Inject
    InstitutionService institutions;

    @Inject
    Instance<ProgramOutcomes> outcomes;

    public record ProgramData(String name, String theme, String budgetLine, String areaCode, LocalDate startsOn, LocalDate endsOn) {
    }

    public record Row(Program program, String areaName, long events, long held) implements java.io.Serializable {
    }

    /** A series to generate: the template, the regions (children of the program's area), dates. */
    public record SeriesRequest(Long templateEventId, List<String> regions, LocalDate firstDate, Integer everyDays,
                                boolean inviteVillages, Integer quota) {
    }

    /** One event of a previewed series; the date may be changed before creating. */
    public record SeriesItem(String regionCode, String regionName, LocalDate date, long existing) {
    }

    public enum Status { HELD, PLANNED, MISSING }

    public record EventRef(long id, String title, LocalDate date, EventStatus status) implements java.io.Serializable {
    }

    public record CoverageRow(String regionCode, String regionName, Status status, List<EventRef> events, long participants,
                              long invited) implements java.io.Serializable {
    }

    public record TypeCount(InstitutionType type, long participants) implements java.io.Serializable {
    }

    public record EventOutcome(long eventId, String title, String region, LocalDate date, EventStatus status, long participants,
                               Double attendanceRate, Long certificates) implements java.io.Serializable {
    }

    public record Report(long events, long held, long planned, long missingRegions, long regions, long invitations,
                         long participants, List<TypeCount> byType, Double attendanceRate, Long certificates,
                         boolean outcomesAvailable, List<EventOutcome> perEvent) implements java.io.Serializable {
    }

    // ---- programs ------------------------------------------------------------------------------

    public List<Row> list() {
        scope.requireStaff();
        List<Program> found = em.createQuery("select p from Program p join fetch p.unit where p.unit.path like :p"
                + " order by p.createdAt desc", Program.class).setParameter("p", scope.readablePathPattern()).getResultList();
        Map<Long, long[]> counts = new HashMap<>();
        if (!found.isEmpty()) {
            Instant now = clock.now();
            for (ProgramEvent pe : em.createQuery("select pe from ProgramEvent pe join fetch pe.event where pe.program in :ps",
                    ProgramEvent.class).setParameter("ps", found).getResultList()) {
                long[] c = counts.computeIfAbsent(pe.getProgram().getId(), k -> new long[2]);
                c[0]++;
                if (held(pe.getEvent(), now)) {
                    c[1]++;
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Program p : found) {
            long[] c = counts.getOrDefault(p.getId(), new long[2]);
            rows.add(new Row(p, areaName(p.getAreaCode()), c[0], c[1]));
        }
        return rows;
    }

    public Program find(long id) {
        scope.requireStaff();
        Program p = em.find(Program.class, id);
        if (p == null || !scope.canRead(p.getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        p.getUnit().getName();
        return p;
    }

    public boolean canEdit(Program p) {
        return scope.canManage(p.getUnit());
    }

    public Program create(ProgramData d) {
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        validate(d);
        Program p = new Program();
        p.setUnit(em.find(OrgUnit.class, scope.user().unitId()));
        apply(p, d);
        p.setCreatedAt(clock.now());
        p.setUpdatedAt(p.getCreatedAt());
        em.persist(p);
        em.flush();
        audit.record("program.create", "Program", p.getId(), p.getUnit().getId(), p.getName(), null, p.snapshot());
        return p;
    }

    public Program update(long id, ProgramData d) {
        Program p = writable(id);
        validate(d);
        Map<String, Object> before = p.snapshot();
        apply(p, d);
        p.setUpdatedAt(clock.now());
        audit.record("program.update", "Program", p.getId(), p.getUnit().getId(), p.getName(), before, p.snapshot());
        return p;
    }

    private Program writable(long id) {
        Program p = find(id);
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        scope.requireWritable(p.getUnit());
        return p;
    }

    private void validate(ProgramData d) {
        if (d == null || d.name() == null || d.name().isBlank()) {
            throw BusinessException.invalid("name", "validation.required");
        }
        max("name", d.name(), 300);
        max("theme", d.theme(), 300);
        max("budgetLine", d.budgetLine(), 120);
        if (d.areaCode() == null || d.areaCode().isBlank()) {
            throw BusinessException.invalid("areaCode", "validation.required");
        }
        Region area = em.find(Region.class, d.areaCode().trim());
        if (area == null) {
            throw BusinessException.invalid("areaCode", "region.notFound", d.areaCode().trim());
        }
        if (area.getLevel() == RegionLevel.VILLAGE || area.getLevel() == RegionLevel.DISTRICT) {
            throw BusinessException.invalid("areaCode", "program.areaLevel");
        }
        if (d.startsOn() != null && d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
            throw BusinessException.invalid("endsOn", "program.periodOrder");
        }
    }

    private static void max(String field, String v, int max) {
        if (v != null && v.trim().length() > max) {
            throw BusinessException.invalid(field, "validation.tooLong", max);
        }
    }

    private static void apply(Program p, ProgramData d) {
        p.setName(d.name().trim());
        p.setTheme(Inputs.trimToNull(d.theme()));
        p.setBudgetLine(Inputs.trimToNull(d.budgetLine()));
        p.setAreaCode(d.areaCode().trim());
        p.setStartsOn(d.startsOn());
        p.setEndsOn(d.endsOn());
    }

    public String areaName(String code) {
        Region r = code == null ? null : em.find(Region.class, code);
        return r == null ? code : r.getName();
    }

    /**
     * The areas a program of the caller's unit may cover: the unit's own region and, for a province,
     * its regencies; all provinces for a national unit (no region code).
     */
    public List<Region> areas() {
        OrgUnit u = em.find(OrgUnit.class, scope.user().unitId());
        String code = u.getRegionCode();
        List<Region> areas = new ArrayList<>();
        if (code == null) {
            areas.addAll(em.createQuery("select r from Region r where r.parentCode is null order by r.code", Region.class).getResultList());
        } else {
            Region own = em.find(Region.class, code);
            if (own != null) {
                areas.add(own);
                if (own.getParentCode() == null) {
                    areas.addAll(em.createQuery("select r from Region r where r.parentCode = :p order by r.code", Region.class)
                            .setParameter("p", code).getResultList());
                }
            }
        }
        return areas;
    }

    /** The regions a program covers: the children of its area, in code order. */
    public List<Region> regions(Program p) {
        return em.createQuery("select r from Region r where r.parentCode = :p order by r.code", Region.class)
                .setParameter("p", p.getAreaCode()).getResultList();
    }

    /** The program's events with their region, first day and status, in date order. */
    public List<ProgramEvent> events(Program p) {
        List<ProgramEvent> list = em.createQuery("select pe from ProgramEvent pe join fetch pe.event where pe.program = :p",
                ProgramEvent.class).setParameter("p", p).getResultList();
        list.forEach(pe -> pe.getEvent().getDays().forEach(d -> d.getDayDate()));
        List<ProgramEvent> sorted = new ArrayList<>(list);
        sorted.sort(java.util.Comparator.comparing((ProgramEvent pe) -> firstDay(pe.getEvent()),
                java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())).thenComparing(ProgramEvent::getRegionCode));
        return sorted;
    }

    /** Events of the caller's units that can serve as a template (not in a program yet, at least one day). */
    public List<Event> templates(Program p) {
        return em.createQuery("select distinct e from Event e join e.days d where e.unit = :u"
                + " and not exists (select pe from ProgramEvent pe where pe.event = e) order by e.title", Event.class)
                .setParameter("u", p.getUnit()).getResultList();
    }

    // ---- the series ----------------------------------------------------------------------------

    /** What {@link #generate} would create: one event per chosen region, {@code everyDays} apart. */
    public List<SeriesItem> preview(long programId, SeriesRequest req) {
        Program p = writable(programId);
        return plan(p, req);
    }

    private List<SeriesItem> plan(Program p, SeriesRequest req) {
        if (req == null || req.templateEventId() == null) {
            throw BusinessException.invalid("templateEventId", "validation.required");
        }
        Event template = events.find(req.templateEventId());
        scope.requireWritable(template.getUnit());
        if (template.getDays().isEmpty()) {
            throw BusinessException.invalid("templateEventId", "program.templateWithoutDays");
        }
        if (req.regions() == null || req.regions().isEmpty()) {
            throw BusinessException.invalid("regions", "program.regionsRequired");
        }
        if (req.regions().size() > MAX_SERIES) {
            throw BusinessException.invalid("regions", "program.tooMany", MAX_SERIES);
        }
        if (req.firstDate() == null) {
            throw BusinessException.invalid("firstDate", "validation.required");
        }
        int every = req.everyDays() == null ? 1 : req.everyDays();
        if (every < 0 || every > 60) {
            throw BusinessException.invalid("everyDays", "program.everyDays");
        }
        if (req.inviteVillages() && (req.quota() == null || req.quota() < 1 || req.quota() > MAX_QUOTA)) {
            throw BusinessException.invalid("quota", "invitation.quotaRange", MAX_QUOTA);
        }
        Map<String, Region> children = new LinkedHashMap<>();
        regions(p).forEach(r -> children.put(r.getCode(), r));
        Map<String, Long> existing = new HashMap<>();
        for (Object[] row : em.createQuery("select pe.regionCode, count(pe) from ProgramEvent pe where pe.program = :p"
                + " group by pe.regionCode", Object[].class).setParameter("p", p).getResultList()) {
            existing.put((String) row[0], (Long) row[1]);
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String code : req.regions()) {
            String c = code == null ? "" : code.trim();
            if (!children.containsKey(c)) {
                throw BusinessException.invalid("regions", "program.regionOutside", c);
            }
            chosen.add(c);
        }
        List<SeriesItem> items = new ArrayList<>();
        LocalDate date = req.firstDate();
        for (String c : children.keySet()) {
            if (chosen.contains(c)) {
                items.add(new SeriesItem(c, children.get(c).getName(), date, existing.getOrDefault(c, 0L)));
                date = date.plusDays(every);
            }
        }
        return items;
    }

    /**
     * Creates one event of the series from the template: its own date (the template's days moved),
     * the template's hall and timetable, the title with the region's name, and, when asked, the
     * village offices of the region invited (created in the directory from the region tree where
     * missing). One transaction per event, so a long series shows progress and a failure stops
     * at one event.
     */
    public Event createOne(long programId, long templateEventId, SeriesItem item, boolean inviteVillages, int quota) {
        Program p = writable(programId);
        Event template = events.find(templateEventId);
        scope.requireWritable(template.getUnit());
        Region region = em.find(Region.class, item.regionCode());
        if (region == null || !p.getAreaCode().equals(region.getParentCode())) {
            throw BusinessException.invalid("regions", "program.regionOutside", item.regionCode());
        }
        if (item.date() == null) {
            throw BusinessException.invalid("date", "validation.required");
        }
        String title = titleFor(template.getTitle(), region);
        Event e = events.cloneEvent(templateEventId, item.date(), title);
        em.persist(new ProgramEvent(em.find(Event.class, e.getId()), p, region.getCode()));
        em.flush();
        if (inviteVillages) {
            institutions.generateVillageOffices(region.getCode(), p.getUnit().getId());
            long villages = em.createQuery("select count(n) from Institution n where n.type = :t and n.active = true"
                    + " and n.region.code like :below", Long.class).setParameter("t", InstitutionType.DESA)
                    .setParameter("below", region.getCode() + ".%").getSingleResult();
            if (villages > 0) {
                invitations.inviteMatching(e.getId(), InstitutionType.DESA, region.getCode(), quota);
            }
        }
        audit.record("program.addEvent", "Program", p.getId(), p.getUnit().getId(), region.getName() + ": " + title, null,
                Map.of("eventId", e.getId(), "regionCode", region.getCode()));
        return e;
    }

    /** The whole series at once (the API); the page creates it event by event with a progress bar. */
    public List<Event> generate(long programId, SeriesRequest req) {
        Program p = writable(programId);
        List<SeriesItem> items = plan(p, req);
        List<Event> created = new ArrayList<>();
        for (SeriesItem item : items) {
            created.add(createOne(programId, req.templateEventId(), item, req.inviteVillages(),
                    req.quota() == null ? 1 : req.quota()));
        }
        return created;
    }

    /** "Sosialisasi … — Kecamatan Tanjung Mutiara"; regencies and cities carry their kind in the name already. */
    static String titleFor(String template, Region r) {
        String place = r.getLevel() == RegionLevel.DISTRICT ? "Kecamatan " + r.getName() : r.getName();
        String t = template + " — " + place;
        return t.length() > 300 ? t.substring(0, 300) : t;
    }

    // ---- coverage and report -------------------------------------------------------------------

    public List<CoverageRow> coverage(long programId) {
        Program p = find(programId);
        Instant now = clock.now();
        List<ProgramEvent> list = events(p);
        Map<Long, Long> participants = participantsPerEvent(list);
        Map<Long, Long> invited = new HashMap<>();
        if (!list.isEmpty()) {
            for (Object[] row : em.createQuery("select i.event.id, count(i) from Invitation i where i.event.id in :ids group by i.event.id",
                    Object[].class).setParameter("ids", list.stream().map(ProgramEvent::getEventId).toList()).getResultList()) {
                invited.put((Long) row[0], (Long) row[1]);
            }
        }
        Map<String, List<ProgramEvent>> byRegion = new HashMap<>();
        list.forEach(pe -> byRegion.computeIfAbsent(pe.getRegionCode(), k -> new ArrayList<>()).add(pe));
        List<CoverageRow> rows = new ArrayList<>();
        for (Region r : regions(p)) {
            List<ProgramEvent> all = byRegion.getOrDefault(r.getCode(), List.of());
            // a cancelled event neither holds nor plans the region's sosialisasi
            List<ProgramEvent> here = all.stream().filter(pe -> pe.getEvent().getStatus() != EventStatus.CANCELLED).toList();
            Status status = here.isEmpty() ? Status.MISSING
                    : here.stream().anyMatch(pe -> held(pe.getEvent(), now)) ? Status.HELD : Status.PLANNED;
            long reached = here.stream().mapToLong(pe -> participants.getOrDefault(pe.getEventId(), 0L)).sum();
            long inv = here.stream().mapToLong(pe -> invited.getOrDefault(pe.getEventId(), 0L)).sum();
            rows.add(new CoverageRow(r.getCode(), r.getName(), status, all.stream().map(pe -> new EventRef(pe.getEventId(),
                    pe.getEvent().getTitle(), firstDay(pe.getEvent()), pe.getEvent().getStatus())).toList(), reached, inv));
        }
        return rows;
    }

    public byte[] coverageExcel(long programId) {
        Program p = find(programId);
        return CoverageSheet.excel(p, areaName(p.getAreaCode()), coverage(programId));
    }

    public Report report(long programId) {
        Program p = find(programId);
        Instant now = clock.now();
        List<ProgramEvent> list = events(p);
        List<CoverageRow> cov = coverage(programId);
        Map<Long, Long> participants = participantsPerEvent(list);
        List<TypeCount> byType = new ArrayList<>();
        long invitationCount = 0;
        if (!list.isEmpty()) {
            List<Long> ids = list.stream().map(ProgramEvent::getEventId).toList();
            for (Object[] row : em.createQuery("select n.type, count(r) from Registration r left join r.institution n"
                    + " where r.event.id in :ids and r.status = :s group by n.type", Object[].class)
                    .setParameter("ids", ids).setParameter("s", RegistrationStatus.CONFIRMED).getResultList()) {
                byType.add(new TypeCount(row[0] == null ? InstitutionType.LAINNYA : (InstitutionType) row[0], (Long) row[1]));
            }
            byType.sort(java.util.Comparator.comparing(TypeCount::participants).reversed());
            invitationCount = em.createQuery("select count(i) from Invitation i where i.event.id in :ids", Long.class)
                    .setParameter("ids", ids).getSingleResult();
        }
        // attendance and certificates each provide one ProgramOutcomes; each figure comes from the
        // first that knows it
        List<ProgramOutcomes> sources = outcomes.stream().toList();
        boolean available = !sources.isEmpty();
        List<EventOutcome> perEvent = new ArrayList<>();
        double weighted = 0;
        long weight = 0;
        long certificates = 0;
        boolean anyRate = false;
        boolean anyCert = false;
        for (ProgramEvent pe : list) {
            long n = participants.getOrDefault(pe.getEventId(), 0L);
            Double rate = null;
            Long certs = null;
            if (available) {
                OptionalDouble r = OptionalDouble.empty();
                OptionalLong c = OptionalLong.empty();
                for (ProgramOutcomes o : sources) {
                    r = r.isPresent() ? r : o.attendanceRate(pe.getEventId());
                    c = c.isPresent() ? c : o.certificatesIssued(pe.getEventId());
                }
                if (r.isPresent()) {
                    rate = r.getAsDouble();
                    weighted += rate * n;
                    weight += n;
                    anyRate = true;
                }
                if (c.isPresent()) {
                    certs = c.getAsLong();
                    certificates += certs;
                    anyCert = true;
                }
            }
            perEvent.add(new EventOutcome(pe.getEventId(), pe.getEvent().getTitle(), areaName(pe.getRegionCode()),
                    firstDay(pe.getEvent()), pe.getEvent().getStatus(), n, rate, certs));
        }
        long held = list.stream().filter(pe -> held(pe.getEvent(), now)).count();
        long total = participants.values().stream().mapToLong(Long::longValue).sum();
        return new Report(list.size(), held, list.size() - held, cov.stream().filter(c -> c.status() == Status.MISSING).count(),
                cov.size(), invitationCount, total, byType, anyRate && weight > 0 ? weighted / weight : null,
                anyCert ? certificates : null, available, perEvent);
    }

    private Map<Long, Long> participantsPerEvent(List<ProgramEvent> list) {
        Map<Long, Long> m = new HashMap<>();
        if (!list.isEmpty()) {
            for (Object[] row : em.createQuery("select r.event.id, count(r) from Registration r where r.event.id in :ids"
                    + " and r.status = :s group by r.event.id", Object[].class)
                    .setParameter("ids", list.stream().map(ProgramEvent::getEventId).toList())
                    .setParameter("s", RegistrationStatus.CONFIRMED).getResultList()) {
                m.put((Long) row[0], (Long) row[1]);
            }
        }
        return m;
    }

    /** Held: closed or archived, or its last day is over; never when cancelled. */
    static boolean held(Event e, Instant now) {
        return e.getStatus() == EventStatus.CLOSED || e.getStatus() == EventStatus.ARCHIVED
                || e.getStatus() != EventStatus.CANCELLED && e.isOver(now);
    }

    static LocalDate firstDay(Event e) {
        return e.getDays().isEmpty() ? null : e.getDays().get(0).getDayDate();
    }
}
