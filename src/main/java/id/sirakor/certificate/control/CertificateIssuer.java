package id.sirakor.certificate.control;

import id.sirakor.certificate.entity.Certificate;
import id.sirakor.certificate.entity.CertificateDesign;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.mail.Outbox;
import id.sirakor.platform.storage.FileStore;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.verification.VerifiableDocument;
import id.sirakor.platform.verification.Verifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issues certificates one chunk per transaction, without a user's checks (the caller checked who
 * may, on the request's thread): the design row is locked, each holder without a valid certificate
 * gets the next number, the page is rendered, stored and entered into the verification register,
 * and a mail is queued. A chunk commits with its numbers or not at all, so the counter has no gaps
 * and a rerun after a crash skips the holders already served.
 */
@ApplicationScoped
public class CertificateIssuer {

    private static final Locale ID = IndonesianTime.ID;

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    @Inject
    Verifications verifications;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    id.sirakor.platform.signing.DocumentSigner signer;

    /** Someone a certificate is for. {@code key}: R + registration id, S + speaker id (NARASUMBER), M + speaker id (MODERATOR), P + committee member id. */
    public record Holder(String key, String name, String institution, String email, Certificate.Role role) implements java.io.Serializable {
    }

    /** The parts of the page that are the same for every holder of an event. */
    public record EventText(String title, String unitName, String line, String venueLine, String dates, String placeDate, ZoneId zone) {
    }

    public EventText eventText(Event e, CertificateDesign d) {
        List<EventDay> days = e.getDays();
        String venue = null;
        String dates = "";
        LocalDate last = null;
        if (!days.isEmpty()) {
            EventDay first = days.get(0);
            EventDay end = days.get(days.size() - 1);
            last = end.getDayDate();
            dates = dateRange(first.getDayDate(), end.getDayDate());
            if (first.getHall() != null) {
                venue = first.getHall().getVenue().getName();
            }
        }
        String venueLine = "yang diselenggarakan oleh " + e.getUnit().getName() + (venue == null ? "" : " di " + venue);
        String line = venueLine + (dates.isEmpty() ? "" : ", " + dates);
        String place = d.getSignerPlace() != null ? d.getSignerPlace() : e.getUnit().getCity() != null ? e.getUnit().getCity() : "";
        String placeDate = (place.isEmpty() ? "" : place + ", ") + IndonesianTime.shortDate(last == null
                ? clock.now().atZone(e.zone()).toLocalDate() : last, ID);
        return new EventText(e.getTitle(), e.getUnit().getName(), line, venueLine, dates, placeDate, e.zone());
    }

    /** "17 September 2029", "17–18 September 2029", "30 September – 1 Oktober 2029" */
    public static String dateRange(LocalDate a, LocalDate b) {
        if (a.equals(b)) {
            return IndonesianTime.shortDate(a, ID);
        }
        String full = IndonesianTime.shortDate(b, ID);
        if (a.getYear() == b.getYear() && a.getMonth() == b.getMonth()) {
            return a.getDayOfMonth() + "–" + full;
        }
        String start = IndonesianTime.shortDate(a, ID);
        if (a.getYear() == b.getYear()) {
            start = start.substring(0, start.lastIndexOf(' '));
        }
        return start + " – " + full;
    }

    public static String roleLine(Certificate.Role role) {
        return "sebagai " + switch (role) {
            case PESERTA -> "PESERTA";
            case NARASUMBER -> "NARASUMBER";
            case MODERATOR -> "MODERATOR";
            case PANITIA -> "PANITIA";
        };
    }

    /** The pattern with {no} (4 digits), {n} (no padding), {event}, {year}, {month} (Roman) filled in. */
    public static String number(String pattern, int seq, long eventId, LocalDate date) {
        String[] roman = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return pattern.replace("{no}", String.format("%04d", seq)).replace("{n}", String.valueOf(seq))
                .replace("{event}", String.valueOf(eventId)).replace("{year}", String.valueOf(date.getYear()))
                .replace("{month}", roman[date.getMonthValue() - 1]);
    }

    public CertificatePdf.Model model(CertificateDesign d, EventText t, String number, Holder h, String code, Images images) {
        return new CertificatePdf.Model(d.getHeading(), number, d.getIntro(), h.name(), h.institution(), roleLine(h.role()), t.title(),
                t.venueLine(), t.dates(), t.placeDate(), d.getSignerPosition(), d.getSignerName(), images.signature(), images.background(),
                images.logo(), d.getAccent(), CertificateLayout.parse(d.getLayout(), d.getNameY()), code, Verifications.url(code));
    }

    public record Images(byte[] background, byte[] logo, byte[] signature) {
    }

    public Images images(CertificateDesign d) {
        return new Images(read(d.getBackgroundFile()), read(d.getLogoFile()), read(d.getSignatureFile()));
    }

