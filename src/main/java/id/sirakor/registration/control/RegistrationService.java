package id.sirakor.registration.control;

import id.sirakor.platform.text.Inputs;
import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.institution.entity.Institution;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.crypto.PersonalDataCipher;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.phone.IndonesianPhone;
import id.sirakor.region.control.RegionService;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Online registration with zero overbooking.
 *
 * <p><b>Before any lock</b> ({@link #prepare}, a short read-only transaction, and plain CPU work):
 * the idempotency key (a retry gets the first answer back), the event with its unit, days, halls
 * and venues, the form's validation, NIP/NIK checks, the phone, the institution, the person's
 * HMAC index and whether that person is already registered (refused with
 * {@code registration.duplicate}; a cancelled earlier registration is replaced), the NIK's
 * encryption, the personal link's secret and its hash, and the event's part of the mail text.
 *
 * <p><b>The decision</b> ({@link #decide}, one short write transaction) is made by
 * {@link SeatLedger#place}: a conditional UPDATE of the event's counter row
 * ({@code confirmed < capacity}) and of the institution's invitation ({@code confirmed < quota}),
 * or the next waitlist number; then the insert, the audit row and the mail in the outbox. The
 * counter row's lock is the only thing registrations of one event wait for, from the UPDATE to
 * the commit; nothing else serialises them, and registrations of different events only share the
 * audit chain's head.
 *
 * <p><b>Why it is correct</b>: the conditional UPDATE is atomic on MariaDB/MySQL and H2 (the row
 * is locked, then the condition is evaluated on its latest committed version), so the counters
 * never pass capacity or quota, on one node or several; only SeatLedger changes counters and
 * statuses, in the same transactions as the rows, so counters and rows agree (checked by
 * RegistrationConcurrencyIT). Two submissions with the same idempotency key or the same person
 * meet at a unique key: the second one's insert waits for the first to commit and fails, and is
 * then answered with the first registration (same key) or {@code registration.duplicate}.
 * Waiting people are promoted in waitlist-number order, which is the order of their decisions.
 */
@ApplicationScoped
public class RegistrationService {

    public static final String CONSENT_VERSION = "2026-11";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    RegionService regions;

    @Inject
    id.sirakor.platform.mail.Outbox outbox;

    @Inject
    SeatLedger ledger;

    @Inject
    RegistrationService self;

    public record Form(String frontTitle, String name, String backTitle, String position, String idKind, String idNumber,
                       Long institutionId, String institutionName, String phone, String email, boolean consent) {
    }

    /** The outcome; {@code token} (the personal link's secret) only on the first answer. */
    public record Outcome(long registrationId, RegistrationStatus status, Integer waitlistPosition, String token) {
    }

    /**
     * Everything about one submission that does not depend on the seat decision: either the
     * answer already given for its idempotency key, or the row to insert (detached event and
     * institution), the person's description for messages, the secret and the mail's event part.
     */
    public record Prepared(Outcome earlier, Registration registration, Long replacesCancelled, String personText,
                           String token, RegistrationMails.EventText eventText) {
    }

    /**
     * Registers, or returns the first answer for a known idempotency key. Runs its own short
     * transactions (so must not be called inside another one's): a read to prepare, a write to
     * decide, and after a unique-key conflict a read to answer it.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Outcome register(String slug, Form f, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 80) {
            throw BusinessException.invalid("idempotencyKey", "registration.idempotency");
        }
        Prepared p = self.prepare(slug, f, idempotencyKey);
        if (p.earlier() != null) {
            return p.earlier();
        }
        try {
            return self.decide(p);
        } catch (BusinessException e) {
            throw e;
        } catch (RuntimeException e) {
            return self.afterConflict(p, e);
        }
    }

    /** The part before any lock; see the class comment. */
    @Transactional
    public Prepared prepare(String slug, Form f, String idempotencyKey) {
        Outcome earlier = answered(idempotencyKey);
        if (earlier != null) {
            return new Prepared(earlier, null, null, null, null, null);
        }
        Event event = publicEvent(slug);
        ZoneId zone = event.zone();
        var today = clock.now().atZone(zone).toLocalDate();
        validate(f);
        String kind = "NIK".equalsIgnoreCase(f.idKind()) ? "NIK" : "NIP";
        String number = "NIK".equals(kind)
                ? PersonalIds.checkNik("idNumber", f.idNumber(), today, code -> regions.exists(code))
                : PersonalIds.checkNip("idNumber", f.idNumber(), today);
        String phone = IndonesianPhone.mobile(f.phone())
                .orElseThrow(() -> BusinessException.invalid("phone", "registration.phone"));
        Institution institution = f.institutionId() == null ? null : em.find(Institution.class, f.institutionId());
        if (f.institutionId() != null && institution == null) {
            throw BusinessException.invalid("institution", "registration.institutionUnknown");
        }
        String personKey = cipher.index(kind + ":" + number);
        String personText = "NIK".equals(kind) ? PersonalIds.maskNik(number) : PersonalIds.formatNip(number);
        List<Object[]> same = em.createQuery("select r.id, r.status from Registration r where r.event.id = :e and r.personKey = :p",
                Object[].class).setParameter("e", event.getId()).setParameter("p", personKey).getResultList();
        Long replaces = null;
        if (!same.isEmpty()) {
            if (same.get(0)[1] != RegistrationStatus.CANCELLED) {
                throw BusinessException.conflict("registration.duplicate", personText);
            }
            replaces = (Long) same.get(0)[0]; // registering again after cancelling: a new row, a new place in line
        }
        Registration r = new Registration();
        r.setEvent(event);
        r.setInstitution(institution);
        r.setInstitutionName(institution != null ? institution.getName() : f.institutionName().trim());
        r.setFrontTitle(Inputs.trimToNull(f.frontTitle()));
        r.setName(f.name().trim());
        r.setBackTitle(Inputs.trimToNull(f.backTitle()));
        r.setPosition(Inputs.trimToNull(f.position()));
        r.setIdKind(kind);
        r.setNip("NIP".equals(kind) ? number : null);
        r.setNikCipher("NIK".equals(kind) ? cipher.encrypt(number) : null);
        r.setPersonKey(personKey);
        r.setPhone(phone);
        r.setEmail(f.email().trim().toLowerCase());
        r.setIdempotencyKey(idempotencyKey);
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        r.setTokenHash(PasswordHasher.sha256Hex(token));
        r.setConsentVersion(CONSENT_VERSION);
        r.setConsentAt(clock.now());
        r.setCreatedAt(clock.now());
        r.setUpdatedAt(r.getCreatedAt());
        return new Prepared(null, r, replaces, personText, token, RegistrationMails.eventText(event));
    }

    /** The decision and the writes; see the class comment. */
    @Transactional
    public Outcome decide(Prepared p) {
        Registration r = p.registration();
        if (p.replacesCancelled() != null) {
            em.createQuery("delete from Registration r where r.id = :id and r.status = :c").setParameter("id", p.replacesCancelled())
                    .setParameter("c", RegistrationStatus.CANCELLED).executeUpdate();
        }
        SeatLedger.Placement placed = ledger.place(r);
        RegistrationMails.Mail mail = RegistrationMails.registered(p.eventText(), RegistrationMails.displayName(r), placed.status(),
                placed.waitlistPosition(), p.token());
        outbox.enqueue("registration." + placed.status().name().toLowerCase(), r.getId(), r.getEmail(), mail.subject(), mail.text());
        return new Outcome(r.getId(), placed.status(), placed.waitlistPosition(), p.token());
    }

    /**
     * A decision failed. If another submission with the same key committed first (its insert won
     * the unique key), that is the answer; if the same person registered first, the duplicate
     * refusal; else the failure stands.
     */
    @Transactional
    public Outcome afterConflict(Prepared p, RuntimeException failure) {
        Outcome first = answered(p.registration().getIdempotencyKey());
        if (first != null) {
            return first;
        }
        List<RegistrationStatus> same = em.createQuery("select r.status from Registration r where r.event.id = :e and r.personKey = :p",
                        RegistrationStatus.class).setParameter("e", p.registration().getEvent().getId())
                .setParameter("p", p.registration().getPersonKey()).getResultList();
        if (!same.isEmpty() && same.get(0) != RegistrationStatus.CANCELLED) {
            throw BusinessException.conflict("registration.duplicate", p.personText());
        }
        throw failure;
    }

    private Outcome answered(String idempotencyKey) {
        List<Registration> earlier = em.createQuery("select r from Registration r where r.idempotencyKey = :k", Registration.class)
                .setParameter("k", idempotencyKey).getResultList();
        if (earlier.isEmpty()) {
            return null;
        }
        Registration r = earlier.get(0);
        return new Outcome(r.getId(), r.getStatus(), position(r), null);
    }

    /** Cancels by the personal link's secret; a confirmed seat goes to the first waiting people it fits. */
    @Transactional
    public Registration cancel(String token) {
        Registration r = byToken(token);
        ledger.cancel(r);
        return r;
    }

    /** 1-based place in the waitlist (waiting people with a smaller or equal waitlist number), or null when not waiting. */
    @Transactional
    public Integer position(Registration r) {
        if (r.getStatus() != RegistrationStatus.WAITLISTED) {
            return null;
        }
        return Math.toIntExact(em.createQuery("select count(x) from Registration x where x.event.id = :e and x.status = :w"
                        + " and x.waitlistNo <= :n", Long.class).setParameter("e", r.getEvent().getId())
                .setParameter("w", RegistrationStatus.WAITLISTED).setParameter("n", r.getWaitlistNo()).getSingleResult());
    }

    public record InvitedInstitution(long id, String name) {
    }

    /** Institutions invited to an event: the choices of the public form. */
    @Transactional
    public List<InvitedInstitution> invitedInstitutions(long eventId) {
        return em.createQuery("select i.institution.id, i.institution.name from Invitation i where i.event.id = :e"
                        + " order by i.institution.name", Object[].class).setParameter("e", eventId).getResultList().stream()
                .map(r -> new InvitedInstitution((Long) r[0], (String) r[1])).toList();
    }

    /** "1375••••••••0003" */
    @Transactional
    public String maskedNik(Registration r) {
        return r.getNikCipher() == null ? "" : PersonalIds.maskNik(cipher.decrypt(r.getNikCipher()));
    }

    @Transactional
    public Registration byToken(String token) {
        List<Registration> found = em.createQuery("select r from Registration r join fetch r.event where r.tokenHash = :h",
                Registration.class).setParameter("h", PasswordHasher.sha256Hex(token == null ? "" : token)).getResultList();
        if (found.isEmpty()) {
            throw BusinessException.notFound("error.notFound");
        }
        return found.get(0);
    }

    private Event publicEvent(String slug) {
        List<Event> events = em.createQuery("select e from Event e where e.slug = :s", Event.class)
                .setHint("jakarta.persistence.fetchgraph", RegistrationMails.eventGraph(em))
                .setParameter("s", slug == null ? "" : slug).getResultList();
        if (events.isEmpty() || !events.get(0).getStatus().isPublic()) {
            throw BusinessException.notFound("error.notFound");
        }
        Event e = events.get(0);
        if (e.getStatus() == id.sirakor.event.entity.EventStatus.CLOSED) {
            throw BusinessException.conflict("registration.closed");
        }
        return e;
    }

    private static void validate(Form f) {
        if (f.name() == null || f.name().isBlank()) {
            throw BusinessException.invalid("name", "validation.required");
        }
        if (f.idNumber() == null || f.idNumber().isBlank()) {
            throw BusinessException.invalid("idNumber", "validation.required");
        }
        if (f.institutionId() == null && (f.institutionName() == null || f.institutionName().isBlank())) {
            throw BusinessException.invalid("institutionName", "validation.required");
        }
        if (f.email() == null || !EMAIL.matcher(f.email().trim()).matches()) {
            throw BusinessException.invalid("email", "validation.email");
        }
        if (!f.consent()) {
            throw BusinessException.invalid("consent", "registration.consent");
        }
    }

}
