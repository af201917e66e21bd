package id.sirakor.demo;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.event.entity.EventType;
import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.institution.control.InstitutionService;
import id.sirakor.institution.entity.Institution;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.lodging.control.LodgingService;
import id.sirakor.lodging.control.RoomPlanner;
import id.sirakor.lodging.entity.RoomAssignment;
import id.sirakor.lodging.entity.RoomBlock;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.crypto.PersonalDataCipher;
import id.sirakor.platform.persistence.Migrations;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.program.entity.Program;
import id.sirakor.program.entity.ProgramEvent;
import id.sirakor.region.entity.Region;
import id.sirakor.registration.control.RegistrationService;
import id.sirakor.registration.control.SeatLedger;
import id.sirakor.registration.control.Tickets;
import id.sirakor.registration.entity.Invitation;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.venue.entity.Venue;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The program of the demo: Bawaslu Provinsi Sumatera Barat's sosialisasi pengawasan partisipatif
 * across the kecamatan of Kabupaten Agam, three held and two planned, each inviting its
 * kecamatan's nagari offices; and a room block at Grand Rocky Hotel for the coming rakor, with
 * the out-of-town participants already in rooms. Fictional people. Demo mode only; runs once,
 * after {@link DemoParticipants}.
 */
@ApplicationScoped
public class DemoPrograms {

    private static final Logger LOG = Logger.getLogger(DemoPrograms.class.getName());
    static final String PROGRAM = "Sosialisasi Pengawasan Partisipatif se-Kabupaten Agam 2026";

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    SeatLedger ledger;

    @Inject
    DemoPrograms self;

    void onSchemaReady(@Observes @Priority(2900) Migrations.SchemaReady ready) {
        if (Settings.demoMode()) {
            RequestAuditContext.runAsSystem("system:demo-data", () -> {
                if (self.load()) {
                    self.recount();
                    LOG.info("Demo program loaded: \"" + PROGRAM + "\" and a room block for the coming rakor.");
                }
            });
        }
    }

    @Transactional
    public void recount() {
        em.createQuery("select pe.eventId from ProgramEvent pe", Long.class).getResultList().forEach(ledger::recount);
    }

    private static final String[][] PEOPLE = {
        {"Afrizal", "198203152006041003"}, {"Yusnimar", "198507222009032004"}, {"Hendri Saputra", "197911052005011002"},
        {"Rahmi Yeni", "199001182015032001"}, {"Zulkifli", "198312302010011005"}, {"Nofriyanti", "198804042011022003"},
        {"Erwin Syahputra", "197605122003121001"}, {"Desi Ratnasari", "199206292019032002"},
    };

    @Transactional
    public boolean load() {
        if (em.createQuery("select count(p) from Program p", Long.class).getSingleResult() > 0
                || em.createQuery("select count(e) from Event e", Long.class).getSingleResult() == 0) {
            return false;
        }
        OrgUnit sumbar = em.createQuery("select u from OrgUnit u where u.code = 'BAWASLU-13'", OrgUnit.class).getSingleResult();
        Program p = new Program();
        p.setUnit(sumbar);
        p.setName(PROGRAM);
        p.setTheme("Masyarakat nagari ikut mengawasi pemilihan");
        p.setBudgetLine("5264.QAH.001.051");
        p.setAreaCode("13.06");
        ZoneId zone = IndonesianTime.WIB;
        LocalDate today = clock.now().atZone(zone).toLocalDate();
        p.setStartsOn(today.minusDays(60));
        p.setEndsOn(today.plusDays(60));
        p.setCreatedAt(clock.now());
        p.setUpdatedAt(p.getCreatedAt());
        em.persist(p);
        em.flush();
        audit.record("program.create", "Program", p.getId(), sumbar.getId(), p.getName(), null, p.snapshot());

        // nagari offices of the five kecamatan, as the directory's "create village offices" does
        String[] kecamatan = {"13.06.01", "13.06.02", "13.06.07", "13.06.08", "13.06.12"};
        int[] daysFromToday = {-45, -30, -14, 16, 30};
        for (String k : kecamatan) {
            em.createNativeQuery("INSERT INTO institution (name, type, region_code, owner_unit_id, active, version, created_at, updated_at)"
                    + " SELECT CONCAT('" + InstitutionService.VILLAGE_OFFICE_PREFIX + "', r.name), 'DESA', r.code, ?2, TRUE, 0, ?3, ?3"
                    + " FROM region r WHERE r.code LIKE ?1 AND r.level = 'VILLAGE' AND NOT EXISTS (SELECT 1 FROM institution i"
                    + " WHERE i.owner_unit_id = ?2 AND i.region_code = r.code)")
                    .setParameter(1, k + ".%").setParameter(2, sumbar.getId()).setParameter(3, clock.now()).executeUpdate();
        }
        int person = 0;
        for (int i = 0; i < kecamatan.length; i++) {
            Region r = em.find(Region.class, kecamatan[i]);
            LocalDate date = today.plusDays(daysFromToday[i]);
            boolean held = daysFromToday[i] < 0;
            Event e = new Event();
            e.setUnit(sumbar);
            e.setType(EventType.SOSIALISASI);
            e.setTitle("Sosialisasi Pengawasan Partisipatif \u2014 Kecamatan " + r.getName());
            e.setTheme(p.getTheme());
            e.setCapacity(60);
            e.setBudgetLine(p.getBudgetLine());
            e.setStatus(held ? EventStatus.CLOSED : EventStatus.PUBLISHED);
            e.setTimeZone(zone.getId());
            e.setSlug("sosialisasi-partisipatif-agam-" + r.getCode().replace('.', '-'));
            e.setCreatedAt(clock.now());
            e.setUpdatedAt(e.getCreatedAt());
            e.setPublishedAt(clock.now());
            em.persist(e);
            EventDay d = new EventDay();
            d.setEvent(e);
            d.setDayDate(date);
            d.setStartsAt(date.atTime(9, 0).atZone(zone).toInstant());
            d.setEndsAt(date.atTime(13, 0).atZone(zone).toInstant());
            e.getDays().add(d);
            em.persist(d);
            em.persist(new ProgramEvent(e, p, r.getCode()));
            List<Institution> villages = em.createQuery("select n from Institution n where n.type = :t and n.region.code like :k"
                    + " and n.ownerUnit = :u order by n.name", Institution.class).setParameter("t", InstitutionType.DESA)
                    .setParameter("k", r.getCode() + ".%").setParameter("u", sumbar).getResultList();
            for (Institution n : villages) {
                Invitation inv = new Invitation();
                inv.setEvent(e);
                inv.setInstitution(n);
                inv.setQuota(2);
                inv.setStatus("SENT");
                inv.setCreatedAt(clock.now());
                em.persist(inv);
            }
            if (held) {
                // a few people from the nagari came to each held event
                for (int j = 0; j < Math.min(villages.size(), 6); j++) {
                    String[] who = PEOPLE[(person++) % PEOPLE.length];
                    Institution n = villages.get(j);
                    Registration reg = registration(e, n, who[0], who[1].substring(0, 14) + who[1].charAt(14)
                            + String.format("%03d", (person % 900) + 1));
                    em.persist(reg);
                }
            }
            em.flush();
            audit.record("program.addEvent", "Program", p.getId(), sumbar.getId(), r.getName() + ": " + e.getTitle(), null,
                    Map.of("eventId", e.getId(), "regionCode", r.getCode()));
        }
        roomBlock();
        return true;
    }

