package id.sirakor.registration.control;

import id.sirakor.platform.text.Inputs;
import id.sirakor.event.control.EventCalendarAttachment;
import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.institution.entity.Institution;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.crypto.PersonalDataCipher;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.phone.IndonesianPhone;
import id.sirakor.region.control.RegionService;
import id.sirakor.registration.entity.Invitation;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Online registration with zero overbooking. Every registration, cancellation and promotion of
 * one event takes the lock of that event's row first, then counts the confirmed seats (for the
 * event and for the participant's institution) and decides; READ COMMITTED makes the count after
 * the lock see every earlier decision. Arrival order is the order of taking the lock, which is
 * also the id order: the waitlist is promoted by id.
 * A retried or double-clicked submission carries the same idempotency key and gets the first
 * answer back; the same NIP/NIK twice for one event is refused by a unique key on its HMAC.
 */
@ApplicationScoped
@Transactional
public class RegistrationService {

    public static final String CONSENT_VERSION = "2026-11";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    RegionService regions;

    @Inject
    id.sirakor.platform.mail.Outbox outbox;

    public record Form(String frontTitle, String name, String backTitle, String position, String idKind, String idNumber,
                       Long institutionId, String institutionName, String phone, String email, boolean consent) {
    }

    /** The outcome; {@code token} (the personal link's secret) only on the first answer. */
    public record Outcome(long registrationId, RegistrationStatus status, Integer waitlistPosition, String token) {
    }

    public Outcome register(String slug, Form f, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 80) {
            throw BusinessException.invalid("idempotencyKey", "registration.idempotency");
        }
        List<Registration> earlier = em.createQuery("select r from Registration r where r.idempotencyKey = :k", Registration.class)
                .setParameter("k", idempotencyKey).getResultList();
        if (!earlier.isEmpty()) {
            Registration r = earlier.get(0);
            return new Outcome(r.getId(), r.getStatus(), position(r), null);
        }
        Event event = publicEvent(slug);
        Institution institution = f.institutionId() == null ? null : em.find(Institution.class, f.institutionId());
        if (f.institutionId() != null && institution == null) {
            throw BusinessException.invalid("institution", "registration.institutionUnknown");
        }
        validateConsent(f);
        NewRegistration p = newRegistration(event, f, institution, "ONLINE", idempotencyKey);

