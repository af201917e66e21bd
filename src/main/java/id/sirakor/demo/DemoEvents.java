package id.sirakor.demo;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.event.entity.EventType;
import id.sirakor.event.entity.SessionKind;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.persistence.Migrations;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.speaker.entity.Speaker;
import id.sirakor.venue.entity.Hall;
import id.sirakor.venue.entity.Venue;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.logging.Logger;

/**
 * The five events of the seed articles, re-created with their real venues and fictional people,
 * plus one upcoming event so the public page has something to show. Demo mode only.
 */
@ApplicationScoped
public class DemoEvents {

    private static final Logger LOG = Logger.getLogger(DemoEvents.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    DemoEvents self;

    void onSchemaReady(@Observes @Priority(2700) Migrations.SchemaReady ready) {
        if (Settings.demoMode()) {
            RequestAuditContext.runAsSystem("system:demo-data", () -> {
                if (self.load()) {
                    LOG.info("Demo events loaded: the five seed events and one upcoming rakor.");
                }
            });
        }
    }

    @Transactional
    public boolean load() {
        if (em.createQuery("select count(e) from Event e", Long.class).getSingleResult() > 0
                || em.createQuery("select count(u) from OrgUnit u", Long.class).getSingleResult() == 0) {
            return false;
        }
        OrgUnit ri = unit("BAWASLU-RI");
        OrgUnit sumbar = unit("BAWASLU-13");
        OrgUnit banjarnegara = unit("BAWASLU-33.04");
        OrgUnit balikpapan = unit("BAWASLU-64.71");

        Venue rocky = venue(sumbar, "Grand Rocky Hotel Bukittinggi", "Jl. Yos Sudarso No. 29, Belakang Balok", "13.75",
                "-0.302650", "100.367720", "Ballroom Minangkabau", 600, 300, 80, 400);
        Hall rockyMeeting = hall(rocky, "Ruang Pagaruyung", 120, 60, 40, 80);
        Venue central = venue(banjarnegara, "Hotel Central Banjarnegara", "Jl. Letjend. Suprapto, Kutabanjarnegara",
                "33.04", "-7.398200", "109.695800", "Convention Hall", 400, 200, 60, 250);
        Venue goldenTulip = venue(balikpapan, "Hotel Golden Tulip Balikpapan", "Jl. Jenderal Sudirman No. 7, Klandasan Ulu",
                "64.71", "-1.275600", "116.829400", "Grand Ballroom", 500, 250, 70, 320);
        Venue jakarta = venue(ri, "Hotel Borobudur Jakarta", "Jl. Lapangan Banteng Selatan No. 1, Sawah Besar", "31.71",
                "-6.171900", "106.835100", "Flores Ballroom", 1500, 800, 120, 1000);

        // Fictional people; positions as in the articles.
        Speaker ketuaSumbar = speaker(sumbar, null, null, "Nurhayati Syafri", "S.H., M.Kn.", "Ketua Bawaslu Provinsi Sumatera Barat", "Bawaslu Provinsi Sumatera Barat");
        Speaker kasn = speaker(sumbar, null, "Drs.", "P. Situmorang", "M.M.", "Asisten KASN Bidang NKK-NET", "Komisi Aparatur Sipil Negara");
        Speaker kordivSumbar = speaker(sumbar, null, null, "Vino Arfianto", "S.H.", "Koordinator Divisi Penanganan Pelanggaran, Data dan Informasi Bawaslu Provinsi Sumatera Barat", "Bawaslu Provinsi Sumatera Barat");
        Speaker pemprov = speaker(sumbar, null, "Dr.", "Hendra Gunawan", "M.Si.", "Kepala Badan Kesatuan Bangsa dan Politik Provinsi Sumatera Barat", "Pemerintah Provinsi Sumatera Barat");
        em.createQuery("select u from AppUser u where u.username = 'narasumber.demo'", id.sirakor.identity.entity.AppUser.class)
                .getResultList().forEach(pemprov::setUser);
        Speaker akademisi = speaker(sumbar, null, "Dr.", "Rina Oktaviani", "S.IP., M.A.", "Dosen Ilmu Politik", "Universitas Andalas");
        Speaker ketuaRi = speaker(ri, null, "Dr.", "Rahmad Baskara", "S.H., LL.M.", "Ketua Badan Pengawas Pemilihan Umum Republik Indonesia", "Bawaslu RI");
        Speaker mendagri = speaker(ri, null, "Drs.", "Sutrisno Wibowo", "M.Si.", "Direktur Jenderal Politik dan Pemerintahan Umum", "Kementerian Dalam Negeri");
        Speaker pjBupati = speaker(banjarnegara, null, null, "Tri Hartono Widiarto", "S.H.", "Pj Bupati Banjarnegara", "Pemerintah Kabupaten Banjarnegara");
        Speaker bakesbangpol = speaker(banjarnegara, null, null, "Teguh Sumarno", "S.Sos.", "Kepala Bakesbangpol Kabupaten Banjarnegara", "Pemerintah Kabupaten Banjarnegara");
        Speaker jaksa = speaker(banjarnegara, null, null, "Agus Priyanto", "S.H., M.H.", "Purna Kasipidum Kejaksaan Negeri Banjarnegara", "Kejaksaan Negeri Banjarnegara");
        Speaker dosen = speaker(banjarnegara, null, "Dr.", "Sri Widyaningrum", "M.Si.", "Dosen", "Universitas Jenderal Soedirman");
        Speaker ketuaBna = speaker(banjarnegara, null, null, "Sardi Wiratmo", "M.M., M.H.", "Ketua Bawaslu Kabupaten Banjarnegara", "Bawaslu Kabupaten Banjarnegara");
        Speaker sindikasi = speaker(balikpapan, null, null, "Eko Kurniadi", null, "Direktur Eksekutif Sindikasi Pemilu dan Demokrasi", "Sindikasi Pemilu dan Demokrasi");
        Speaker polresta = speaker(balikpapan, "AKP", null, "Dodi Purnomo", null, "Kabag Operasional Polresta Balikpapan", "Polresta Balikpapan");
        Speaker ketuaBpp = speaker(balikpapan, null, null, "Ahmad Fauzan", "S.Pd.", "Ketua Bawaslu Kota Balikpapan", "Bawaslu Kota Balikpapan");

        Event e1 = event(sumbar, EventType.RAKOR, "Rapat Koordinasi Penanganan Pelanggaran Netralitas ASN pada Pemilu Serentak 2024",
                "Kolaborasi pemangku kepentingan dalam penegakan netralitas ASN",
                "Rakor bersama Bawaslu kabupaten/kota, BKPSDM kabupaten/kota se-Sumatera Barat dan KASN, serta sosialisasi Keputusan Bersama tentang Pedoman Pembinaan dan Pengawasan Netralitas Pegawai ASN.",
                200, EventStatus.CLOSED);
        EventDay d1a = day(e1, LocalDate.of(2023, 3, 15), rocky.getHalls().get(0), 8, 0, 17, 0);
        EventDay d1b = day(e1, LocalDate.of(2023, 3, 16), rocky.getHalls().get(0), 8, 0, 12, 0);
        session(e1, d1a, 8, 30, 9, 0, "Pembukaan dan Sambutan Ketua Bawaslu Provinsi Sumatera Barat", SessionKind.SAMBUTAN, null, slot(ketuaSumbar, null));
        session(e1, d1a, 9, 0, 11, 0, "Perilaku ASN sebelum, selama dan sesudah Pilkada 2020", SessionKind.PAPARAN, kordivSumbar, slot(kasn, null));
        session(e1, d1a, 11, 0, 12, 0, "Diskusi dan tanya jawab", SessionKind.DISKUSI, kordivSumbar);
        session(e1, d1a, 12, 0, 13, 0, "Istirahat, salat dan makan siang", SessionKind.ISTIRAHAT, null);
        session(e1, d1b, 8, 30, 10, 30, "Sumbang saran pencegahan pelanggaran netralitas ASN", SessionKind.SUMBANG_SARAN, kordivSumbar);
        session(e1, d1b, 10, 30, 11, 0, "Penutupan", SessionKind.PENUTUPAN, null, slot(ketuaSumbar, null));

        Event e2 = event(ri, EventType.RAKORNAS, "Rapat Koordinasi Nasional Kesiapan Kepala Daerah Menjaga Netralitas ASN pada Pemilihan Serentak 2024",
                "Sinergi Bawaslu, pemerintah daerah dan pemangku kepentingan", null, 1000, EventStatus.CLOSED);
        EventDay d2 = day(e2, LocalDate.of(2024, 9, 17), jakarta.getHalls().get(0), 8, 0, 16, 0);
        session(e2, d2, 9, 0, 10, 0, "Sambutan Ketua Bawaslu RI", SessionKind.SAMBUTAN, null, slot(ketuaRi, null));
        session(e2, d2, 10, 0, 12, 0, "Indeks Kerawanan Pemilihan dan netralitas ASN", SessionKind.PAPARAN, null, slot(ketuaRi, null), slot(mendagri, null));
        session(e2, d2, 13, 0, 14, 0, "Deklarasi Kepala Daerah Menjaga Netralitas ASN", SessionKind.LAINNYA, null);

        Event e3 = event(banjarnegara, EventType.RAKOR, "Rapat Koordinasi bersama OPD: Mewujudkan Netralitas ASN pada Pemilu 2024",
                "Netralitas ASN, TNI dan Polri di Kabupaten Banjarnegara",
                "Peserta: camat se-Kabupaten Banjarnegara, kepala OPD, Kejaksaan, TNI, Polri, Pengadilan Negeri, Pengadilan Agama, Kantor Kementerian Agama dan BPN.",
                150, EventStatus.CLOSED);
        EventDay d3 = day(e3, LocalDate.of(2023, 5, 24), central.getHalls().get(0), 8, 0, 14, 0);
        session(e3, d3, 8, 30, 9, 0, "Sambutan Ketua Bawaslu Kabupaten Banjarnegara", SessionKind.SAMBUTAN, null, slot(ketuaBna, null));
        session(e3, d3, 9, 0, 10, 0, "Peran pemerintah daerah dalam menjaga netralitas ASN", SessionKind.PAPARAN, null, slot(pjBupati, bakesbangpol));
        session(e3, d3, 10, 0, 11, 0, "Penegakan hukum pidana pemilu", SessionKind.PAPARAN, null, slot(jaksa, null));
        session(e3, d3, 11, 0, 12, 0, "Netralitas ASN dalam perspektif akademik", SessionKind.PAPARAN, null, slot(dosen, null));
        session(e3, d3, 12, 0, 13, 0, "Diskusi", SessionKind.DISKUSI, ketuaBna);

        Event e4 = event(sumbar, EventType.RAKOR, "Rapat Koordinasi Netralitas Kepala Desa/Wali Nagari/Lurah pada Pemilihan Serentak 2024 di Sumatera Barat",
                "Kepala desa, wali nagari dan lurah menjaga netralitas", null, 300, EventStatus.CLOSED);
        EventDay d4a = day(e4, LocalDate.of(2024, 10, 15), rocky.getHalls().get(0), 8, 0, 17, 0);
        EventDay d4b = day(e4, LocalDate.of(2024, 10, 16), rocky.getHalls().get(0), 8, 0, 12, 0);
        session(e4, d4a, 9, 0, 9, 30, "Pembukaan", SessionKind.SAMBUTAN, null, slot(kordivSumbar, null));
        session(e4, d4a, 9, 30, 11, 30, "Larangan keterlibatan dalam kampanye pasangan calon", SessionKind.PAPARAN, null, slot(pemprov, null));
        session(e4, d4b, 8, 30, 10, 30, "Netralitas aparatur desa: kajian akademik", SessionKind.PAPARAN, null, slot(akademisi, null));

        Event e5 = event(balikpapan, EventType.RAKOR_KONSOLIDASI, "Rakor Konsolidasi Pelaksanaan Tahapan Pilkada Tahun 2024 bersama Stakeholder Balikpapan",
                "Pengawasan Pilkada butuh keterlibatan semua pihak", null, 120, EventStatus.CLOSED);
        EventDay d5 = day(e5, LocalDate.of(2024, 9, 2), goldenTulip.getHalls().get(0), 9, 0, 15, 0);
        session(e5, d5, 9, 0, 9, 30, "Sambutan Ketua Bawaslu Kota Balikpapan", SessionKind.SAMBUTAN, null, slot(ketuaBpp, null));
        session(e5, d5, 9, 30, 11, 0, "Mitigasi kerawanan dan netralitas ASN di media sosial", SessionKind.PAPARAN, null, slot(sindikasi, null));
        session(e5, d5, 11, 0, 12, 0, "Pengamanan tahapan Pilkada", SessionKind.PAPARAN, null, slot(polresta, null));

        LocalDate upcoming = clock.now().atZone(IndonesianTime.WIB).toLocalDate().plusDays(21);
        Event e6 = event(sumbar, EventType.RAKOR, "Rapat Koordinasi Evaluasi Pengawasan Netralitas ASN",
                "Pelajaran dari Pemilihan Serentak 2024", null, 120, EventStatus.PUBLISHED);
        EventDay d6 = day(e6, upcoming, rockyMeeting, 8, 0, 15, 0);
        session(e6, d6, 9, 0, 9, 30, "Pembukaan", SessionKind.SAMBUTAN, null, slot(ketuaSumbar, null));
        session(e6, d6, 9, 30, 11, 30, "Evaluasi penanganan pelanggaran netralitas ASN", SessionKind.PAPARAN, akademisi, slot(kordivSumbar, null), slot(kasn, null));
        session(e6, d6, 11, 30, 12, 30, "Peran pemerintah provinsi dalam pembinaan ASN", SessionKind.PAPARAN, null, slot(pemprov, null));
        // the demo door staff works the door of the coming rakor (ADR 0033)
        em.createQuery("select u from AppUser u where u.username = 'petugas.demo'", id.sirakor.identity.entity.AppUser.class)
                .getResultList().forEach(u -> u.setAssignedEvent(e6));
        e6.setLetterSubject("Undangan Rapat Koordinasi");
        e6.setLetterNature("Penting");
        e6.setLetterCopies("Ketua Bawaslu Republik Indonesia\nGubernur Sumatera Barat");
        // every BKPSDM of Sumatera Barat is invited with two seats; the demo operator acts for Agam's
        List<id.sirakor.institution.entity.Institution> bkpsdm = em.createQuery("select i from Institution i join i.region r"
                + " where i.type = :t and r.code like '13.%' order by i.name", id.sirakor.institution.entity.Institution.class)
                .setParameter("t", id.sirakor.institution.entity.InstitutionType.BKPSDM).getResultList();
        for (var n : bkpsdm) {
            var inv = new id.sirakor.registration.entity.Invitation();
            inv.setEvent(e6);
            inv.setInstitution(n);
            inv.setQuota(2);
            inv.setStatus("CREATED");
            inv.setCreatedAt(clock.now());
            em.persist(inv);
            if (n.getName().endsWith("Kabupaten Agam")) {
                em.createQuery("select u from AppUser u where u.username = 'operator.bkpsdm'", id.sirakor.identity.entity.AppUser.class)
                        .getResultList().forEach(u -> u.setInstitution(n));
            }
        }
        return true;
    }

    private OrgUnit unit(String code) {
        return em.createQuery("select u from OrgUnit u where u.code = :c", OrgUnit.class).setParameter("c", code).getSingleResult();
    }

    private Venue venue(OrgUnit owner, String name, String address, String region, String lat, String lon, String hallName,
                        int theatre, int classroom, int ushape, int round) {
        Venue v = new Venue();
        v.setOwnerUnit(owner);
        v.setName(name);
        v.setAddress(address);
        v.setRegionCode(region);
        v.setTimeZone(IndonesianTime.zoneOfProvince(region).getId());
        v.setLatitude(new BigDecimal(lat));
        v.setLongitude(new BigDecimal(lon));
        v.setPhone("+62751000000");
        v.setCreatedAt(clock.now());
        v.setUpdatedAt(v.getCreatedAt());
        em.persist(v);
        hall(v, hallName, theatre, classroom, ushape, round);
        em.flush();
        audit.record("venue.create", "Venue", v.getId(), owner.getId(), name, null, v.snapshot());
        return v;
    }

    private Hall hall(Venue v, String name, int theatre, int classroom, int ushape, int round) {
        Hall h = new Hall();
        h.setVenue(v);
        h.setName(name);
        h.setCapacityTheatre(theatre);
        h.setCapacityClassroom(classroom);
        h.setCapacityUshape(ushape);
        h.setCapacityRoundtable(round);
        v.getHalls().add(h);
        em.persist(h);
        return h;
    }

    private Speaker speaker(OrgUnit owner, String rank, String front, String name, String back, String position, String institution) {
        Speaker s = new Speaker();
        s.setOwnerUnit(owner);
        s.setRankTitle(rank);
        s.setFrontTitle(front);
        s.setName(name);
        s.setBackTitle(back);
        s.setPosition(position);
        s.setInstitutionName(institution);
        s.setCreatedAt(clock.now());
        s.setUpdatedAt(s.getCreatedAt());
        em.persist(s);
        return s;
    }

    private Event event(OrgUnit unit, EventType type, String title, String theme, String description, int capacity,
                        EventStatus status) {
        Event e = new Event();
        e.setUnit(unit);
        e.setType(type);
        e.setTitle(title);
        e.setTheme(theme);
        e.setDescription(description);
        e.setCapacity(capacity);
        e.setStatus(status);
        e.setTimeZone(IndonesianTime.zoneOfProvince(unit.getRegionCode() == null ? "31" : unit.getRegionCode()).getId());
        e.setSlug(slug(title));
        e.setCreatedAt(clock.now());
        e.setUpdatedAt(e.getCreatedAt());
        e.setPublishedAt(status == EventStatus.DRAFT ? null : clock.now());
        em.persist(e);
        em.flush();
        audit.record("event.create", "Event", e.getId(), unit.getId(), title, null, e.snapshot());
        return e;
    }

    private static String slug(String title) {
        String s = title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 100 ? s.substring(0, 100).replaceAll("-$", "") : s;
    }

    private EventDay day(Event e, LocalDate date, Hall hall, int h1, int m1, int h2, int m2) {
        ZoneId zone = hall.getVenue().zone();
        e.setTimeZone(zone.getId());
        EventDay d = new EventDay();
        d.setEvent(e);
        d.setDayDate(date);
        d.setHall(hall);
        d.setStartsAt(date.atTime(LocalTime.of(h1, m1)).atZone(zone).toInstant());
        d.setEndsAt(date.atTime(LocalTime.of(h2, m2)).atZone(zone).toInstant());
        e.getDays().add(d);
        em.persist(d);
        return d;
    }

    private record Slot(Speaker official, Speaker representative) {
    }

    private static Slot slot(Speaker official, Speaker representative) {
        return new Slot(official, representative);
    }

    private void session(Event e, EventDay d, int h1, int m1, int h2, int m2, String title, SessionKind kind,
                         Speaker moderator, Slot... slots) {
        ZoneId zone = e.zone();
        EventSession s = new EventSession();
        s.setEvent(e);
        s.setDay(d);
        s.setStartsAt(d.getDayDate().atTime(LocalTime.of(h1, m1)).atZone(zone).toInstant());
        s.setEndsAt(d.getDayDate().atTime(LocalTime.of(h2, m2)).atZone(zone).toInstant());
        s.setTitle(title);
        s.setKind(kind);
        s.setModerator(moderator);
        int i = 0;
        for (Slot sl : slots) {
            SessionSpeaker ss = new SessionSpeaker();
            ss.setSession(s);
            ss.setSpeaker(sl.official());
            ss.setRepresentedBy(sl.representative());
            ss.setSortOrder(i++);
            s.getSlots().add(ss);
        }
        e.getSessions().add(s);
        em.persist(s);
    }
}
