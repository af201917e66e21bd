package id.sirakor.demo;

import id.sirakor.attendance.entity.Attendance;
import id.sirakor.certificate.control.CertificateIssuer;
import id.sirakor.certificate.control.CertificateJobs;
import id.sirakor.certificate.entity.Certificate;
import id.sirakor.certificate.entity.CertificateDesign;
import id.sirakor.certificate.entity.CommitteeMember;
import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.minutes.control.MinutesDocuments;
import id.sirakor.minutes.entity.FollowUp;
import id.sirakor.minutes.entity.Minutes;
import id.sirakor.minutes.entity.MinutesAttachment;
import id.sirakor.minutes.entity.MinutesPoint;
import id.sirakor.minutes.entity.MinutesSession;
import id.sirakor.minutes.entity.Suggestion;
import id.sirakor.event.entity.SessionKind;
import id.sirakor.platform.storage.FileStore;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.persistence.Migrations;
import id.sirakor.registration.entity.Registration;
import id.sirakor.speaker.entity.Speaker;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Approved, signed minutes (with follow-ups, some overdue) and issued certificates for the past
 * demo events, so the follow-up tracker, the NOTULA RAPAT and the verification of a certificate
 * can be tried at once. Minute taker: sumbar.notulis (Fajar Ramadhan); approved by the unit's
 * secretariat. Demo mode only; runs once, after {@link DemoAttendance}.
 */
@ApplicationScoped
public class DemoMinutes {