        // ---- the critical section: one event, one lock ----
        lockEvent(event);
        // a retry that raced the first attempt: after the lock, the first one is committed and visible
        List<Registration> raced = em.createQuery("select r from Registration r where r.idempotencyKey = :k", Registration.class)
                .setParameter("k", idempotencyKey).getResultList();
        if (!raced.isEmpty()) {
            return new Outcome(raced.get(0).getId(), raced.get(0).getStatus(), position(raced.get(0)), null);
        }
        Registration r = p.registration();
        refuseDuplicate(event, r);
        r.setStatus(event.isRequiresApproval() ? RegistrationStatus.PENDING : seatFor(event, institution));
        persistAndAnnounce(event, r, p.token());
        return new Outcome(r.getId(), r.getStatus(), position(r), p.token());
    }

    /** A registration checked and built, not yet saved; {@code token} is the personal link's secret. */
    public record NewRegistration(Registration registration, String token) {
    }

    /**
     * Checks the form and builds the registration (everything that does not decide a seat, so it
     * is done before the event's lock). Consent is the caller's business: the public form asks
     * the person; an operator or the secretariat declares it on the person's behalf.
     */
    public NewRegistration newRegistration(Event event, Form f, Institution institution, String source, String idempotencyKey) {
        ZoneId zone = event.zone();
        var today = clock.now().atZone(zone).toLocalDate();
        validate(f, institution != null);
        String kind = "NIK".equalsIgnoreCase(f.idKind()) ? "NIK" : "NIP";
        String number = "NIK".equals(kind)
                ? PersonalIds.checkNik("idNumber", f.idNumber(), today, code -> regions.exists(code))
                : PersonalIds.checkNip("idNumber", f.idNumber(), today);
        String phone = IndonesianPhone.mobile(f.phone())
                .orElseThrow(() -> BusinessException.invalid("phone", "registration.phone"));
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
        r.setPersonKey(cipher.index(kind + ":" + number));
        r.setPhone(phone);
        r.setEmail(f.email().trim().toLowerCase());
        r.setSource(source);
        r.setIdempotencyKey(idempotencyKey != null ? idempotencyKey : source + ":" + secret(18));
        String token = secret(24);
        r.setTokenHash(PasswordHasher.sha256Hex(token));
        r.setTicketCode(Tickets.newCode());
        r.setConsentVersion("ONLINE".equals(source) ? CONSENT_VERSION : source + "-" + CONSENT_VERSION);
        r.setConsentAt(clock.now());
        r.setCreatedAt(clock.now());
        r.setUpdatedAt(r.getCreatedAt());
        return new NewRegistration(r, token);
    }

    private static String secret(int bytes) {
        byte[] secret = new byte[bytes];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    // ---- the seat rules: callers hold the event's lock (lockEvent) ----------------------------

    /** Takes the event's row lock: every seat decision of one event happens after this, one at a time. */
    public void lockEvent(Event event) {
        em.lock(em.find(Event.class, event.getId()), LockModeType.PESSIMISTIC_WRITE);
    }

    /** Under the lock: the same person (NIP/NIK) may hold one active registration per event. */
    public void refuseDuplicate(Event event, Registration r) {
        List<Registration> same = em.createQuery("select r from Registration r where r.event = :e and r.personKey = :p",
                Registration.class).setParameter("e", event).setParameter("p", r.getPersonKey()).getResultList();
        for (Registration s : same) {
            if (s.getStatus().isActive()) {
                throw BusinessException.conflict("registration.duplicate", "NIK".equals(r.getIdKind())
                        ? PersonalIds.maskNik(cipher.decrypt(r.getNikCipher())) : PersonalIds.formatNip(r.getNip()));
            }
        }
        for (Registration s : same) {
            // registering again after cancelling or being substituted: the old row steps aside (its
            // person key is free again) so the unique key holds; it stays as history
            s.setPersonKey(PasswordHasher.sha256Hex(s.getPersonKey() + ":" + s.getId()));
        }
        if (!same.isEmpty()) {
            em.flush();
        }
    }

    /** Under the lock: CONFIRMED if a seat (and the institution's quota) allows, else WAITLISTED. */
    public RegistrationStatus seatFor(Event event, Institution institution) {
        return hasSeat(event, institution) ? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED;
    }

    /** Under the lock: saves a new registration, logs it and queues its mail (with ticket and .ics). */
    public void persistAndAnnounce(Event event, Registration r, String token) {
        em.persist(r);
        em.flush();
        audit.record("registration." + r.getStatus().name().toLowerCase(), "Registration", r.getId(),
                event.getUnit().getId(), r.getName(), null, Map.of("eventId", event.getId(), "status", r.getStatus(),
                        "source", r.getSource()));
        Integer place = position(r);
        RegistrationMails.Mail mail = RegistrationMails.registered(event, r, place, token);
        mailWithAttachments("registration." + r.getStatus().name().toLowerCase(), event, r, mail);
    }

    void mailWithAttachments(String kind, Event event, Registration r, RegistrationMails.Mail mail) {
        if (r.getStatus() == RegistrationStatus.CONFIRMED) {
            outbox.enqueue(kind, r.getId(), r.getEmail(), mail.subject(), mail.text(),
                    Tickets.ATTACHMENT + ":" + r.getId(), EventCalendarAttachment.KIND + ":" + event.getId());
        } else {
            outbox.enqueue(kind, r.getId(), r.getEmail(), mail.subject(), mail.text());
        }
    }

    /** Under the lock: after a seat was freed, confirms the waiting people it now fits, in arrival order. */
    public void seatFreed(Event event) {
        promote(event);
    }

    /** Under the lock: changes a status and logs it (no seat rule is checked here). */
    public void changeStatus(Registration r, RegistrationStatus to, String action) {
        RegistrationStatus from = r.getStatus();
        r.setStatus(to);
        r.setUpdatedAt(clock.now());
        em.flush();
        audit.record(action, "Registration", r.getId(), r.getEvent().getUnit().getId(), r.getName(),
                Map.of("status", from), Map.of("status", to));
    }

    /** The participant corrects their phone and email by the personal link. */
    public Registration updateContact(String token, String phone, String email) {
        Registration r = byToken(token);
        if (!r.getStatus().isActive()) {
            throw BusinessException.conflict("registration.inactive");
        }
        String p = IndonesianPhone.mobile(phone).orElseThrow(() -> BusinessException.invalid("phone", "registration.phone"));
        if (email == null || !EMAIL.matcher(email.trim()).matches()) {
            throw BusinessException.invalid("email", "validation.email");
        }
        Map<String, Object> before = Map.of("phone", r.getPhone(), "email", r.getEmail());
        r.setPhone(p);
        r.setEmail(email.trim().toLowerCase());
        r.setUpdatedAt(clock.now());
        audit.record("registration.contact", "Registration", r.getId(), r.getEvent().getUnit().getId(), r.getName(), before,
                Map.of("phone", r.getPhone(), "email", r.getEmail()));
        return r;
    }

    /** Cancels by the personal link's secret; a confirmed seat goes to the first waiting person it fits. */
    public Registration cancel(String token) {
        Registration r = byToken(token);
        lockEvent(r.getEvent());
        em.refresh(r);
        if (!r.getStatus().isActive()) {
            return r;
        }
        boolean freedSeat = r.getStatus() == RegistrationStatus.CONFIRMED;
        changeStatus(r, RegistrationStatus.CANCELLED, "registration.cancel");
        if (freedSeat) {
            promote(r.getEvent());
        }
        return r;
    }

    /** Confirms waiting people, in arrival order, while seats (and their institution's quota) allow. */
    private void promote(Event event) {
        List<Registration> waiting = em.createQuery("select r from Registration r where r.event = :e and r.status = :w order by r.id",
                Registration.class).setParameter("e", event).setParameter("w", RegistrationStatus.WAITLISTED).getResultList();
        for (Registration w : waiting) {
            if (!hasSeat(event, null)) {
                return;
            }
            if (hasSeat(event, w.getInstitution())) {
                changeStatus(w, RegistrationStatus.CONFIRMED, "registration.promote");
                mailWithAttachments("registration.promoted", event, w, RegistrationMails.promoted(event, w));
            }
        }
    }

    private boolean hasSeat(Event event, Institution institution) {
        if (event.getCapacity() != null) {
            long confirmed = em.createQuery("select count(r) from Registration r where r.event = :e and r.status = :c", Long.class)
                    .setParameter("e", event).setParameter("c", RegistrationStatus.CONFIRMED).getSingleResult();
            if (confirmed >= event.getCapacity()) {
                return false;
            }
        }
        if (institution != null) {
            List<Integer> quota = em.createQuery("select i.quota from Invitation i where i.event = :e and i.institution = :n",
                    Integer.class).setParameter("e", event).setParameter("n", institution).getResultList();
            if (!quota.isEmpty()) {
                long used = em.createQuery("select count(r) from Registration r where r.event = :e and r.institution = :n"
                                + " and r.status = :c", Long.class).setParameter("e", event).setParameter("n", institution)
                        .setParameter("c", RegistrationStatus.CONFIRMED).getSingleResult();
                return used < quota.get(0);
            }
        }
        return true;
    }

    /** 1-based place in the waitlist, or null when not waiting. */
    public Integer position(Registration r) {
        if (r.getStatus() != RegistrationStatus.WAITLISTED) {
            return null;
        }
        return Math.toIntExact(em.createQuery("select count(x) from Registration x where x.event = :e and x.status = :w and x.id <= :id",
                        Long.class).setParameter("e", r.getEvent()).setParameter("w", RegistrationStatus.WAITLISTED)
                .setParameter("id", r.getId()).getSingleResult());
    }

    public record InvitedInstitution(long id, String name) {
    }

    /** Institutions invited to an event: the choices of the public form. */
    public List<InvitedInstitution> invitedInstitutions(long eventId) {
        return em.createQuery("select i.institution.id, i.institution.name from Invitation i where i.event.id = :e"
                        + " order by i.institution.name", Object[].class).setParameter("e", eventId).getResultList().stream()
                .map(r -> new InvitedInstitution((Long) r[0], (String) r[1])).toList();
    }

    /** "1375••••••••0003" */
    public String maskedNik(Registration r) {
        return r.getNikCipher() == null ? "" : PersonalIds.maskNik(cipher.decrypt(r.getNikCipher()));
    }

    public Registration byToken(String token) {
        List<Registration> found = em.createQuery("select r from Registration r join fetch r.event where r.tokenHash = :h",
                Registration.class).setParameter("h", PasswordHasher.sha256Hex(token == null ? "" : token)).getResultList();
        if (found.isEmpty()) {
            throw BusinessException.notFound("error.notFound");
        }
        return found.get(0);
    }

    private Event publicEvent(String slug) {
        List<Event> events = em.createQuery("select e from Event e join fetch e.unit where e.slug = :s", Event.class)
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

    private static void validate(Form f, boolean institutionGiven) {
        if (f.name() == null || f.name().isBlank()) {
            throw BusinessException.invalid("name", "validation.required");
        }
        if (f.idNumber() == null || f.idNumber().isBlank()) {
            throw BusinessException.invalid("idNumber", "validation.required");
        }
        if (!institutionGiven && (f.institutionName() == null || f.institutionName().isBlank())) {
            throw BusinessException.invalid("institutionName", "validation.required");
        }
        if (f.email() == null || !EMAIL.matcher(f.email().trim()).matches()) {
            throw BusinessException.invalid("email", "validation.email");
        }
    }

    private static void validateConsent(Form f) {
        if (!f.consent()) {
            throw BusinessException.invalid("consent", "registration.consent");
        }
    }

}
