package id.sirakor.registration.control;

import id.sirakor.platform.text.Inputs;
import id.sirakor.platform.text.FormRules;
import id.sirakor.platform.text.SingleLine;
import id.sirakor.platform.text.NoFormula;
import jakarta.validation.constraints.Size;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.institution.entity.Institution;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.crypto.PersonalDataCipher;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.mail.Outbox;
import id.sirakor.platform.phone.IndonesianPhone;
import id.sirakor.region.control.RegionService;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Online registration with zero overbooking, decided in groups.
 *
 * <p><b>On the request's thread, before any lock</b> ({@link #prepare}): the event's id, time zone
 * and status (cached for two seconds; the decision checks the status again), the form's
 * validation, NIP/NIK checks (known districts cached), the phone, the person's HMAC index, the
 * NIK's encryption, the personal link's secret and its hash, and who is acting (for the audit
 * row). No database round trip in the usual case.
 *
 * <p><b>Group commit</b>: the prepared registration is queued for its event
 * ({@link RegistrationWriter}); one writer per event and node takes everything queued, up to a
 * few hundred, and decides it in one transaction ({@link #decideBatch}): the event with its days,
 * halls and venues and the mail's event text (once per batch), the idempotency keys already
 * answered (a retry gets the first answer), the people already registered
 * ({@code registration.duplicate}; a cancelled registration is replaced), the institutions; then
 * {@link SeatLedger#placeAll} locks the event's counter row, decides every registration in
 * arrival order from the locked counters, inserts them with their mails, and appends all audit
 * rows at once. One commit, one counter-row lock and one audit-chain lock serve the whole group;
 * the request threads wait for their own outcome.
 *
 * <p><b>Why it is correct</b>: the counter row of the event is the arbiter. Whoever decides holds
 * its row lock ({@code SELECT … FOR UPDATE}, or a conditional {@code UPDATE} in
 * {@link SeatLedger#place}) until commit, on any node; READ COMMITTED shows it the counters and
 * capacity committed by the previous holder, so capacity and quotas are never exceeded. Only
 * SeatLedger changes statuses and counters, in the same transaction as the rows, so they agree
 * (checked by RegistrationConcurrencyIT). Two submissions with the same idempotency key or the
 * same person in one group are resolved in memory; across groups or nodes they meet at the
 * unique keys: the later insert waits for the first commit and fails, the group is then decided
 * one registration per transaction and the loser is answered with the first registration (same
 * key) or {@code registration.duplicate}. Waiting people are promoted in waitlist-number order,
 * which is the order of the decisions.
 */
@ApplicationScoped
public class RegistrationService {

    public static final String CONSENT_VERSION = "2026-11";
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");
    private static final long HEADER_TTL_NANOS = 2_000_000_000L;

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    RegionService regions;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    SeatLedger ledger;

    @Inject
    RegistrationWriter writer;

    @Inject
    RegistrationService self;

    /** Districts (kab/kota codes) known to exist: a NIK's first six digits are checked against them. */
    private final Set<String> knownDistricts = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, EventHeader> headers = new ConcurrentHashMap<>();

    /**
     * The person's fields as typed (public form, API, delegate form, by hand). The maximum lengths
     * are the column sizes of {@code registration} (V6); FormRulesTest checks that they agree.
     */
    public record Form(@Size(max = 60) @SingleLine @NoFormula String frontTitle,
                       @Size(max = 150) @SingleLine @NoFormula String name,
                       @Size(max = 80) @SingleLine @NoFormula String backTitle,
                       @Size(max = 250) @SingleLine @NoFormula String position,
                       @Size(max = 3) @SingleLine String idKind,
                       @Size(max = 30) @SingleLine String idNumber,
                       Long institutionId,
                       @Size(max = 200) @SingleLine @NoFormula String institutionName,
                       @Size(max = 20) @SingleLine String phone,
                       @Size(max = 150) @SingleLine String email,
                       boolean consent) {
    }

    /** The outcome; {@code token} (the personal link's secret) only on the first answer. */
    public record Outcome(long registrationId, RegistrationStatus status, Integer waitlistPosition, String token) {
    }

    /**
     * What the request thread needs to know of an event, at most two seconds old: which one, its
     * time zone and status, and its part of the mail texts (title, days, times, halls, venues).
     */
    public record EventHeader(long id, String timeZone, EventStatus status, Instant endsAt, RegistrationMails.EventText text, long loadedAt) {
    }

    /**
     * One submission, prepared on the request's thread: the row to insert (event and institution
     * are set when it is decided), the institution asked for, the person's description for
     * messages, the personal link's secret and who submitted it.
     */
    public record Prepared(long eventId, Registration registration, Long institutionId, String institutionName,
                           String personText, String token, RegistrationMails.Registered mails, AuditLog.Actor actor) {
    }

    /**
     * Registers, or returns the first answer for a known idempotency key. Waits for the group its
     * registration is decided in; runs no transaction of the caller's (it must not: a retry racing
     * the first attempt is recognised only after that one commits).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Outcome register(String slug, Form f, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 80) {
            throw BusinessException.invalid("idempotencyKey", "registration.idempotency");
        }
        EventHeader event;
        try {
            event = header(slug);
        } catch (BusinessException e) {
            Outcome first = self.answeredBefore(idempotencyKey); // a retry after the event closed still gets its answer
            if (first != null) {
                return first;
            }
            throw e;
        }
        return writer.decide(prepare(event, f, idempotencyKey));
    }

    /**
     * The public form's registration prepared for the writer but not decided (see
     * {@link RegistrationWriter#decideTogether}); the same checks as {@link #register}.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Prepared prepareOnline(String slug, Form f, String idempotencyKey) {
        return prepare(header(slug), f, idempotencyKey);
    }

    /** The answer already given for an idempotency key, or null. */
    @Transactional
    public Outcome answeredBefore(String idempotencyKey) {
        return answered(idempotencyKey);
    }

    /** The part before any lock, without database work in the usual case; see the class comment. */
    Prepared prepare(EventHeader event, Form f, String idempotencyKey) {
        validate(f);
        Person p = person(f, ZoneId.of(event.timeZone()), "ONLINE", idempotencyKey);
        return new Prepared(event.id(), p.registration(), f.institutionId(), f.institutionId() == null ? f.institutionName().trim() : null,
                p.text(), p.token(), RegistrationMails.registered(event.text(), RegistrationMails.displayName(p.registration()), p.token()),
                audit.currentActor());
    }

    private boolean districtExists(String code) {
        if (knownDistricts.contains(code)) {
            return true;
        }
        boolean exists = self.regionExists(code);
        if (exists) {
            knownDistricts.add(code);
        }
        return exists;
    }

    @Transactional
    public boolean regionExists(String code) {
        return regions.exists(code);
    }

    /** The event as the request thread sees it, at most two seconds old; refuses unknown, unpublished and closed events. */
    EventHeader header(String slug) {
        String key = slug == null ? "" : slug;
        EventHeader h = headers.get(key);
        if (h == null || System.nanoTime() - h.loadedAt() > HEADER_TTL_NANOS) {
            h = self.loadHeader(key);
            headers.put(key, h);
        }
        if (h.status().isCancelled()) {
            throw BusinessException.conflict("event.cancelledRegistration");
        }
        if (!h.status().isPublic()) {
            throw BusinessException.notFound("error.notFound");
        }
        if (!Event.registrationOpen(h.status(), h.endsAt(), clock.now())) {
            throw BusinessException.conflict("registration.closed");
        }
        return h;
    }

    @Transactional
    public EventHeader loadHeader(String slug) {
        List<Event> found = em.createQuery("select e from Event e where e.slug = :s", Event.class)
                .setHint("jakarta.persistence.fetchgraph", RegistrationMails.eventGraph(em)).setParameter("s", slug).getResultList();
        if (found.isEmpty()) {
            throw BusinessException.notFound("error.notFound");
        }
        Event e = found.get(0);
        return new EventHeader(e.getId(), e.getTimeZone(), e.getStatus(), e.endsAt(), RegistrationMails.eventText(e), System.nanoTime());
    }

    /**
     * Decides a group of prepared registrations of one event, in order, in one transaction (see
     * the class comment). Returns, per submission, its {@link Outcome} or the
     * {@link BusinessException} that refuses it. Called by {@link RegistrationWriter}.
     */
    @Transactional
    public List<Object> decideBatch(long eventId, List<Prepared> batch) {
        Object[] results = new Object[batch.size()];
        List<EventStatus> status = em.createQuery("select e.status from Event e where e.id = :id", EventStatus.class)
                .setParameter("id", eventId).getResultList();
        boolean approval = Boolean.TRUE.equals(em.createQuery("select e.requiresApproval from Event e where e.id = :id", Boolean.class)
                .setParameter("id", eventId).getResultList().stream().findFirst().orElse(false));
        Instant endsAt = em.createQuery("select max(d.endsAt) from EventDay d where d.event.id = :id", Instant.class)
                .setParameter("id", eventId).getSingleResult();
        BusinessException refused = !status.isEmpty() && status.get(0).isCancelled() ? BusinessException.conflict("event.cancelledRegistration")
                : status.isEmpty() || !status.get(0).isPublic() ? BusinessException.notFound("error.notFound")
                : !Event.registrationOpen(status.get(0), endsAt, clock.now()) ? BusinessException.conflict("registration.closed") : null;
        if (refused != null) {
            java.util.Arrays.fill(results, refused);
            return List.of(results);
        }
        Event event = em.getReference(Event.class, eventId);

        // what is known already, in one query: keys answered before (any event) and people registered for this event
        Set<String> keys = new HashSet<>();
        Set<String> persons = new HashSet<>();
        Set<Long> institutionIds = new HashSet<>();
        for (Prepared p : batch) {
            keys.add(p.registration().getIdempotencyKey());
            persons.add(p.registration().getPersonKey());
            if (p.institutionId() != null) {
                institutionIds.add(p.institutionId());
            }
        }
        Map<String, Object[]> answered = new HashMap<>();
        Map<String, Object[]> registered = new HashMap<>();
        for (Object[] row : em.createQuery("select r.idempotencyKey, r.personKey, r.status, r.id, r.event.id, r.waitlistNo"
                        + " from Registration r where r.idempotencyKey in :k or (r.event.id = :e and r.personKey in :p)", Object[].class)
                .setParameter("k", keys).setParameter("e", eventId).setParameter("p", persons).getResultList()) {
            if (keys.contains((String) row[0])) {
                answered.put((String) row[0], row);
            }
            if (eventId == (Long) row[4]) {
                registered.put((String) row[1], row);
            }
        }
        Map<Long, Institution> institutions = new HashMap<>();
        if (!institutionIds.isEmpty()) {
            for (Institution i : em.createQuery("select i from Institution i where i.id in :ids", Institution.class)
                    .setParameter("ids", institutionIds).getResultList()) {
                institutions.put(i.getId(), i);
            }
        }

        Map<String, Integer> firstWithKey = new HashMap<>();
        Set<String> personInBatch = new HashSet<>();
        List<SeatLedger.Arrival> arrivals = new ArrayList<>();
        List<Integer> arrivalIndex = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Prepared p = batch.get(i);
            Registration r = p.registration();
            Object[] earlier = answered.get(r.getIdempotencyKey());
            if (earlier != null) {
                RegistrationStatus st = (RegistrationStatus) earlier[2];
                results[i] = new Outcome((Long) earlier[3], st, position((Long) earlier[4], st, (Long) earlier[5]), null);
                continue;
            }
            Integer first = firstWithKey.get(r.getIdempotencyKey());
            if (first != null) {
                results[i] = first; // the same submission twice in one group: resolved below
                continue;
            }
            Object[] same = registered.get(r.getPersonKey());
            if ((same != null && ((RegistrationStatus) same[2]).isActive()) || personInBatch.contains(r.getPersonKey())) {
                results[i] = BusinessException.conflict("registration.duplicate", p.personText());
                continue;
            }
            Institution institution = p.institutionId() == null ? null : institutions.get(p.institutionId());
            if (p.institutionId() != null && institution == null) {
                results[i] = BusinessException.invalid("institution", "registration.institutionUnknown");
                continue;
            }
            if (same != null) { // registering again after cancelling: a new row, a new place in line; the old one stays as history
                stepAside((Long) same[3], r.getPersonKey());
            }
            r.setEvent(event);
            r.setInstitution(institution);
            r.setInstitutionName(institution != null ? institution.getName() : p.institutionName());
            firstWithKey.put(r.getIdempotencyKey(), i);
            personInBatch.add(r.getPersonKey());
            arrivals.add(new SeatLedger.Arrival(r, p.actor()));
            arrivalIndex.add(i);
        }

        if (approval) { // nothing to decide yet: each waits for the secretariat (rare, so one by one)
            Event full = em.find(Event.class, eventId);
            id.sirakor.event.control.EventService.initialize(full);
            for (int j = 0; j < arrivals.size(); j++) {
                Registration r = arrivals.get(j).registration();
                Prepared p = batch.get(arrivalIndex.get(j));
                persistPending(full, r);
                RegistrationMails.Mail mail = RegistrationMails.registered(full, r, null, p.token());
                outbox.enqueue("registration.pending", r.getId(), r.getEmail(), mail.subject(), mail.text());
                results[arrivalIndex.get(j)] = new Outcome(r.getId(), RegistrationStatus.PENDING, null, p.token());
            }
            resolveRepeats(results);
            return List.of(results);
        }
        List<SeatLedger.Placement> placed = ledger.placeAll(eventId, arrivals, (rows, placements) -> {
            List<Outbox.NewMail> out = new ArrayList<>(rows.size());
            for (int j = 0; j < rows.size(); j++) {
                SeatLedger.Placement pl = placements.get(j);
                RegistrationMails.Mail mail = batch.get(arrivalIndex.get(j)).mails().forDecision(pl.status(), pl.waitlistPosition());
                long id = rows.get(j).getId();
                out.add(new Outbox.NewMail("registration." + pl.status().name().toLowerCase(), id,
                        rows.get(j).getEmail(), mail.subject(), mail.text(), pl.status() == RegistrationStatus.CONFIRMED
                        ? Tickets.confirmationAttachments(id, eventId) : new String[0]));
            }
            outbox.enqueueAll(out);
        });
        for (int j = 0; j < arrivals.size(); j++) {
            Registration r = arrivals.get(j).registration();
            results[arrivalIndex.get(j)] = new Outcome(r.getId(), placed.get(j).status(), placed.get(j).waitlistPosition(),
                    batch.get(arrivalIndex.get(j)).token());
        }
        resolveRepeats(results);
        return List.of(results);
    }

    /** The same submission twice in one group gets the first one's answer (without the secret). */
    private static void resolveRepeats(Object[] results) {
        for (int i = 0; i < results.length; i++) {
            if (results[i] instanceof Integer first) {
                Outcome o = (Outcome) results[first];
                results[i] = new Outcome(o.registrationId(), o.status(), o.waitlistPosition(), null);
            }
        }
    }

    /** An inactive registration of a person who registers again keeps its row, under another person key. */
    private void stepAside(long registrationId, String personKey) {
        em.createQuery("update Registration r set r.personKey = :k where r.id = :id")
                .setParameter("k", PasswordHasher.sha256Hex(personKey + ":" + registrationId)).setParameter("id", registrationId)
                .executeUpdate();
    }

    /**
     * A group failed as a whole (a unique key taken by another node's group at the same moment, a
     * deadlock): each of its submissions is decided alone, and one that fails again is answered
     * here: with the registration that took its idempotency key first, or as a duplicate person.
     */
    @Transactional
    public Outcome afterConflict(Prepared p, RuntimeException failure) {
        Outcome first = answered(p.registration().getIdempotencyKey());
        if (first != null) {
            return first;
        }
        List<RegistrationStatus> same = em.createQuery("select r.status from Registration r where r.event.id = :e and r.personKey = :p",
                        RegistrationStatus.class).setParameter("e", p.eventId())
                .setParameter("p", p.registration().getPersonKey()).getResultList();
        if (!same.isEmpty() && same.get(0).isActive()) {
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

    // ---- registrations made for someone: the institution's operator, the secretariat, an import ----

    /** A registration checked and built, not yet saved; {@code token} is the personal link's secret. */
    public record NewRegistration(Registration registration, String token) {
    }

    /**
     * Checks the person's fields and builds the registration, before any lock. Consent is the
     * caller's business: an operator or the secretariat declares it on the person's behalf.
     */
    @Transactional
    public NewRegistration newRegistration(Event event, Form f, Institution institution, String source, String idempotencyKey) {
        validatePerson(f, institution != null);
        Person person = person(f, event.zone(), source, idempotencyKey != null ? idempotencyKey : source + ":" + PasswordHasher.newSecret(18));
        Registration r = person.registration();
        r.setEvent(event);
        r.setInstitution(institution);
        r.setInstitutionName(institution != null ? institution.getName() : f.institutionName().trim());
        return new NewRegistration(r, person.token());
    }

    /** A registration's person built from checked fields; {@code text} is the NIP or the masked NIK for messages. */
    private record Person(Registration registration, String token, String text) {
    }

    /**
     * The person part of every registration, whoever makes it: NIP/NIK checked part by part,
     * phone, the NIK encrypted and indexed, the personal link's secret, the ticket code, consent
     * recorded with its version (the public form's own, or "SOURCE-version" when declared for the
     * person). Event and institution are the caller's.
     */
    private Person person(Form f, ZoneId zone, String source, String idempotencyKey) {
        var today = clock.now().atZone(zone).toLocalDate();
        String kind = f.idKind() != null && "NIK".equalsIgnoreCase(f.idKind().trim()) ? "NIK" : "NIP";
        String number = "NIK".equals(kind)
                ? PersonalIds.checkNik("idNumber", f.idNumber(), today, this::districtExists)
                : PersonalIds.checkNip("idNumber", f.idNumber(), today);
        String phone = IndonesianPhone.mobile(f.phone())
                .orElseThrow(() -> BusinessException.invalid("phone", "registration.phone"));
        Registration r = new Registration();
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
        r.setIdempotencyKey(idempotencyKey);
        String token = PasswordHasher.newSecret(24);
        r.setTokenHash(PasswordHasher.sha256Hex(token));
        r.setTicketCode(Tickets.newCode());
        r.setConsentVersion("ONLINE".equals(source) ? CONSENT_VERSION : source + "-" + CONSENT_VERSION);
        r.setConsentAt(clock.now());
        r.setCreatedAt(clock.now());
        r.setUpdatedAt(r.getCreatedAt());
        return new Person(r, token, "NIK".equals(kind) ? PersonalIds.maskNik(number) : PersonalIds.formatNip(number));
    }

    /** Takes the event's seat lock (SeatLedger's counter row) for the checks that follow; held until commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockEvent(Event event) {
        ledger.lockEvent(event.getId());
    }

    /** Under the lock: the same person (NIP/NIK) may hold one active registration per event. */
    @Transactional(Transactional.TxType.MANDATORY)
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
            stepAside(s.getId(), s.getPersonKey());
            em.detach(s);
        }
    }

    /**
     * Under the lock: a new registration made for someone gets its status (PENDING when it must
     * wait for approval, else a seat or the waitlist by {@link SeatLedger#place}) and its first mail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void admit(Event event, Registration r, String token, boolean awaitApproval) {
        Integer place = null;
        if (awaitApproval) {
            persistPending(event, r);
        } else {
            place = ledger.place(r).waitlistPosition();
        }
        id.sirakor.event.control.EventService.initialize(event);
        mailWithAttachments("registration." + r.getStatus().name().toLowerCase(), event, r,
                RegistrationMails.registered(event, r, place, token));
    }

    /** A registration that waits for the secretariat's approval: saved as PENDING, holding no seat. */
    private void persistPending(Event event, Registration r) {
        r.setStatus(RegistrationStatus.PENDING);
        em.persist(r);
        em.flush();
        audit.record("registration.pending", "Registration", r.getId(), event.getUnit().getId(), r.getName(), null,
                Map.of("eventId", event.getId(), "status", RegistrationStatus.PENDING, "source", r.getSource()));
    }

    void mailWithAttachments(String kind, Event event, Registration r, RegistrationMails.Mail mail) {
        if (r.getStatus() == RegistrationStatus.CONFIRMED) {
            outbox.enqueue(kind, r.getId(), r.getEmail(), mail.subject(), mail.text(),
                    Tickets.confirmationAttachments(r.getId(), event.getId()));
        } else {
            outbox.enqueue(kind, r.getId(), r.getEmail(), mail.subject(), mail.text());
        }
    }

    /** Changes a status that holds no seat (a pending request handed over); seats change only in SeatLedger. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changeUnseated(Registration r, RegistrationStatus to, String action) {
        if (r.getStatus() == RegistrationStatus.CONFIRMED || r.getStatus() == RegistrationStatus.WAITLISTED
                || to == RegistrationStatus.CONFIRMED || to == RegistrationStatus.WAITLISTED) {
            throw new IllegalStateException("seats change in SeatLedger only");
        }
        RegistrationStatus from = r.getStatus();
        r.setStatus(to);
        r.setUpdatedAt(clock.now());
        em.flush();
        audit.record(action, "Registration", r.getId(), r.getEvent().getUnit().getId(), r.getName(),
                Map.of("status", from), Map.of("status", to));
    }

    /** The participant corrects their phone and email by the personal link. */
    @Transactional
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
        return position(r.getEvent().getId(), r.getStatus(), r.getWaitlistNo());
    }

    private Integer position(long eventId, RegistrationStatus status, Long waitlistNo) {
        if (status != RegistrationStatus.WAITLISTED || waitlistNo == null) {
            return null;
        }
        return Math.toIntExact(em.createQuery("select count(x) from Registration x where x.event.id = :e and x.status = :w"
                        + " and x.waitlistNo <= :n", Long.class).setParameter("e", eventId)
                .setParameter("w", RegistrationStatus.WAITLISTED).setParameter("n", waitlistNo).getSingleResult());
    }

    public record InvitedInstitution(long id, String name) implements java.io.Serializable {
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
        List<Registration> found = em.createQuery("select r from Registration r join fetch r.event where r.tokenHash = :h or r.shareTokenHash = :h",
                Registration.class).setParameter("h", PasswordHasher.sha256Hex(token == null ? "" : token)).getResultList();
        if (found.isEmpty()) {
            throw BusinessException.notFound("error.notFound");
        }
        return found.get(0);
    }

    private static void validatePerson(Form f, boolean institutionGiven) {
        checkIdKind(f);
        FormRules.check(f);
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

    /**
     * NIP or NIK, nothing else (a passport, a SIM is not an identity this registration can check):
     * before the length bounds, so that "PASSPORT" is told what is accepted, not "at most 3 characters".
     */
    private static void checkIdKind(Form f) {
        if (f != null && f.idKind() != null && !f.idKind().isBlank() && !"NIK".equalsIgnoreCase(f.idKind().trim())
                && !"NIP".equalsIgnoreCase(f.idKind().trim())) {
            throw BusinessException.invalid("idKind", "registration.idKind");
        }
    }

    /** The public form: the person's fields, an institution chosen or named, and the person's own consent. */
    private static void validate(Form f) {
        if (f == null) {
            FormRules.check(f); // an empty body: answered as before
        }
        validatePerson(f, f.institutionId() != null); // the identity kind, then the bounds (FormRules), then the person
        if (!f.consent()) {
            throw BusinessException.invalid("consent", "registration.consent");
        }
    }

}