    private static final Logger LOG = Logger.getLogger(DemoMinutes.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    MinutesDocuments documents;

    @Inject
    CertificateJobs jobs;

    @Inject
    CertificateIssuer issuer;

    @Inject
    AuditLog audit;

    @Inject
    DemoMinutes self;

    @Inject
    FileStore files;

    void onSchemaReady(@Observes @Priority(3000) Migrations.SchemaReady ready) {
        if (Settings.demoMode()) {
            RequestAuditContext.runAsSystem("system:demo-data", () -> {
                List<Long> events = self.minutes();
                for (Long id : events) {
                    jobs.runNow(id, self.holders(id), audit.currentActor(), false);
                }
                if (!events.isEmpty()) {
                    LOG.info("Demo minutes and certificates loaded for " + events.size() + " past events.");
                }
            });
        }
    }

    @Transactional
    public List<Long> minutes() {
        List<Long> done = new ArrayList<>();
        List<Event> past = em.createQuery("select e from Event e where e.status = :s order by e.id", Event.class)
                .setParameter("s", EventStatus.CLOSED).getResultList();
        int n = 0;
        for (Event e : past) {
            if (e.getDays().isEmpty() || em.createQuery("select count(m) from Minutes m where m.eventId = :e", Long.class)
                    .setParameter("e", e.getId()).getSingleResult() > 0) {
                continue;
            }
            EventService.initialize(e);
            populate(e, n++);
            done.add(e.getId());
        }
        return done;
    }

    private void populate(Event e, int salt) {
        Minutes m = new Minutes();
        m.setEventId(e.getId());
        m.setVersionNo(1);
        m.setTaker("sumbar.notulis");
        m.setTakerName("Fajar Ramadhan");
        m.setChairName("Drs. Yulizar Hakim, M.Si.");
        m.setChairPosition("Ketua " + e.getUnit().getName());
        m.setOpening("Rapat dibuka oleh Pimpinan Rapat pukul 09.10 dengan menyampaikan maksud dan tujuan rapat koordinasi, "
                + "dilanjutkan dengan pembacaan tata tertib oleh pembawa acara.");
        m.setSummary("Narasumber memaparkan potensi pelanggaran netralitas ASN menjelang pemilihan, antara lain keterlibatan ASN "
                + "dalam kampanye di media sosial, penggunaan fasilitas negara, dan mobilisasi aparatur desa.\n"
                + "Peserta dari pemerintah daerah menyampaikan kendala dalam menindaklanjuti rekomendasi pengawas, "
                + "terutama keterlambatan penjatuhan sanksi oleh pejabat pembina kepegawaian.");
        m.setPoints("1. Narasumber (Bawaslu): 40 % laporan pelanggaran netralitas berasal dari media sosial.\n"
                + "2. BKPSDM: perlu format laporan tindak lanjut yang seragam antarkabupaten/kota.\n"
                + "3. Sumbang saran peserta (Inspektorat): sosialisasi dilakukan sampai tingkat kecamatan.");
        m.setDecisions("1. Pemerintah daerah menyampaikan laporan tindak lanjut rekomendasi paling lambat 14 hari kerja.\n"
                + "2. Bawaslu menyusun format pelaporan bersama dan membagikannya kepada seluruh peserta.");
        m.setStatus(Minutes.Status.APPROVED);
        m.setApprovedBy("Rina Marlina");
        m.setApprovedAt(e.endsAt() == null ? clock.now() : e.endsAt().plus(Duration.ofDays(2)));
        m.setCreatedAt(m.getApprovedAt().minus(Duration.ofDays(1)));
        m.setUpdatedAt(m.getApprovedAt());
        em.persist(m);
        List<FollowUp> fs = new ArrayList<>();
        var base = m.getApprovedAt().atZone(e.zone()).toLocalDate();
        fs.add(new FollowUp(m.getId(), 1, "Menyusun format laporan tindak lanjut rekomendasi netralitas ASN", "Bawaslu Provinsi (Divisi Pencegahan)",
                base.plusDays(14), salt % 2 == 0 ? FollowUp.Status.DONE : FollowUp.Status.OPEN));
        fs.add(new FollowUp(m.getId(), 2, "Menyampaikan laporan penjatuhan sanksi ASN yang direkomendasikan", "BKPSDM kabupaten/kota",
                base.plusDays(21), FollowUp.Status.OPEN));
        fs.add(new FollowUp(m.getId(), 3, "Sosialisasi netralitas ASN sampai tingkat kecamatan", "Kesbangpol dan Inspektorat",
                base.plusDays(60), FollowUp.Status.OPEN));
        fs.forEach(em::persist);
        m.setTakerPosition("Staf Divisi Pencegahan dan Parmas");
        m.setTakerSignedAt(m.getApprovedAt().minus(Duration.ofHours(3)));
        sessions(e, m);
        documents.sign(e, m, fs, false);
        CertificateDesign d = new CertificateDesign(e.getId());
        d.setSignerName("Drs. Yulizar Hakim, M.Si.");
        d.setSignerPosition("Ketua " + e.getUnit().getName());
        d.setSignerPlace(e.getUnit().getCity());
        d.setUpdatedAt(clock.now());
        em.persist(d);
        // the committee receives PANITIA certificates with the participants (issue 13)
        em.persist(new CommitteeMember(e.getId(), "Rina Marlina, S.Kom.", "Sekretariat " + e.getUnit().getName(), null, clock.now()));
        em.persist(new CommitteeMember(e.getId(), "Fajar Ramadhan, S.H.", "Sekretariat " + e.getUnit().getName(), null, clock.now()));
    }

    /**
     * Per-session records (ADR 0063): a summary, the speakers' points and decisions for every session
     * but the breaks; one participant's sumbang saran taken into the discussion; a photo of the
     * presentation and its caption.
     */
    private void sessions(Event e, Minutes m) {
        EventSession discussion = null;
        EventSession talk = null;
        for (EventSession s : e.getSessions()) {
            if (s.getKind() == SessionKind.ISTIRAHAT) {
                continue;
            }
            String summary = switch (s.getKind()) {
                case SAMBUTAN -> "Pimpinan membuka rapat, menyampaikan maksud dan tujuan rakor serta pentingnya menjaga netralitas ASN.";
                case PAPARAN -> "Narasumber memaparkan pola pelanggaran netralitas ASN, dasar hukumnya, dan tata cara penanganannya.";
                case DISKUSI, SUMBANG_SARAN -> "Peserta menyampaikan tanggapan, pertanyaan dan saran; narasumber menjawab dan merangkum.";
                case PENUTUPAN -> "Pimpinan rapat menyimpulkan hasil rakor dan menutup rapat.";
                default -> "Kegiatan berlangsung sesuai susunan acara.";
            };
            String decisions = switch (s.getKind()) {
                case PAPARAN -> "Materi paparan dibagikan kepada seluruh peserta melalui sekretariat.";
                case DISKUSI, SUMBANG_SARAN -> "Saran peserta dihimpun dalam format laporan tindak lanjut bersama.";
                default -> null;
            };
            em.persist(new MinutesSession(m.getId(), s.getId(), s.getTitle(), summary, decisions));
            int seq = 0;
            for (SessionSpeaker ss : s.getSlots()) {
                Speaker sp = ss.getActualSpeaker();
                em.persist(new MinutesPoint(m.getId(), s.getId(), ++seq, MinutesPoint.By.SPEAKER, sp.displayName(),
                        s.getKind() == SessionKind.PAPARAN ? "Empat puluh persen laporan dugaan pelanggaran netralitas ASN berasal dari media sosial."
                                : "Seluruh jajaran diminta menjaga netralitas dan menindaklanjuti rekomendasi pengawas.", null));
            }
            if (s.getKind() == SessionKind.DISKUSI || s.getKind() == SessionKind.SUMBANG_SARAN) {
                em.persist(new MinutesPoint(m.getId(), s.getId(), ++seq, MinutesPoint.By.PARTICIPANT, "BKPSDM Kabupaten Agam",
                        "Perlu format laporan tindak lanjut yang seragam antarkabupaten/kota.", null));
                if (discussion == null) {
                    discussion = s;
                }
            }
            if (s.getKind() == SessionKind.PAPARAN && talk == null) {
                talk = s;
            }
        }
        EventSession target = discussion != null ? discussion : talk;
        List<Registration> regs = em.createQuery("select r from Registration r where r.event.id = :e and r.status = :c order by r.id",
                Registration.class).setParameter("e", e.getId()).setParameter("c", RegistrationStatus.CONFIRMED).setMaxResults(1).getResultList();
        if (target != null && !regs.isEmpty()) {
            Registration r = regs.get(0);
            Suggestion sg = new Suggestion(e.getId(), r.getId(), target.getId(), Speaker.formatName(null, r.getFrontTitle(), r.getName(),
                    r.getBackTitle()), r.getInstitutionName(), "Sosialisasi netralitas ASN agar dilakukan sampai tingkat kecamatan dan desa, "
                    + "bersama Inspektorat dan camat.", m.getCreatedAt().minus(Duration.ofDays(1)));
            em.persist(sg);
            Integer last = em.createQuery("select max(p.seq) from MinutesPoint p where p.minutesId = :m and p.sessionId = :s", Integer.class)
                    .setParameter("m", m.getId()).setParameter("s", target.getId()).getSingleResult();
            em.persist(new MinutesPoint(m.getId(), target.getId(), (last == null ? 0 : last) + 1, MinutesPoint.By.PARTICIPANT, sg.getByLine(),
                    sg.getBody(), sg.getId()));
        }
        EventSession pictured = talk != null ? talk : target;
        byte[] photo = DemoPhoto.meeting(pictured == null ? e.getTitle() : pictured.getTitle());
        em.persist(new MinutesAttachment(m.getId(), pictured == null ? null : pictured.getId(), 1, "image/jpeg", files.store(photo),
                "foto-sesi.jpg", "Narasumber menyampaikan paparan di hadapan peserta rakor", photo.length));
        em.flush();
    }

    /** Present every day → a participant's certificate; the speakers of the sessions. */
    @Transactional
    public List<CertificateIssuer.Holder> holders(long eventId) {
        Event e = em.find(Event.class, eventId);
        int days = e.getDays().size();
        List<Registration> regs = em.createQuery("select a.registration from Attendance a where a.eventId = :e and a.sessionId is null "
                + "group by a.registration having count(distinct a.dayId) >= :d", Registration.class)
                .setParameter("e", eventId).setParameter("d", (long) days).getResultList();
        Map<String, CertificateIssuer.Holder> out = new LinkedHashMap<>();
        for (Registration r : regs) {
            out.put("R" + r.getId(), new CertificateIssuer.Holder("R" + r.getId(), Speaker.formatName(null, r.getFrontTitle(), r.getName(),
                    r.getBackTitle()), r.getInstitutionName(), r.getEmail(), Certificate.Role.PESERTA));
        }
        for (CertificateIssuer.Holder h : issuer.others(e)) {
            out.putIfAbsent(h.key(), h);
        }
        return new ArrayList<>(out.values());
    }
}
