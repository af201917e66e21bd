package id.sirakor.report.control;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.event.entity.SpeakerMaterial;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.minutes.control.MinutesSessions;
import id.sirakor.minutes.entity.FollowUp;
import id.sirakor.minutes.entity.Minutes;
import id.sirakor.minutes.entity.MinutesPoint;
import id.sirakor.photo.control.EventPhotos;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.document.UnitLetterheads;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.verification.Verifications;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.report.entity.EventReport;
import id.sirakor.speaker.entity.Speaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The laporan kegiatan of an event (ADR 0091): the texts the secretariat writes, prefilled from the
 * event's data the first time, and the whole content of the report read from what Sirakor holds.
 * <p>Who: staff (SEKRETARIAT, ADMIN) of the event's unit or a unit above read it, the event's own
 * secretariat (or ADMIN) writes and finalizes it. NOTULIS, NARASUMBER, OPERATOR_INSTANSI and PETUGAS
 * get 403: the report carries the daftar hadir, with the participants' phone numbers
 * (docs/access.md).
 */
@ApplicationScoped
@Transactional
public class ReportService {

    /** Bounds of the texts, in characters (all TEXT columns). */
    public static final int BACKGROUND_MAX = 8000;
    public static final int LEGAL_BASIS_MAX = 4000;
    public static final int LEGAL_BASIS_LINES = 30;
    public static final int PURPOSE_MAX = 4000;
    public static final int CONCLUSION_MAX = 8000;
    public static final int RECOMMENDATION_MAX = 8000;

    private static final Locale ID = Messages.INDONESIAN;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    MinutesSessions minutesSessions;

    @Inject
    EventPhotos photos;

    @Inject
    Verifications verifications;

    /** The texts as edited; {@code version} is the record's version for optimistic locking (0 before the first save). */
    public record Texts(String background, String legalBasis, String purpose, String conclusion, String recommendation) {
    }

    /** The report's texts and state, for the page and the API. */
    public record View(long eventId, String eventTitle, Texts texts, long version, boolean saved, boolean writable, String updatedBy,
                       Instant updatedAt, boolean finalized, String verifyCode, Instant signedAt, String signedBy, Summary summary) {
    }

    /** What the generated chapters will hold, for the page before anyone downloads the PDF. */
    public record Summary(int days, int sessions, long invited, long registered, long present, int speakers, String minutesStatus,
                         boolean minutesApproved, int sessionResults, int followUps, int photos, boolean invitationLetter,
                         int daftarHadirDays, String signerName, String signerPosition) implements java.io.Serializable {
    }

    // ---- access -----------------------------------------------------------------------------

