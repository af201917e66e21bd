package id.sirakor.demo;

import id.sirakor.attendance.entity.Attendance;
import id.sirakor.attendance.entity.AttendanceSetting;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.crypto.PersonalDataCipher;
import id.sirakor.platform.persistence.Migrations;
import id.sirakor.registration.control.RegistrationService;
import id.sirakor.registration.control.SeatLedger;
import id.sirakor.registration.control.Tickets;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * Attendance for the past demo events: registered participants (fictional), present on day 1
 * with a drawn signature, some absent on day 2, one marked by hand from the paper list and one
 * walk-in, so that a newcomer sees a realistic daftar hadir and eligibility at once.
 */
@ApplicationScoped
public class DemoAttendance {

    private static final Logger LOG = Logger.getLogger(DemoAttendance.class.getName());

    /** Fictional people: name, back title, position. */
    private static final String[][] PEOPLE = {
        {"Afrizal Hamdi", "S.H.", "Kepala Bidang Pengawasan"}, {"Bunga Citra Lestari", "S.Sos.", "Analis Kepegawaian"},
        {"Candra Wijaya", "S.E.", "Kepala Subbagian Umum"}, {"Desi Ratnasari", "S.Kom.", "Pranata Komputer"},
        {"Erwin Syahputra", "M.Si.", "Koordinator Divisi Hukum"}, {"Fitri Handayani", "S.IP.", "Staf Pengawasan"},
        {"Gunawan Setiadi", "S.H., M.H.", "Kepala Sekretariat"}, {"Herlina Sari", "S.Pd.", "Analis SDM Aparatur"},
        {"Irfan Maulana", "S.T.", "Staf Teknis"}, {"Juwita Anggraini", "S.H.", "Penyusun Bahan Hukum"},
        {"Khairul Anwar", "S.Ag.", "Kepala Bidang Mutasi"}, {"Lina Marlina", "S.E.", "Bendahara"},
        {"Muhammad Ridwan", "S.IP., M.Si.", "Sekretaris Badan"}, {"Novi Yanti", "A.Md.", "Pengadministrasi Umum"},
    };

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    SeatLedger ledger;

    @Inject
    DemoAttendance self;

    void onSchemaReady(@Observes @Priority(2900) Migrations.SchemaReady ready) {
        if (Settings.demoMode()) {
            RequestAuditContext.runAsSystem("system:demo-data", () -> {
                List<Long> events = self.load();
                events.forEach(self::recount);
                if (!events.isEmpty()) {
                    LOG.info("Demo attendance loaded for " + events.size() + " past events.");
                }
            });
        }
    }

    @Transactional
    public List<Long> load() {
        List<Long> done = new ArrayList<>();
        List<Event> past = em.createQuery("select e from Event e where e.status = :s order by e.id", Event.class)
                .setParameter("s", EventStatus.CLOSED).getResultList();
        int n = 0;
        for (Event e : past) {
            if (e.getDays().isEmpty() || em.createQuery("select count(r) from Registration r where r.event = :e", Long.class)
                    .setParameter("e", e).getSingleResult() > 0) {
                continue;
            }
            populate(e, n++);
            done.add(e.getId());
        }
        return done;
    }

    @Transactional
    public void recount(long eventId) {
        ledger.recount(eventId);
    }

    private void populate(Event e, int salt) {
        String city = e.getUnit().getCity() == null ? "Padang" : e.getUnit().getCity();
        String[] institutions = {"Bawaslu Kota " + city, "BKPSDM Kota " + city, "Inspektorat Kota " + city, "Kesbangpol Kota " + city};
        Random random = new Random(42 + salt);
        List<EventDay> days = e.getDays();
        List<Registration> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE.length; i++) {
            boolean walkIn = i == PEOPLE.length - 1;
            Registration r = person(e, PEOPLE[i], "19" + (75 + i) + "0" + (1 + i % 9) + "1" + (i % 9) + "20" + (10 + i % 9) + "0" + (1 + i % 9)
                    + (1 + i % 2) + String.format("%03d", salt * 20 + i + 1), institutions[i % institutions.length], walkIn ? "WALKIN" : "ONLINE");
            em.persist(r);
            people.add(r);
        }
        if (e.getDays().size() > 1 && e.getSessions().size() > 0) {
            AttendanceSetting s = AttendanceSetting.defaults(e.getId());
            em.persist(s); // every day present (the default rule), written down
        }
        for (int d = 0; d < days.size(); d++) {
            EventDay day = days.get(d);
            for (int i = 0; i < people.size(); i++) {
                boolean walkIn = i == people.size() - 1;
                boolean absent = d == 0 ? i == 5 : (i % 4 == 1 || i == 5 || walkIn);
                if (absent || (walkIn && d > 0)) {
                    continue;
                }
                boolean byHand = d == 0 && i == 9;
                Attendance a = new Attendance();
                a.setEventId(e.getId());
                a.setRegistration(people.get(i));
                a.setDayId(day.getId());
                a.setSlotKey(Attendance.daySlot(day.getId()));
                a.setCheckedInAt(day.getStartsAt().minusSeconds(60L * (5 + random.nextInt(40))).plusSeconds(walkIn ? 1800 : 0));
                a.setMethod(byHand ? "MANUAL" : walkIn ? "WALKIN" : random.nextBoolean() ? "SCAN" : "CODE");
                a.setReason(byHand ? "Dicatat dari daftar hadir kertas: antrean panjang di pintu" : null);
                a.setRecordedBy("system:demo-data");
                a.setSignaturePng(byHand ? null : signature(random));
                a.setCreatedAt(a.getCheckedInAt());
                em.persist(a);
            }
        }
    }

    private Registration person(Event e, String[] p, String nip, String institution, String source) {
        Registration r = new Registration();
        r.setEvent(e);
        r.setName(p[0]);
        r.setBackTitle(p[1]);
        r.setPosition(p[2]);
        r.setIdKind("NIP");
        r.setNip(nip);
        r.setPersonKey(cipher.index("NIP:" + nip));
        r.setPhone("+62812" + nip.substring(10, 18));
        r.setEmail(p[0].toLowerCase().replaceAll("[^a-z]+", ".") + "@contoh.go.id");
        r.setInstitutionName(institution);
        r.setStatus(RegistrationStatus.CONFIRMED);
        r.setSource(source);
        r.setIdempotencyKey("demo-" + UUID.randomUUID());
        r.setTokenHash(PasswordHasher.sha256Hex(PasswordHasher.newSecret(24)));
        r.setTicketCode(Tickets.newCode());
        r.setConsentVersion(source + "-" + RegistrationService.CONSENT_VERSION);
        r.setConsentAt(clock.now());
        r.setCreatedAt(e.getDays().get(0).getStartsAt().minusSeconds(86400L * 7));
        r.setUpdatedAt(r.getCreatedAt());
        return r;
    }

    /** A drawn signature: a few connected strokes, as the signature pad would send. */
    static byte[] signature(Random random) {
        BufferedImage img = new BufferedImage(300, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x11, 0x22, 0x55));
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D.Double path = new Path2D.Double();
        double x = 15, y = 50 + random.nextInt(20);
        path.moveTo(x, y);
        while (x < 270) {
            double nx = x + 15 + random.nextInt(25);
            double ny = 20 + random.nextInt(60);
            path.quadTo((x + nx) / 2, random.nextBoolean() ? 10 + random.nextInt(20) : 70 + random.nextInt(25), nx, ny);
            x = nx;
        }
        g.draw(path);
        g.drawLine(20, 85, 120 + random.nextInt(120), 80 + random.nextInt(10));
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
