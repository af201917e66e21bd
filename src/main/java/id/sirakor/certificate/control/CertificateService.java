package id.sirakor.certificate.control;

import id.sirakor.attendance.control.AttendanceEligibility;
import id.sirakor.certificate.entity.Certificate;
import id.sirakor.certificate.entity.CertificateDesign;
import id.sirakor.certificate.entity.CommitteeMember;
import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.privacy.PersonalDataLog;
import id.sirakor.platform.storage.FileStore;
import id.sirakor.registration.entity.Registration;
import id.sirakor.speaker.entity.Speaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Certificates of an event for its secretariat: the design (with a preview), who receives one
 * (eligible participants by the attendance rule, and the speakers), the bulk run
 * ({@link CertificateJobs}), revoking and reissuing with a reason, the PDFs one by one or as a ZIP.
 * Checks in the documented order: 401, role, visibility (404), own unit (403), state (409), input (400).
 */
@ApplicationScoped
@Transactional
public class CertificateService {

    @jakarta.inject.Inject
    PersonalDataLog personalData;

    public static final int IMAGE_MAX = 2 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    UnitScope scope;

    @Inject
    AttendanceEligibility eligibility;

    @Inject
    CertificateIssuer issuer;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    public record DesignData(String heading, String intro, String signerName, String signerPosition, String signerPlace,
                             String numberPattern, String accent, Integer nameY, String layout) implements java.io.Serializable {
    }

    /** A committee member to enter: receives a PANITIA certificate. */
    public record MemberData(String name, String institution, String email) {
    }

    Event readable(long eventId) {
        scope.requireStaff();
        return events.find(eventId);
    }

    Event writable(long eventId) {
        Event e = readable(eventId);
        if (!scope.canManage(e.getUnit())) {
            throw BusinessException.forbidden("error.readOnlyUnit", e.getUnit().getName());
        }
        return e;
    }

    public String eventTitle(long eventId) {
        return readable(eventId).getTitle();
    }

    public boolean canWrite(long eventId) {
        return scope.canManage(readable(eventId).getUnit());
    }

    /** The saved design, or the defaults (not saved) for an event that has none yet. */
    public CertificateDesign design(long eventId) {
        Event e = readable(eventId);
        CertificateDesign d = em.find(CertificateDesign.class, eventId);
        if (d == null) {
            d = new CertificateDesign(eventId);
            d.setSignerPlace(e.getUnit().getCity());
        } else {
            em.detach(d);
        }
        return d;
    }

    public CertificateDesign saveDesign(long eventId, DesignData data) {
        Event e = writable(eventId);
        validate(data);
        CertificateDesign d = em.find(CertificateDesign.class, eventId);
        boolean created = d == null;
        if (created) {
            d = new CertificateDesign(eventId);
        }
        String before = created ? null : d.getLayout();
        apply(d, data);
        d.setUpdatedAt(clock.now());
        if (created) {
            em.persist(d);
        }
        Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("pattern", d.getNumberPattern());
        after.put("signer", d.getSignerName());
        after.put("layout", d.getLayout() == null ? "default" : d.getLayout());
        audit.record("certificate.design", "CertificateDesign", eventId, e.getUnit().getId(), e.getTitle(),
                before == null ? null : Map.of("layout", before), after);
        return d;
    }

    static void apply(CertificateDesign d, DesignData data) {
        d.setHeading(data.heading().trim());
        d.setIntro(data.intro().trim());
        d.setSignerName(data.signerName().trim());
        d.setSignerPosition(data.signerPosition().trim());
        d.setSignerPlace(data.signerPlace() == null || data.signerPlace().isBlank() ? null : data.signerPlace().trim());
        d.setNumberPattern(data.numberPattern().trim());
        d.setAccent(data.accent() == null || data.accent().isBlank() ? "#1a3a6c" : data.accent().trim());
        d.setNameY(data.nameY() == null ? 95 : data.nameY());
        d.setLayout(layout(data) == null ? null : layout(data).toJson());
    }

