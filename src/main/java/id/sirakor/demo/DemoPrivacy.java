package id.sirakor.demo;

import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.identity.entity.AppUser;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.persistence.Migrations;
import id.sirakor.platform.privacy.PersonalDataAccess;
import id.sirakor.privacy.control.PrivacyService;
import id.sirakor.privacy.entity.DeletionRequest;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;

/**
 * Data protection in the demo (issue 17): the data protection officer {@code pdp.demo} of Bawaslu
 * RI (reads the log of every unit below it), a few rows of the personal-data access log as staff
 * left them, and one open deletion request of a participant of the coming rakor. Demo mode only;
 * runs after the other demo data. The demo's events get a retention of 120 months. The people are fictional.
 */
@ApplicationScoped
public class DemoPrivacy {

    private static final Logger LOG = Logger.getLogger(DemoPrivacy.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    DemoPrivacy self;

    void onSchemaReady(@Observes @Priority(3200) Migrations.SchemaReady ready) {
        if (Settings.demoMode()) {
            RequestAuditContext.runAsSystem("system:demo-data", () -> {
                if (self.load()) {
                    LOG.info("Demo data protection officer, access log and deletion request loaded.");
                }
            });
        }
    }

    @Transactional
    public boolean load() {
        if (em.createQuery("select count(u) from AppUser u where u.username = 'pdp.demo'", Long.class).getSingleResult() > 0) {
            return false;
        }
        List<OrgUnit> ri = em.createQuery("select u from OrgUnit u where u.code = 'BAWASLU-RI'", OrgUnit.class).getResultList();
        if (ri.isEmpty()) {
            return false;
        }
        AppUser u = new AppUser();
        u.setUsername("pdp.demo");
        u.setFullName("Maya Kartika Sari");
        u.setEmail("pdp.demo@demo.sirakor.id");
        u.setUnit(ri.get(0));
        u.setRoles(EnumSet.of(Role.PDP));
        u.changePassword(PasswordHasher.hash(DemoData.PASSWORD.toCharArray()), clock.now(), false);
        u.setCreatedAt(clock.now());
        u.setUpdatedAt(u.getCreatedAt());
        em.persist(u);

        // the demo's events (the past ones are of 2023–2024) keep their participants: a retention of 120 months, so the
        // retention job (default 24 months) leaves the showcase as it is
        em.createQuery("update Event e set e.retentionMonths = 120 where e.retentionMonths is null").executeUpdate();
        List<Object[]> events = em.createQuery("select e.id, e.unit.id from Event e where e.unit.code = 'BAWASLU-13' order by e.id",
                Object[].class).getResultList();
        Instant now = clock.now();
        String[][] rows = {
                {"sumbar.sekretariat", "SEKRETARIAT", "registrations", "VIEW", "42", "26"},
                {"sumbar.sekretariat", "SEKRETARIAT", "registrations", "EXPORT", "42", "25"},
                {"sumbar.sekretariat", "SEKRETARIAT", "attendance-sheet", "EXPORT", "38", "24"},
                {"sumbar.sekretariat", "SEKRETARIAT", "spj", "EXPORT", "38", "20"},
                {"ri.sekretariat", "SEKRETARIAT", "certificates", "VIEW", "36", "8"},
                {"sumbar.sekretariat", "SEKRETARIAT", "nik", "VIEW", "1", "3"},
                {"admin", "ADMIN", "registrations", "VIEW", "42", "1"},
        };
        int i = 0;
        for (String[] r : rows) {
            Object[] ev = events.isEmpty() ? new Object[] {null, ri.get(0).getId()} : events.get(i++ % events.size());
            em.persist(new PersonalDataAccess(now.minus(Duration.ofHours(Long.parseLong(r[5]))), r[0], r[1], null, (Long) ev[1],
                    (Long) ev[0], r[2], r[3], Integer.parseInt(r[4]), "10.20.30." + (40 + i)));
        }
        // one open deletion request: a confirmed participant of the coming rakor (the newest published event of Sumatera Barat)
        List<Object[]> regs = em.createQuery("select r.id, r.event.id, r.event.unit.id, r.personKey from Registration r"
                        + " where r.event.unit.code = 'BAWASLU-13' and r.status = id.sirakor.registration.entity.RegistrationStatus.CONFIRMED"
                        + " and r.anonymizedAt is null order by r.event.id desc, r.id desc", Object[].class).setMaxResults(1).getResultList();
        if (!regs.isEmpty()) {
            Object[] r = regs.get(0);
            em.persist(new DeletionRequest((Long) r[0], (Long) r[1], (Long) r[2], PrivacyService.pseudonym((String) r[3]),
                    "Saya tidak lagi bekerja di instansi ini dan tidak ingin data saya disimpan.", now.minus(Duration.ofHours(5))));
        }
        return true;
    }
}