    private Registration registration(Event e, Institution n, String name, String nip) {
        Registration r = new Registration();
        r.setEvent(e);
        r.setInstitution(n);
        r.setInstitutionName(n.getName());
        r.setName(name);
        r.setPosition("Sekretaris Nagari");
        r.setIdKind("NIP");
        r.setNip(nip);
        r.setPersonKey(cipher.index("NIP:" + nip));
        r.setPhone("+6281200" + nip.substring(12));
        r.setEmail(name.toLowerCase().replaceAll("[^a-z]+", ".") + "." + e.getId() + "@contoh.go.id");
        r.setStatus(RegistrationStatus.CONFIRMED);
        r.setSource("MANUAL");
        r.setIdempotencyKey("demo-" + UUID.randomUUID());
        r.setTokenHash(PasswordHasher.sha256Hex(PasswordHasher.newSecret(24)));
        r.setTicketCode(Tickets.newCode());
        r.setConsentVersion("MANUAL-" + RegistrationService.CONSENT_VERSION);
        r.setConsentAt(clock.now());
        r.setCreatedAt(clock.now());
        r.setUpdatedAt(r.getCreatedAt());
        return r;
    }

    /** Grand Rocky holds rooms for the coming rakor; the out-of-town participants are already in rooms. */
    private void roomBlock() {
        List<Event> rakor = em.createQuery("select e from Event e where e.title = :t", Event.class)
                .setParameter("t", DemoParticipants.COMING_RAKOR).getResultList();
        List<Venue> rocky = em.createQuery("select v from Venue v where v.name = 'Grand Rocky Hotel Bukittinggi'", Venue.class).getResultList();
        if (rakor.isEmpty() || rocky.isEmpty() || rakor.get(0).getDays().isEmpty()) {
            return;
        }
        Event e = rakor.get(0);
        LocalDate first = e.getDays().get(0).getDayDate();
        RoomBlock b = new RoomBlock();
        b.setEvent(e);
        b.setVenue(rocky.get(0));
        b.setCheckIn(first.minusDays(1));
        b.setCheckOut(first.plusDays(1));
        b.setSingleRooms(4);
        b.setTwinRooms(12);
        b.setSinglePrice(850_000L);
        b.setTwinPrice(950_000L);
        b.setReleaseOn(first.minusDays(7));
        b.setCreatedAt(clock.now());
        em.persist(b);
        List<Registration> regs = em.createQuery("select r from Registration r left join fetch r.institution"
                + " where r.event = :e and r.status = :s order by r.institutionName, r.name", Registration.class)
                .setParameter("e", e).setParameter("s", RegistrationStatus.CONFIRMED).getResultList();
        List<RoomPlanner.Guest> guests = new ArrayList<>();
        for (Registration r : regs) {
            String region = r.getInstitution() == null ? null : r.getInstitution().getRegion().getCode();
            if (LodgingService.outOfTown(region, rocky.get(0).getRegionCode())) {
                guests.add(new RoomPlanner.Guest(r.getId(), r.getName(), r.getInstitution().getId(), r.getInstitutionName(),
                        RoomPlanner.genderOf(r.getNip(), null)));
            }
        }
        RoomPlanner.Plan plan = RoomPlanner.plan(guests, b.getSingleRooms(), b.getTwinRooms());
        for (RoomPlanner.Room room : plan.rooms()) {
            for (Long id : room.guests()) {
                em.persist(new RoomAssignment(b, room.no(), room.type().name(), em.find(Registration.class, id)));
            }
        }
        em.flush();
        audit.record("lodging.addBlock", "RoomBlock", b.getId(), e.getUnit().getId(), b.getVenue().getName(), null, b.snapshot());
    }
}