    /** The layout sent with the design, checked (null: none sent, the default page). */
    static CertificateLayout layout(DesignData d) {
        if (d.layout() == null || d.layout().isBlank()) {
            return null;
        }
        return CertificateLayout.parse(d.layout(), d.nameY() == null ? 95 : d.nameY()).validate();
    }

    public static void validate(DesignData d) {
        if (d == null) {
            throw BusinessException.invalid("signerName", "cert.signerRequired");
        }
        required("heading", d.heading(), 100);
        required("intro", d.intro(), 200);
        required("signerName", d.signerName(), 150);
        required("signerPosition", d.signerPosition(), 200);
        if (d.signerPlace() != null && d.signerPlace().length() > 100) {
            throw BusinessException.invalid("signerPlace", "minutes.tooLong", 100);
        }
        required("numberPattern", d.numberPattern(), 60);
        if (!d.numberPattern().contains("{no}") && !d.numberPattern().contains("{n}")) {
            throw BusinessException.invalid("numberPattern", "cert.patternNeedsNo");
        }
        if (d.accent() != null && !d.accent().isBlank() && !d.accent().trim().matches("#[0-9a-fA-F]{6}")) {
            throw BusinessException.invalid("accent", "cert.badAccent");
        }
        if (d.nameY() != null && (d.nameY() < 60 || d.nameY() > 130)) {
            throw BusinessException.invalid("nameY", "cert.badNameY");
        }
        layout(d);
    }

    static void required(String field, String v, int max) {
        if (v == null || v.isBlank()) {
            throw BusinessException.invalid(field, "cert.required");
        }
        if (v.trim().length() > max) {
            throw BusinessException.invalid(field, "minutes.tooLong", max);
        }
    }

    /** A background, logo or signature image (PNG or JPEG, at most 2 MB); null content removes it. */
    public void image(long eventId, String kind, byte[] content) {
        Event e = writable(eventId);
        CertificateDesign d = em.find(CertificateDesign.class, eventId);
        if (d == null) {
            throw BusinessException.conflict("cert.noDesign");
        }
        String key = null;
        if (content != null && content.length > 0) {
            if (content.length > IMAGE_MAX) {
                throw BusinessException.invalid("file", "cert.imageTooLarge");
            }
            boolean png = content.length > 4 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G';
            boolean jpeg = content.length > 3 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xD8;
            if (!png && !jpeg) {
                throw BusinessException.invalid("file", "cert.imageType");
            }
            key = files.store(content);
        }
        switch (kind) {
            case "background" -> d.setBackgroundFile(key);
            case "logo" -> d.setLogoFile(key);
            case "signature" -> d.setSignatureFile(key);
            default -> throw BusinessException.notFound("error.notFound");
        }
        audit.record("certificate.image", "CertificateDesign", eventId, e.getUnit().getId(), kind, null, Map.of("kind", kind));
    }

    /** The page as it would look, for a sample holder, with the given (unsaved) values. */
    public byte[] preview(long eventId, DesignData data) {
        return CertificatePdf.render(sample(eventId, data));
    }

    /**
     * The same page as SVG for the designer's canvas (same marks, same millimetres as the PDF); the
     * pictures are linked through {@code href} (kind to URL).
     */
    public String previewSvg(long eventId, DesignData data, java.util.function.Function<String, String> href) {
        return CertificatePdf.svg(sample(eventId, data), href);
    }

    CertificatePdf.Model sample(long eventId, DesignData data) {
        Event e = readable(eventId);
        CertificateDesign saved = em.find(CertificateDesign.class, eventId);
        CertificateDesign d = new CertificateDesign(eventId);
        if (saved != null) {
            d.setBackgroundFile(saved.getBackgroundFile());
            d.setLogoFile(saved.getLogoFile());
            d.setSignatureFile(saved.getSignatureFile());
        }
        if (data != null) {
            validate(data);
            apply(d, data);
        } else if (saved != null) {
            d = saved;
            em.detach(d);
        }
        EventService.initialize(e);
        CertificateIssuer.EventText t = issuer.eventText(e, d);
        String number = CertificateIssuer.number(d.getNumberPattern(), Math.max(1, d.getCounter() + 1), eventId, clock.now().atZone(t.zone()).toLocalDate());
        return issuer.model(d, t, number, new CertificateIssuer.Holder("R0", "Dr. Nama Peserta Contoh, S.H., M.H.",
                "Instansi Peserta", null, Certificate.Role.PESERTA), "CONTOH0000", issuer.images(d));
    }

