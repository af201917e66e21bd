package id.sirakor.demo;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.event.entity.EventType;
import id.sirakor.event.entity.SessionKind;
import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.institution.entity.Institution;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.crypto.PersonalDataCipher;
import id.sirakor.platform.document.LetterNumberService;
import id.sirakor.platform.persistence.Migrations;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.registration.control.InvitationLetters;
import id.sirakor.registration.control.InvitationService;
import id.sirakor.registration.control.SeatLedger;
import id.sirakor.registration.control.Tickets;
import id.sirakor.registration.entity.Invitation;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.venue.entity.Hall;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * People for the demo's coming rakor, so a newcomer sees a working event: delegates named by
 * BKPSDM operators (Agam's operator still has a seat to fill), online registrations, a waitlist
 * of one and a request awaiting approval; letters sent to some institutions, not to others. Also
 * a coming sosialisasi of Bawaslu Kota Bukittinggi, which the province reads but does not run.
 * All people are fictional. Demo mode only; runs once, after {@link DemoEvents}.
 */
@ApplicationScoped
public class DemoParticipants {

    private static final Logger LOG = Logger.getLogger(DemoParticipants.class.getName());
    static final String COMING_RAKOR = "Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN";

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
    LetterNumberService letterNumbers;

    @Inject
    InvitationLetters letters;

    @Inject
    DemoParticipants self;

    void onSchemaReady(@Observes @Priority(2800) Migrations.SchemaReady ready) {
        if (Settings.demoMode()) {
            RequestAuditContext.runAsSystem("system:demo-data", () -> {
                if (self.load()) {
                    self.recount();
                    LOG.info("Demo participants loaded for \"" + COMING_RAKOR + "\" and a sosialisasi of Bawaslu Kota Bukittinggi.");
                }
            });
        }
    }

    /** One person: name, titles, position, NIP, phone, institution short name (a directory entry) or free text. */
    private record P(String front, String name, String back, String position, String nip, String phone, String institution) {
    }

    @Transactional
    public boolean load() {
        List<Event> found = em.createQuery("select e from Event e where e.title = :t", Event.class)
                .setParameter("t", COMING_RAKOR).getResultList();
        if (found.isEmpty() || em.createQuery("select count(r) from Registration r where r.event = :e", Long.class)
                .setParameter("e", found.get(0)).getSingleResult() > 0) {
            return false;
        }
        Event e = found.get(0);
        Map<String, Invitation> invited = new java.util.HashMap<>();
        for (Invitation i : em.createQuery("select i from Invitation i join fetch i.institution where i.event = :e", Invitation.class)
                .setParameter("e", e).getResultList()) {
            invited.put(i.getInstitution().getShortName() == null ? i.getInstitution().getName() : i.getInstitution().getShortName(), i);
        }

        // letters: sent to the BKPSDM of Agam, Bukittinggi, Padang and Payakumbuh; the others wait to be sent
        LocalDate today = clock.now().atZone(e.zone()).toLocalDate();
        for (String who : List.of("BKPSDM Kabupaten Agam", "BKPSDM Kota Bukittinggi", "BKPSDM Kota Padang", "BKPSDM Kota Payakumbuh")) {
            Invitation i = invited.get(who);
            if (i == null) {
                continue;
            }
            i.setLetterNumber(letterNumbers.next(e.getUnit(), today));
            i.setLetterDate(today);
            letters.freeze(i, InvitationLetters.Delivery.MAIL);
            i.setSentTo("bkpsdm@" + who.toLowerCase().replaceAll("[^a-z]+", "") + ".go.id");
            i.setSentAt(clock.now());
            i.setOperatorTokenHash(PasswordHasher.sha256Hex(PasswordHasher.newSecret(24)));
            i.setStatus(InvitationService.SENT);
        }
        i(invited, "BKPSDM Kota Payakumbuh").setOpenedAt(clock.now());
        i(invited, "BKPSDM Kota Payakumbuh").setStatus(InvitationService.OPENED);

        // delegates named by operators
        delegate(e, i(invited, "BKPSDM Kabupaten Agam"), new P(null, "Yulia Fitri", "S.Sos.", "Analis Kepegawaian Ahli Muda",
                "198703152010012004", "+6281266001001", null));
        delegate(e, i(invited, "BKPSDM Kota Bukittinggi"), new P(null, "Andri Saputra", "S.H.", "Kepala Bidang Pembinaan dan Kesejahteraan ASN",
                "197911022005011003", "+6281266001002", null));
        delegate(e, i(invited, "BKPSDM Kota Bukittinggi"), new P(null, "Rahmi Yanti", "S.E.", "Analis SDM Aparatur",
                "198906252014022001", "+6281266001003", null));
        delegate(e, i(invited, "BKPSDM Kota Padang"), new P("Drs.", "Zulkifli Anwar", "M.Si.", "Sekretaris BKPSDM Kota Padang",
                "197205101998031006", "+6281266001004", null));

        // online registrations
        online(e, new P(null, "Siti Rahmawati", "S.IP.", "Staf Divisi Penanganan Pelanggaran", "199104182019032011",
                "+6281266002001", "Bawaslu Kota Bukittinggi"), RegistrationStatus.CONFIRMED);
        online(e, new P(null, "Muhammad Iqbal", "S.H.", "Koordinator Divisi Pencegahan", "198512072009121002",
                "+6281266002002", "Bawaslu Kabupaten Agam"), RegistrationStatus.CONFIRMED);
        online(e, new P("Dr.", "Nofri Hendra", "M.Pd.", "Inspektur Pembantu Wilayah I", "197708222003121004",
                "+6281266002003", "Inspektorat Provinsi Sumatera Barat"), RegistrationStatus.CONFIRMED);
        online(e, new P(null, "Desi Susanti", "S.Kom.", "Pranata Komputer Ahli Pertama", "199312052020122009",
                "+6281266002004", "Dinas Komunikasi dan Informatika Kota Bukittinggi"), RegistrationStatus.CONFIRMED);
        online(e, new P(null, "Ferdi Kurniawan", null, "Pengelola Data Pengawasan", "199601302022031005",
                "+6281266002005", "Bawaslu Kota Padang Panjang"), RegistrationStatus.PENDING);
        audit.record("demo.participants", "Event", e.getId(), e.getUnit().getId(), "demo participants", null, null);

        sosialisasiBukittinggi();
        return true;
    }

    /** Seats counted from the rows just written (in a transaction of its own, after they are committed). */
    @Transactional
    public void recount() {
        em.createQuery("select e.id from Event e where e.title = :t", Long.class).setParameter("t", COMING_RAKOR)
                .getResultList().forEach(ledger::recount);
    }

    private static Invitation i(Map<String, Invitation> invited, String who) {
        Invitation i = invited.get(who);
        if (i == null) {
            throw new IllegalStateException("demo invitation missing: " + who);
        }
        return i;
    }

    private void delegate(Event e, Invitation i, P p) {
        Registration r = person(e, p, "DELEGATE", RegistrationStatus.CONFIRMED);
        r.setInstitution(i.getInstitution());
        r.setInstitutionName(i.getInstitution().getName());
        r.setInvitation(i);
        r.setChangedBy("operator");
        em.persist(r);
        if (i.getDelegatesAt() == null) {
            i.setStatus(InvitationService.DELEGATES);
            i.setDelegatesAt(clock.now());
        }
    }

    private void online(Event e, P p, RegistrationStatus status) {
        Registration r = person(e, p, "ONLINE", status);
        List<Institution> n = em.createQuery("select i from Institution i where i.name = :n", Institution.class)
                .setParameter("n", p.institution()).getResultList();
        r.setInstitution(n.isEmpty() ? null : n.get(0));
        r.setInstitutionName(p.institution());
        em.persist(r);
    }

    private Registration person(Event e, P p, String source, RegistrationStatus status) {
        Registration r = new Registration();
        r.setEvent(e);
        r.setFrontTitle(p.front());
        r.setName(p.name());
        r.setBackTitle(p.back());
        r.setPosition(p.position());
        r.setIdKind("NIP");
        r.setNip(p.nip());
        r.setPersonKey(cipher.index("NIP:" + p.nip()));
        r.setPhone(p.phone());
        r.setEmail(p.name().toLowerCase().replaceAll("[^a-z]+", ".") + "@contoh.go.id");
        r.setStatus(status);
        r.setSource(source);
        r.setIdempotencyKey("demo-" + UUID.randomUUID());
        r.setTokenHash(PasswordHasher.sha256Hex(PasswordHasher.newSecret(24)));
        r.setTicketCode(Tickets.newCode());
        r.setConsentVersion(source + "-" + id.sirakor.registration.control.RegistrationService.CONSENT_VERSION);
        r.setConsentAt(clock.now());
        r.setCreatedAt(clock.now());
        r.setUpdatedAt(r.getCreatedAt());
        return r;
    }

    /** A coming event of a regency/city unit below the province: Sumatera Barat reads it, only Bukittinggi runs it. */
    private void sosialisasiBukittinggi() {
        OrgUnit unit = em.createQuery("select u from OrgUnit u where u.code = 'BAWASLU-13.75'", OrgUnit.class).getSingleResult();
        Hall hall = em.createQuery("select h from Hall h where h.name = 'Ruang Pagaruyung'", Hall.class).getSingleResult();
        ZoneId zone = IndonesianTime.WIB;
        Event e = new Event();
        e.setUnit(unit);
        e.setType(EventType.SOSIALISASI);
        e.setTitle("Sosialisasi Pengawasan Partisipatif bagi Pemilih Pemula Kota Bukittinggi");
        e.setTheme("Pemilih muda mengawasi, demokrasi terjaga");
        e.setCapacity(80);
        e.setStatus(EventStatus.PUBLISHED);
        e.setTimeZone(zone.getId());
        e.setSlug("sosialisasi-pengawasan-partisipatif-pemilih-pemula-bukittinggi");
        e.setCreatedAt(clock.now());
        e.setUpdatedAt(e.getCreatedAt());
        e.setPublishedAt(clock.now());
        em.persist(e);
        LocalDate date = clock.now().atZone(zone).toLocalDate().plusDays(35);
        EventDay d = new EventDay();
        d.setEvent(e);
        d.setDayDate(date);
        d.setHall(hall);
        d.setStartsAt(date.atTime(9, 0).atZone(zone).toInstant());
        d.setEndsAt(date.atTime(13, 0).atZone(zone).toInstant());
        e.getDays().add(d);
        em.persist(d);
        EventSession s = new EventSession();
        s.setEvent(e);
        s.setDay(d);
        s.setStartsAt(date.atTime(9, 0).atZone(zone).toInstant());
        s.setEndsAt(date.atTime(11, 0).atZone(zone).toInstant());
        s.setTitle("Mengenal pengawasan partisipatif");
        s.setKind(SessionKind.PAPARAN);
        e.getSessions().add(s);
        em.persist(s);
        em.flush();
        audit.record("event.create", "Event", e.getId(), unit.getId(), e.getTitle(), null, e.snapshot());
    }
}