    byte[] read(String key) {
        if (key == null) {
            return null;
        }
        try (InputStream in = files.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Issues to the holders of the chunk that have no valid certificate yet; returns how many were issued. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int issueChunk(long eventId, List<Holder> chunk, AuditLog.Actor actor, boolean mail) {
        CertificateDesign d = em.find(CertificateDesign.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (d == null) {
            throw BusinessException.conflict("cert.noDesign");
        }
        Event e = em.find(Event.class, eventId);
        id.sirakor.event.control.EventService.initialize(e);
        EventText t = eventText(e, d);
        Images images = images(d);
        List<String> keys = chunk.stream().map(Holder::key).toList();
        List<String> served = em.createQuery("select c.holderKey from Certificate c where c.eventId = :e and c.status = :v and c.holderKey in :k",
                String.class).setParameter("e", eventId).setParameter("v", Certificate.Status.VALID).setParameter("k", keys).getResultList();
        List<AuditLog.Entry> log = new ArrayList<>();
        int issued = 0;
        LocalDate today = clock.now().atZone(t.zone()).toLocalDate();
        for (Holder h : chunk) {
            if (served.contains(h.key())) {
                continue;
            }
            Certificate c = issueOne(e, d, t, images, h, today, mail);
            log.add(new AuditLog.Entry("certificate.issue", "Certificate", c.getId(), e.getUnit().getId(), c.getNumber() + " – " + h.name(),
                    null, Map.of("role", h.role().name(), "code", c.getVerifyCode()), actor));
            issued++;
        }
        audit.recordAll(log);
        return issued;
    }

    Certificate issueOne(Event e, CertificateDesign d, EventText t, Images images, Holder h, LocalDate today, boolean mail) {
        int seq = d.next();
        String number = number(d.getNumberPattern(), seq, e.getId(), today);
        String code = Verifications.newCode();
        // signed as PAdES through the same boundary as declarations and minutes (docs/adr/0066)
        byte[] pdf = signer.sign(CertificatePdf.render(model(d, t, number, h, code, images)),
                new id.sirakor.platform.signing.DocumentSigner.Request("Sertifikat " + number + " – " + t.title(), place(t)));
        String key = files.store(pdf);
        Certificate c = new Certificate(e.getId(), seq, number, h.key(), h.name(), h.institution(), h.email(), h.role(), code, clock.now());
        c.setFileKey(key);
        em.persist(c);
        verifications.register(new VerifiableDocument(code, "CERTIFICATE", c.getId(), "Sertifikat " + number, t.unitName(),
                h.name() + " – " + roleLine(h.role()) + " dalam " + t.title() + " (" + t.line() + ")", key, key, signer.signerName(), clock.now()));
        if (mail && h.email() != null && !h.email().isBlank()) {
            em.flush();
            outbox.enqueue("CERTIFICATE", c.getId(), h.email(), "Sertifikat " + t.title(),
                    "Yth. " + h.name() + ",\n\nterlampir sertifikat Anda " + roleLine(h.role()) + " dalam " + t.title() + ".\nNomor: " + number
                            + "\nKeaslian sertifikat dapat diperiksa di " + Verifications.url(code) + "\n\nSalam,\n" + t.unitName(),
                    "certificate:" + c.getId());
        }
        return c;
    }

    /**
     * The holders besides the participants, without a user's checks (the caller checked): the
     * sessions' speakers (NARASUMBER), the sessions' moderators (MODERATOR), the committee members
     * entered for the event (PANITIA); once per person and role. {@code e}'s sessions loaded.
     */
    public List<Holder> others(Event e) {
        Map<String, Holder> out = new java.util.LinkedHashMap<>();
        for (id.sirakor.event.entity.EventSession s : e.getSessions()) {
            for (id.sirakor.event.entity.SessionSpeaker ss : s.getSlots()) {
                out.putIfAbsent("S" + ss.getActualSpeaker().getId(), speaker("S", ss.getActualSpeaker(), Certificate.Role.NARASUMBER));
            }
        }
        for (id.sirakor.event.entity.EventSession s : e.getSessions()) {
            if (s.getModerator() != null) {
                out.putIfAbsent("M" + s.getModerator().getId(), speaker("M", s.getModerator(), Certificate.Role.MODERATOR));
            }
        }
        for (id.sirakor.certificate.entity.CommitteeMember m : em.createQuery("select m from CommitteeMember m where m.eventId = :e order by m.id",
                id.sirakor.certificate.entity.CommitteeMember.class).setParameter("e", e.getId()).getResultList()) {
            out.putIfAbsent("P" + m.getId(), new Holder("P" + m.getId(), m.getName(), m.getInstitution(), m.getEmail(), Certificate.Role.PANITIA));
        }
        return new ArrayList<>(out.values());
    }

    private static Holder speaker(String prefix, id.sirakor.speaker.entity.Speaker sp, Certificate.Role role) {
        return new Holder(prefix + sp.getId(), id.sirakor.speaker.entity.Speaker.formatName(null, sp.getFrontTitle(), sp.getName(), sp.getBackTitle()),
                sp.getInstitutionName(), sp.getEmail(), role);
    }

    /** The place of signing: the part of "Padang, 10 Juni 2031" before the comma. */
    static String place(EventText t) {
        int comma = t.placeDate().lastIndexOf(", ");
        return comma < 0 ? "" : t.placeDate().substring(0, comma);
    }

    /** Revokes one certificate and, with {@code reissue}, issues a new one with the next number to the same holder. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Certificate revoke(Certificate c, String reason, boolean reissue) {
        c.revoke(clock.now(), reason);
        verifications.revoke(c.getVerifyCode(), clock.now(), reason);
        if (!reissue) {
            return c;
        }
        CertificateDesign d = em.find(CertificateDesign.class, c.getEventId(), LockModeType.PESSIMISTIC_WRITE);
        Event e = em.find(Event.class, c.getEventId());
        id.sirakor.event.control.EventService.initialize(e);
        EventText t = eventText(e, d);
        Certificate n = issueOne(e, d, t, images(d), new Holder(c.getHolderKey(), c.getHolderName(), c.getInstitution(), c.getEmail(),
                c.getRole()), clock.now().atZone(t.zone()).toLocalDate(), true);
        n.setReplacesId(c.getId());
        return n;
    }
}