    /** A background, logo or signature picture of the design, for the designer's canvas (null when none). */
    public byte[] designImage(long eventId, String kind) {
        readable(eventId);
        CertificateDesign d = em.find(CertificateDesign.class, eventId);
        if (d == null) {
            return null;
        }
        return issuer.read(switch (kind) {
            case "background" -> d.getBackgroundFile();
            case "logo" -> d.getLogoFile();
            case "signature" -> d.getSignatureFile();
            default -> throw BusinessException.notFound("error.notFound");
        });
    }

    public List<CommitteeMember> committee(long eventId) {
        readable(eventId);
        return em.createQuery("select m from CommitteeMember m where m.eventId = :e order by m.name, m.id", CommitteeMember.class)
                .setParameter("e", eventId).getResultList();
    }

    /** Enters a committee member (name with titles required; institution and e-mail optional), audited. */
    public CommitteeMember addMember(long eventId, MemberData m) {
        Event e = writable(eventId);
        if (m == null) {
            throw BusinessException.invalid("name", "cert.required");
        }
        required("name", m.name(), 250);
        String inst = m.institution() == null || m.institution().isBlank() ? null : m.institution().trim();
        if (inst != null && inst.length() > 200) {
            throw BusinessException.invalid("institution", "minutes.tooLong", 200);
        }
        String mail = m.email() == null || m.email().isBlank() ? null : m.email().trim();
        if (mail != null && (mail.length() > 150 || !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw BusinessException.invalid("email", "cert.badEmail");
        }
        long count = em.createQuery("select count(m) from CommitteeMember m where m.eventId = :e", Long.class).setParameter("e", eventId)
                .getSingleResult();
        if (count >= COMMITTEE_MAX) {
            throw BusinessException.invalid("name", "cert.committeeFull", COMMITTEE_MAX);
        }
        CommitteeMember c = new CommitteeMember(eventId, m.name().trim(), inst, mail, clock.now());
        em.persist(c);
        em.flush();
        audit.record("certificate.committee.add", "CommitteeMember", c.getId(), e.getUnit().getId(), c.getName(), null,
                Map.of("name", c.getName()));
        return c;
    }

    public void removeMember(long eventId, long memberId) {
        Event e = writable(eventId);
        CommitteeMember c = em.find(CommitteeMember.class, memberId);
        if (c == null || !c.getEventId().equals(eventId)) {
            throw BusinessException.notFound("error.notFound");
        }
        em.remove(c);
        audit.record("certificate.committee.remove", "CommitteeMember", memberId, e.getUnit().getId(), c.getName(), Map.of("name", c.getName()),
                null);
    }

    public static final int COMMITTEE_MAX = 500;

    /**
     * Everyone who should hold a certificate: the eligible participants (PESERTA), the speakers
     * (NARASUMBER), the sessions' moderators (MODERATOR) and the committee members entered for the
     * event (PANITIA), once per role.
     */
    public List<CertificateIssuer.Holder> recipients(long eventId) {
        Event e = readable(eventId);
        Map<String, CertificateIssuer.Holder> out = new LinkedHashMap<>();
        for (Long rid : eligibility.eligibleIds(eventId)) {
            Registration r = em.find(Registration.class, rid);
            out.put("R" + rid, new CertificateIssuer.Holder("R" + rid, Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle()),
                    r.getInstitutionName(), r.getEmail(), Certificate.Role.PESERTA));
        }
        for (CertificateIssuer.Holder h : issuer.others(e)) {
            out.putIfAbsent(h.key(), h);
        }
        return new ArrayList<>(out.values());
    }