    /** Staff of the event's unit or a unit above: 403 by role, 404 when not visible. */
    public Event readable(long eventId) {
        scope.requireStaff();
        Event e = em.find(Event.class, eventId);
        if (e == null || !scope.canRead(e.getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        EventService.initialize(e);
        return e;
    }

    /** The event's own secretariat or ADMIN; not for a cancelled event. */
    public Event writable(long eventId) {
        Event e = readable(eventId);
        if (!scope.canManage(e.getUnit())) {
            throw BusinessException.forbidden("error.readOnlyUnit", e.getUnit().getName());
        }
        if (e.getStatus() == EventStatus.CANCELLED) {
            throw BusinessException.conflict("event.cancelledRefused");
        }
        return e;
    }

    public boolean canWrite(Event e) {
        return scope.canManage(e.getUnit()) && e.getStatus() != EventStatus.CANCELLED;
    }

    // ---- the texts --------------------------------------------------------------------------

    public EventReport record(long eventId) {
        List<EventReport> l = em.createQuery("select r from EventReport r where r.eventId = :e", EventReport.class)
                .setParameter("e", eventId).getResultList();
        return l.isEmpty() ? null : l.get(0);
    }

    public View view(long eventId) {
        Event e = readable(eventId);
        EventReport r = record(eventId);
        Texts t = r == null ? defaults(e) : new Texts(r.getBackground(), r.getLegalBasis(), r.getPurpose(), r.getConclusion(),
                r.getRecommendation());
        return new View(e.getId(), e.getTitle(), t, r == null ? 0 : r.getVersion(), r != null, canWrite(e),
                r == null ? null : r.getUpdatedBy(), r == null ? null : r.getUpdatedAt(), r != null && r.isFinal(),
                r == null ? null : r.getVerifyCode(), r == null ? null : r.getSignedAt(), r == null ? null : r.getSignedBy(), summary(e));
    }

    /**
     * Saves the texts, all or nothing. A finalized report goes back to draft: its signed PDF is no
     * longer the report, and its verification entry is revoked.
     *
     * @param expectedVersion the version the editor started from, or null to skip the check
     */
    public View save(long eventId, Texts in, Long expectedVersion) {
        Event e = writable(eventId);
        Texts t = check(in);
        EventReport r = record(eventId);
        if (r != null && expectedVersion != null && r.getVersion() != expectedVersion) {
            throw BusinessException.conflict("report.changedMeanwhile");
        }
        Map<String, Object> before = r == null ? null : r.snapshot();
        if (r == null) {
            r = new EventReport(eventId);
        }
        r.setBackground(t.background());
        r.setLegalBasis(t.legalBasis());
        r.setPurpose(t.purpose());
        r.setConclusion(t.conclusion());
        r.setRecommendation(t.recommendation());
        if (r.isFinal()) {
            verifications.revoke(r.getVerifyCode(), clock.now(), "Laporan kegiatan diubah setelah ditandatangani");
            r.setFileKey(null);
            r.setVerifyCode(null);
            r.setSignedAt(null);
            r.setSignedBy(null);
        }
        r.setUpdatedBy(scope.user().username());
        r.setUpdatedAt(clock.now());
        if (r.getId() == null) {
            em.persist(r);
        }
        em.flush();
        audit.record("report.save", "EventReport", r.getId(), e.getUnit().getId(), e.getTitle(), before, r.snapshot());
        return view(eventId);
    }

    /** Trims, bounds and requires the texts; the first fault names its field. */
    public static Texts check(Texts in) {
        if (in == null) {
            throw BusinessException.invalid("background", "report.textRequired");
        }
        String background = required("background", in.background(), BACKGROUND_MAX);
        String legal = optional("legalBasis", in.legalBasis(), LEGAL_BASIS_MAX);
        List<String> lines = legalLines(legal);
        if (lines.size() > LEGAL_BASIS_LINES) {
            throw BusinessException.invalid("legalBasis", "report.legalBasisLines", LEGAL_BASIS_LINES);
        }
        String purpose = required("purpose", in.purpose(), PURPOSE_MAX);
        String conclusion = required("conclusion", in.conclusion(), CONCLUSION_MAX);
        String recommendation = optional("recommendation", in.recommendation(), RECOMMENDATION_MAX);
        return new Texts(background, String.join("\n", lines), purpose, conclusion, recommendation);
    }

    private static String required(String field, String s, int max) {
        String v = optional(field, s, max);
        if (v.isEmpty()) {
            throw BusinessException.invalid(field, "report.textRequired");
        }
        return v;
    }

    private static String optional(String field, String s, int max) {
        String v = s == null ? "" : s.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (v.length() > max) {
            throw BusinessException.invalid(field, "report.textTooLong", max);
        }
        if (v.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            throw BusinessException.invalid(field, "report.textControl");
        }
        return v;
    }

    /** The dasar hukum as a list: one per line, blank lines and list numbers ("1.", "a)") dropped. */
    public static List<String> legalLines(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            String l = line.strip().replaceFirst("^(\\d{1,2}|[a-z])[.)]\\s+", "").strip();
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    /** Texts that make a first report that is never empty, from the event's data. */
    public Texts defaults(Event e) {
        String type = Messages.get(ID, "type." + e.getType().name());
        String theme = blank(e.getTheme()) ? null : e.getTheme().strip();
        StringBuilder bg = new StringBuilder();
        bg.append(e.getUnit().getName()).append(" menyelenggarakan ").append(type).append(" \"").append(e.getTitle()).append("\"");
        bg.append(theme == null ? "." : " dengan tema \"" + theme + "\".");
        if (!blank(e.getDescription())) {
            bg.append("\n").append(e.getDescription().strip());
        }
        List<String> legal = new ArrayList<>();
        if (e.getUnit().getName().toLowerCase(Locale.ROOT).contains("pengawas pemilihan umum")
                || e.getUnit().getName().toLowerCase(Locale.ROOT).contains("bawaslu")) {
            legal.add("Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum");
        }
        String year = year(e);
        legal.add("Daftar Isian Pelaksanaan Anggaran (DIPA) " + e.getUnit().getName() + (year == null ? "" : " Tahun Anggaran " + year)
                + (blank(e.getBudgetLine()) ? "" : ", " + e.getBudgetLine().strip()));
        String purpose = "Maksud kegiatan ini adalah menyelenggarakan " + type + " \"" + e.getTitle() + "\".\nTujuan kegiatan ini adalah "
                + (theme == null ? "menyamakan persepsi dan memperkuat koordinasi antarinstansi" : lowerFirst(theme)) + ".";
        Summary s = summary(e);
        String conclusion = "Kegiatan telah dilaksanakan sesuai jadwal dan dihadiri oleh " + s.present() + " peserta dari "
                + s.registered() + " peserta terdaftar. Hasil pembahasan dan keputusan rapat dimuat dalam Bab III.";
        String recommendation = s.followUps() == 0 ? ""
                : "Tindak lanjut hasil rapat sebagaimana tercantum dalam Bab III agar dilaksanakan oleh masing-masing penanggung jawab "
                        + "sesuai batas waktu yang disepakati.";
        return new Texts(bg.toString(), String.join("\n", legal), purpose, conclusion, recommendation);
    }

    private static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String year(Event e) {
        return e.getDays().isEmpty() ? null : String.valueOf(e.getDays().get(0).getDayDate().getYear());
    }

    // ---- what the system holds ---------------------------------------------------------------

    /** The latest approved minutes (the one with a signed file), or null. */
    public Minutes approvedMinutes(long eventId) {
        List<Minutes> l = em.createQuery("select m from Minutes m where m.eventId = :e and m.fileKey is not null order by m.versionNo desc",
                Minutes.class).setParameter("e", eventId).setMaxResults(1).getResultList();
        return l.isEmpty() ? null : l.get(0);
    }

    public Minutes latestMinutes(long eventId) {
        List<Minutes> l = em.createQuery("select m from Minutes m where m.eventId = :e order by m.versionNo desc", Minutes.class)
                .setParameter("e", eventId).setMaxResults(1).getResultList();
        return l.isEmpty() ? null : l.get(0);
    }

    public String minutesStatus(long eventId) {
        Minutes latest = latestMinutes(eventId);
        Minutes approved = approvedMinutes(eventId);
        if (latest == null) {
            return "Notula belum dibuat";
        }
        if (approved == null) {
            return "Notula versi " + latest.getVersionNo() + " belum disetujui";
        }
        String s = "Notula versi " + approved.getVersionNo() + " disetujui";
        if (latest.getVersionNo() > approved.getVersionNo()) {
            s += " (versi " + latest.getVersionNo() + " sedang diubah dan belum disetujui)";
        }
        return s;
    }

    /**
     * People per institution type: invited = the invitations' quotas, registered = confirmed
     * registrations, present = registrations with at least one attendance record (a day or a
     * session), as the daftar hadir counts them. The type is the directory institution's; a
     * registration typed in by hand (no directory institution) is classed by its institution's
     * name ({@link #typeOf}), else LAINNYA.
     */
    public List<ReportContent.ParticipantRow> participants(long eventId) {
        Map<InstitutionType, long[]> m = new EnumMap<>(InstitutionType.class);
        for (Object[] a : em.createQuery("select i.institution.type, sum(i.quota) from Invitation i where i.event.id = :e"
                + " group by i.institution.type", Object[].class).setParameter("e", eventId).getResultList()) {
            row(m, (InstitutionType) a[0])[0] += ((Number) a[1]).longValue();
        }
        for (Object[] a : em.createQuery("select i.type, r.institutionName from Registration r left join r.institution i"
                + " where r.event.id = :e and r.status = :s", Object[].class).setParameter("e", eventId)
                .setParameter("s", RegistrationStatus.CONFIRMED).getResultList()) {
            row(m, typeOf((InstitutionType) a[0], (String) a[1]))[1]++;
        }
        for (Object[] a : em.createQuery("select distinct r.id, i.type, r.institutionName from Attendance a join a.registration r"
                + " left join r.institution i where a.eventId = :e", Object[].class).setParameter("e", eventId).getResultList()) {
            row(m, typeOf((InstitutionType) a[1], (String) a[2]))[2]++;
        }
        List<ReportContent.ParticipantRow> rows = new ArrayList<>();
        m.forEach((type, c) -> rows.add(new ReportContent.ParticipantRow(Messages.get(ID, "institutionType." + type.name()), c[0], c[1], c[2])));
        return rows;
    }

    /** Name beginnings that say an institution's type, most specific first ("Badan Kepegawaian Negara" before "Badan"). */
    private static final List<Map.Entry<String, InstitutionType>> NAME_STARTS = List.of(
            Map.entry("BAWASLU", InstitutionType.BAWASLU), Map.entry("BADAN PENGAWAS PEMILIHAN UMUM", InstitutionType.BAWASLU),
            Map.entry("PANWASLU", InstitutionType.BAWASLU), Map.entry("PANWASCAM", InstitutionType.BAWASLU),
            Map.entry("BADAN KEPEGAWAIAN NEGARA", InstitutionType.KASN_BKN), Map.entry("KANTOR REGIONAL BKN", InstitutionType.KASN_BKN),
            Map.entry("KASN", InstitutionType.KASN_BKN), Map.entry("BKN", InstitutionType.KASN_BKN),
            Map.entry("BKPSDM", InstitutionType.BKPSDM), Map.entry("BKPSDMD", InstitutionType.BKPSDM), Map.entry("BKD", InstitutionType.BKPSDM),
            Map.entry("BKPP", InstitutionType.BKPSDM), Map.entry("BADAN KEPEGAWAIAN", InstitutionType.BKPSDM),
            Map.entry("KEJAKSAAN", InstitutionType.KEJAKSAAN), Map.entry("KEJARI", InstitutionType.KEJAKSAAN),
            Map.entry("KEJATI", InstitutionType.KEJAKSAAN),
            Map.entry("KODIM", InstitutionType.TNI), Map.entry("KOREM", InstitutionType.TNI), Map.entry("KODAM", InstitutionType.TNI),
            Map.entry("KORAMIL", InstitutionType.TNI), Map.entry("TNI", InstitutionType.TNI), Map.entry("LANAL", InstitutionType.TNI),
            Map.entry("LANUD", InstitutionType.TNI),
            Map.entry("POLRES", InstitutionType.POLRI), Map.entry("POLRESTA", InstitutionType.POLRI), Map.entry("POLDA", InstitutionType.POLRI),
            Map.entry("POLSEK", InstitutionType.POLRI), Map.entry("KEPOLISIAN", InstitutionType.POLRI), Map.entry("POLRI", InstitutionType.POLRI),
            Map.entry("PENGADILAN NEGERI", InstitutionType.PENGADILAN_NEGERI), Map.entry("PENGADILAN AGAMA", InstitutionType.PENGADILAN_AGAMA),
            Map.entry("KANTOR KEMENTERIAN AGAMA", InstitutionType.KEMENAG), Map.entry("KANWIL KEMENTERIAN AGAMA", InstitutionType.KEMENAG),
            Map.entry("KEMENAG", InstitutionType.KEMENAG), Map.entry("KEMENTERIAN AGAMA", InstitutionType.KEMENAG),
            Map.entry("KANTOR PERTANAHAN", InstitutionType.BPN), Map.entry("BADAN PERTANAHAN", InstitutionType.BPN), Map.entry("BPN", InstitutionType.BPN), Map.entry("ATR/BPN", InstitutionType.BPN),
            Map.entry("KECAMATAN", InstitutionType.KECAMATAN), Map.entry("CAMAT", InstitutionType.KECAMATAN),
            Map.entry("NAGARI", InstitutionType.DESA), Map.entry("WALI NAGARI", InstitutionType.DESA), Map.entry("PEMERINTAH NAGARI", InstitutionType.DESA),
            Map.entry("DESA", InstitutionType.DESA), Map.entry("PEMERINTAH DESA", InstitutionType.DESA), Map.entry("KEPALA DESA", InstitutionType.DESA),
            Map.entry("KELURAHAN", InstitutionType.DESA), Map.entry("LURAH", InstitutionType.DESA), Map.entry("KAMPUNG", InstitutionType.DESA),
            Map.entry("GAMPONG", InstitutionType.DESA),
            Map.entry("UNIVERSITAS", InstitutionType.UNIVERSITAS), Map.entry("INSTITUT", InstitutionType.UNIVERSITAS),
            Map.entry("POLITEKNIK", InstitutionType.UNIVERSITAS), Map.entry("SEKOLAH TINGGI", InstitutionType.UNIVERSITAS),
            Map.entry("UIN", InstitutionType.UNIVERSITAS), Map.entry("IAIN", InstitutionType.UNIVERSITAS),
            Map.entry("LSM", InstitutionType.LSM), Map.entry("YAYASAN", InstitutionType.LSM), Map.entry("PERKUMPULAN", InstitutionType.LSM),
            Map.entry("ORMAS", InstitutionType.LSM),
            Map.entry("DINAS", InstitutionType.OPD), Map.entry("INSPEKTORAT", InstitutionType.OPD), Map.entry("KESBANGPOL", InstitutionType.OPD),
            Map.entry("BAKESBANGPOL", InstitutionType.OPD), Map.entry("BADAN KESATUAN BANGSA", InstitutionType.OPD),
            Map.entry("SEKRETARIAT DAERAH", InstitutionType.OPD), Map.entry("SETDA", InstitutionType.OPD), Map.entry("BAPPEDA", InstitutionType.OPD),
            Map.entry("SATPOL PP", InstitutionType.OPD), Map.entry("SATUAN POLISI PAMONG PRAJA", InstitutionType.OPD),
            Map.entry("BPBD", InstitutionType.OPD), Map.entry("PEMERINTAH KABUPATEN", InstitutionType.OPD),
            Map.entry("PEMERINTAH KOTA", InstitutionType.OPD), Map.entry("PEMERINTAH PROVINSI", InstitutionType.OPD),
            Map.entry("PEMKAB", InstitutionType.OPD), Map.entry("PEMKOT", InstitutionType.OPD), Map.entry("PEMPROV", InstitutionType.OPD),
            Map.entry("BADAN", InstitutionType.OPD));

    /**
     * The type a participant counts under: the directory institution's, else read from the name
     * the participant typed ("Inspektorat Kota Padang" → OPD, "Polres Agam" → POLRI), else LAINNYA.
     */
    public static InstitutionType typeOf(InstitutionType directory, String institutionName) {
        if (directory != null) {
            return directory;
        }
        if (institutionName == null || institutionName.isBlank()) {
            return InstitutionType.LAINNYA;
        }
        String n = institutionName.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        for (Map.Entry<String, InstitutionType> e : NAME_STARTS) {
            String k = e.getKey();
            if (n.equals(k) || n.startsWith(k + " ") || n.startsWith(k + "/") || n.startsWith(k + ",")) {
                return e.getValue();
            }
        }
        return InstitutionType.LAINNYA;
    }

    private static long[] row(Map<InstitutionType, long[]> m, InstitutionType t) {
        return m.computeIfAbsent(t == null ? InstitutionType.LAINNYA : t, k -> new long[3]);
    }

    static ReportContent.ParticipantRow total(List<ReportContent.ParticipantRow> rows) {
        long i = 0;
        long r = 0;
        long p = 0;
        for (ReportContent.ParticipantRow x : rows) {
            i += x.invited();
            r += x.registered();
            p += x.present();
        }
        return new ReportContent.ParticipantRow("Jumlah", i, r, p);
    }

    public List<ReportContent.SpeakerRow> speakers(Event e) {
        List<SpeakerMaterial> materials = em.createQuery("select m from SpeakerMaterial m join fetch m.speaker join m.session s"
                + " where s.event.id = :e order by m.uploadedAt, m.id", SpeakerMaterial.class).setParameter("e", e.getId()).getResultList();
        List<ReportContent.SpeakerRow> rows = new ArrayList<>();
        for (EventSession s : e.getSessions()) {
            String when = IndonesianTime.shortDate(s.getStartsAt().atZone(e.zone()).toLocalDate(), ID) + ", "
                    + IndonesianTime.timeRange(s.getStartsAt(), s.getEndsAt(), e.zone(), ID);
            for (SessionSpeaker sl : s.getSlots()) {
                Speaker sp = sl.getActualSpeaker();
                String name = sp.displayName();
                if (sl.getRepresentedBy() != null) {
                    name += " (mewakili " + sl.getSpeaker().displayName() + ")";
                }
                rows.add(new ReportContent.SpeakerRow(s.getTitle(), when, "Narasumber", name, position(sp), materi(materials, s, sp)));
            }
            if (s.getModerator() != null) {
                Speaker mo = s.getModerator();
                rows.add(new ReportContent.SpeakerRow(s.getTitle(), when, "Moderator", mo.displayName(), position(mo), "-"));
            }
        }
        return rows;
    }

    private static String position(Speaker s) {
        List<String> parts = new ArrayList<>();
        if (!blank(s.getPosition())) {
            parts.add(s.getPosition().strip());
        }
        if (!blank(s.getInstitutionName()) && (s.getPosition() == null || !s.getPosition().contains(s.getInstitutionName()))) {
            parts.add(s.getInstitutionName().strip());
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static String materi(List<SpeakerMaterial> all, EventSession s, Speaker sp) {
        List<String> names = all.stream().filter(m -> m.getSession().getId().equals(s.getId()) && m.getSpeaker().getId().equals(sp.getId()))
                .map(SpeakerMaterial::getFileName).toList();
        return names.isEmpty() ? "-" : String.join("; ", names);
    }

    /** The headline numbers of the report, for the page. */
    public Summary summary(Event e) {
        List<ReportContent.ParticipantRow> rows = participants(e.getId());
        ReportContent.ParticipantRow t = total(rows);
        Minutes approved = approvedMinutes(e.getId());
        int results = 0;
        int follows = 0;
        if (approved != null) {
            results = (int) minutesSessions.view(e, approved.getId()).stream().filter(MinutesSessions.SessionView::isRecorded).count();
            follows = em.createQuery("select count(f) from FollowUp f where f.minutesId = :m", Long.class)
                    .setParameter("m", approved.getId()).getSingleResult().intValue();
        }
        long letters = em.createQuery("select count(i) from Invitation i where i.event.id = :e and i.letterFile is not null", Long.class)
                .setParameter("e", e.getId()).getSingleResult();
        int dhDays = 0;
        for (EventDay d : e.getDays()) {
            if (presentOn(d) > 0) {
                dhDays++;
            }
        }
        return new Summary(e.getDays().size(), e.getSessions().size(), t.invited(), t.registered(), t.present(), speakers(e).size(),
                minutesStatus(e.getId()), approved != null, results, follows, photos.forEvent(e.getId()).size(), letters > 0, dhDays,
                e.getUnit().getHeadName(), e.getUnit().getHeadTitle());
    }

    public long presentOn(EventDay d) {
        return em.createQuery("select count(a) from Attendance a where a.dayId = :d", Long.class).setParameter("d", d.getId())
                .getSingleResult();
    }

    /**
     * The whole report, read once.
     *
     * @param verifyCode the code the signed report will be registered under, or null for a draft
     */
    public ReportContent content(Event e, Texts t, String verifyCode, Instant signedAt, List<String> lampiran) {
        List<String> days = new ArrayList<>();
        Set<String> places = new LinkedHashSet<>();
        int n = 1;
        for (EventDay d : e.getDays()) {
            String line = (e.getDays().size() > 1 ? "Hari ke-" + n++ + ": " : "") + IndonesianTime.date(d.getDayDate(), ID);
            if (d.getStartsAt() != null && d.getEndsAt() != null) {
                line += ", pukul " + IndonesianTime.timeRange(d.getStartsAt(), d.getEndsAt(), e.zone(), ID);
            }
            days.add(line);
            if (d.getHall() != null) {
                String venue = d.getHall().getVenue().getName();
                String address = d.getHall().getVenue().getAddress();
                places.add(d.getHall().getName() + ", " + venue + (blank(address) ? "" : ", " + address));
            }
        }
        if (places.isEmpty()) {
            places.add("-");
        }
        List<ReportContent.ParticipantRow> rows = participants(e.getId());
        Minutes approved = approvedMinutes(e.getId());
        List<ReportContent.SessionResult> sessions = new ArrayList<>();
        List<ReportContent.FollowRow> follows = new ArrayList<>();
        String summary = null;
        String decisions = null;
        if (approved != null) {
            for (MinutesSessions.SessionView v : minutesSessions.view(e, approved.getId())) {
                if (blank(v.summary()) && blank(v.decisions()) && v.points().isEmpty()) {
                    continue;
                }
                sessions.add(new ReportContent.SessionResult(v.title(), v.when(), v.summary(), v.points().stream()
                        .map(p -> p.getByName() + (p.getByKind() == MinutesPoint.By.SPEAKER ? " (narasumber)" : "") + ": "
                                + p.getBody().replace('\n', ' ')).toList(), v.decisions()));
            }
            summary = approved.getSummary();
            decisions = approved.getDecisions();
            for (FollowUp f : em.createQuery("select f from FollowUp f where f.minutesId = :m order by f.seq", FollowUp.class)
                    .setParameter("m", approved.getId()).getResultList()) {
                follows.add(new ReportContent.FollowRow(f.getAction(), f.getResponsible(),
                        f.getDueDate() == null ? "-" : IndonesianTime.shortDate(f.getDueDate(), ID), switch (f.getStatus()) {
                            case OPEN -> "Terbuka";
                            case DONE -> "Selesai";
                            case DROPPED -> "Dibatalkan";
                        }));
            }
        }
        LocalDate on = (signedAt == null ? clock.now() : signedAt).atZone(e.zone()).toLocalDate();
        String city = blank(e.getUnit().getCity()) ? "" : e.getUnit().getCity() + ", ";
        String nip = blank(e.getUnit().getHeadNip()) ? null : "NIP " + e.getUnit().getHeadNip();
        ReportContent.Signature sig = new ReportContent.Signature(city + IndonesianTime.shortDate(on, ID),
                blank(e.getUnit().getHeadTitle()) ? "Kepala " + e.getUnit().getName() : e.getUnit().getHeadTitle(),
                blank(e.getUnit().getHeadName()) ? "-" : e.getUnit().getHeadName(), nip,
                verifyCode == null ? null : "[ditandatangani secara elektronik pada " + IndonesianTime.shortDate(on, ID) + "]",
                verifyCode, verifyCode == null ? null : Verifications.url(verifyCode));
        List<ReportContent.Photo> ps = new ArrayList<>();
        Map<Long, String> sessionTitles = new java.util.HashMap<>();
        e.getSessions().forEach(s -> sessionTitles.put(s.getId(), s.getTitle()));
        int k = 0;
        for (EventPhotos.Photo p : photos.forEvent(e.getId())) {
            String caption = "Foto " + (++k) + ". " + (blank(p.caption()) ? "Dokumentasi kegiatan" : p.caption().strip())
                    + (p.sessionId() != null && sessionTitles.containsKey(p.sessionId()) ? " (sesi " + sessionTitles.get(p.sessionId()) + ")" : "");
            ps.add(new ReportContent.Photo(photos.bytes(p.fileKey()), p.width(), p.height(), caption));
        }
        return new ReportContent(UnitLetterheads.of(e.getUnit()), e.getUnit().getName(), e.getTitle(),
                Messages.get(ID, "type." + e.getType().name()), e.getTheme(), year(e) == null ? "" : year(e),
                new ReportContent.Texts(t.background(), legalLines(t.legalBasis()), t.purpose(), t.conclusion(), t.recommendation()),
                days, new ArrayList<>(places), rows, total(rows), speakers(e), minutesStatus(e.getId()), approved != null, sessions,
                summary, decisions, follows, sig, lampiran, ps);
    }

    public String username() {
        return scope.user().username();
    }

    public int photoCount(long eventId) {
        return photos.forEvent(eventId).size();
    }

    /** The texts to print: as saved, or the defaults while nobody has saved any. */
    public Texts texts(Event e) {
        EventReport r = record(e.getId());
        return r == null ? defaults(e) : new Texts(r.getBackground(), r.getLegalBasis(), r.getPurpose(), r.getConclusion(),
                r.getRecommendation());
    }
}