    /** The recipients who have no valid certificate yet (what a run would issue), checked for writing. */
    public List<CertificateIssuer.Holder> pending(long eventId) {
        writable(eventId);
        if (em.find(CertificateDesign.class, eventId) == null) {
            throw BusinessException.conflict("cert.noDesign");
        }
        List<String> served = em.createQuery("select c.holderKey from Certificate c where c.eventId = :e and c.status = :v", String.class)
                .setParameter("e", eventId).setParameter("v", Certificate.Status.VALID).getResultList();
        java.util.Set<String> s = new java.util.HashSet<>(served);
        return recipients(eventId).stream().filter(h -> !s.contains(h.key())).toList();
    }

    public List<Certificate> list(long eventId) {
        List<Certificate> l = all(eventId);
        personalData.record(PersonalDataLog.Access.VIEW, "certificates", eventId, null, l.size());
        return l;
    }

    private List<Certificate> all(long eventId) {
        readable(eventId);
        return em.createQuery("select c from Certificate c where c.eventId = :e order by c.seq", Certificate.class)
                .setParameter("e", eventId).getResultList();
    }

    Certificate own(long eventId, long certificateId, boolean write) {
        if (write) {
            writable(eventId);
        } else {
            readable(eventId);
        }
        Certificate c = em.find(Certificate.class, certificateId);
        if (c == null || !c.getEventId().equals(eventId)) {
            throw BusinessException.notFound("error.notFound");
        }
        return c;
    }

    public byte[] pdf(long eventId, long certificateId) {
        return issuer.read(own(eventId, certificateId, false).getFileKey());
    }

    public Certificate revoke(long eventId, long certificateId, String reason, boolean reissue) {
        Certificate c = own(eventId, certificateId, true);
        if (c.getStatus() != Certificate.Status.VALID) {
            throw BusinessException.conflict("cert.alreadyRevoked");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.invalid("reason", "cert.reasonRequired");
        }
        if (reason.trim().length() > 500) {
            throw BusinessException.invalid("reason", "minutes.tooLong", 500);
        }
        Certificate out = issuer.revoke(c, reason.trim(), reissue);
        Event e = events.find(eventId);
        audit.record(reissue ? "certificate.reissue" : "certificate.revoke", "Certificate", c.getId(), e.getUnit().getId(),
                c.getNumber() + " – " + c.getHolderName(), null, Map.of("reason", reason.trim(), "new", out.getNumber()));
        return out;
    }

    /** Every valid certificate of the event in one ZIP, for the secretariat. */
    public byte[] zip(long eventId) {
        List<Certificate> all = all(eventId);
        personalData.record(PersonalDataLog.Access.EXPORT, "certificates", eventId, null, all.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (Certificate c : all) {
                if (c.getStatus() != Certificate.Status.VALID) {
                    continue;
                }
                z.putNextEntry(new ZipEntry(fileName(c)));
                z.write(issuer.read(c.getFileKey()));
                z.closeEntry();
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toByteArray();
    }

    public static String fileName(Certificate c) {
        return "sertifikat-" + String.format("%04d", c.getSeq()) + "-" + c.getHolderName().replaceAll("[^A-Za-z0-9]+", "-")
                .replaceAll("(^-|-$)", "").toLowerCase(java.util.Locale.ROOT) + ".pdf";
    }

    /** A participant's own valid certificate, by their registration (personal page, token checked by the caller). */
    public Certificate ofRegistration(long registrationId) {
        List<Certificate> l = em.createQuery("select c from Certificate c where c.holderKey = :k and c.status = :v order by c.id desc",
                Certificate.class).setParameter("k", "R" + registrationId).setParameter("v", Certificate.Status.VALID).setMaxResults(1)
                .getResultList();
        return l.isEmpty() ? null : l.get(0);
    }

    public byte[] file(Certificate c) {
        return issuer.read(c.getFileKey());
    }
}
