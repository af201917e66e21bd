package id.sirakor.registration.control;

import id.sirakor.event.control.EventCalendarAttachment;
import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.institution.entity.Institution;
import id.sirakor.institution.entity.InstitutionContact;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.document.LetterNumberService;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.mail.Outbox;
import id.sirakor.registration.entity.Invitation;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Invitations of institutions to an event, each with a seat quota: invited one by one or by
 * type and region; the surat undangan gets its number from the unit's gap-free yearly counter
 * when it is issued (sent by mail or issued for delivery by hand); the institution's operator
 * reaches the delegates page by a secret link or by an OPERATOR_INSTANSI account.
 * Status: CREATED → SENT → OPENED (the operator link was opened) → DELEGATES (a delegate named).
 */
@ApplicationScoped
@Transactional
public class InvitationService {

    public static final String CREATED = "CREATED";
    public static final String SENT = "SENT";
    public static final String OPENED = "OPENED";
    public static final String DELEGATES = "DELEGATES";
    static final int MAX_QUOTA = 500;
    static final int MAX_MATCHING = 5000;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    EventService events;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    Outbox outbox;

    @Inject
    LetterNumberService letterNumbers;

    @Inject
    SeatLedger ledger;

    @Inject
    InvitationLetters letters;

    @Inject
    id.sirakor.region.control.RegionService regions;

    /** One invitation with its seats in use: confirmed, waiting, pending approval. */
    public record Row(Invitation invitation, long confirmed, long waiting, long pending) implements java.io.Serializable {
        public long named() {
            return confirmed + waiting + pending;
        }
    }

    public record SendReport(int sent, List<String> withoutEmail) {
    }

    // ---- reading ---------------------------------------------------------------------------

    /**
     * The invitations of an event, for staff (ADMIN, SEKRETARIAT) of its unit or a unit above. An
     * institution's operator sees only its own invitation, through {@link #mine()}.
     */
    public List<Row> list(long eventId) {
        scope.requireStaff();
        Event e = events.find(eventId);
        List<Invitation> invitations = em.createQuery("select i from Invitation i join fetch i.institution"
                + " where i.event = :e order by i.institution.name", Invitation.class).setParameter("e", e).getResultList();
        Map<Long, long[]> used = new HashMap<>();
        for (Object[] r : em.createQuery("select r.institution.id, r.status, count(r) from Registration r where r.event = :e"
                + " and r.institution is not null group by r.institution.id, r.status", Object[].class).setParameter("e", e).getResultList()) {
            long[] c = used.computeIfAbsent((Long) r[0], k -> new long[3]);
            RegistrationStatus s = (RegistrationStatus) r[1];
            int slot = s == RegistrationStatus.CONFIRMED ? 0 : s == RegistrationStatus.WAITLISTED ? 1 : s == RegistrationStatus.PENDING ? 2 : -1;
            if (slot >= 0) {
                c[slot] += (Long) r[2];
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Invitation i : invitations) {
            long[] c = used.getOrDefault(i.getInstitution().getId(), new long[3]);
            rows.add(new Row(i, c[0], c[1], c[2]));
        }
        return rows;
    }

    /** An invitation of an event the caller may read. */
    public Invitation find(long eventId, long invitationId) {
        scope.requireStaff();
        Event e = events.find(eventId);
        Invitation i = em.find(Invitation.class, invitationId);
        if (i == null || !i.getEvent().getId().equals(e.getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        i.getInstitution().getName();
        return i;
    }

    // ---- writing (the event's secretariat) ---------------------------------------------------

    private Event manageable(long eventId) {
        scope.requireStaff();
        Event e = events.find(eventId);
        if (!scope.canManage(e.getUnit())) {
            throw BusinessException.forbidden("error.readOnlyUnit", e.getUnit().getName());
        }
        if (e.getStatus() == EventStatus.CANCELLED) {
            throw BusinessException.conflict("event.cancelledRefused");
        }
        if (e.getStatus() == EventStatus.CLOSED || e.getStatus() == EventStatus.ARCHIVED) {
            throw BusinessException.conflict("invitation.eventClosed");
        }
        return e;
    }

    /** A letter is an invitation to come: none is issued or sent once the event's last day is over. */
    private void requireNotEnded(Event e) {
        Instant now = clock.now();
        if (!e.getDays().isEmpty() && e.getDays().stream().allMatch(d -> d.getEndsAt().isBefore(now))) {
            throw BusinessException.conflict("invitation.eventEnded");
        }
    }

    private static void checkQuota(int quota) {
        if (quota < 1 || quota > MAX_QUOTA) {
            throw BusinessException.invalid("quota", "invitation.quotaRange", MAX_QUOTA);
        }
    }

    public Invitation invite(long eventId, long institutionId, int quota) {
        Event e = manageable(eventId);
        checkQuota(quota);
        Institution n = em.find(Institution.class, institutionId);
        if (n == null || !n.isActive()) {
            throw BusinessException.invalid("institution", "registration.institutionUnknown");
        }
        Long exists = em.createQuery("select count(i) from Invitation i where i.event = :e and i.institution = :n", Long.class)
                .setParameter("e", e).setParameter("n", n).getSingleResult();
        if (exists > 0) {
            throw BusinessException.invalid("institution", "invitation.already", n.getName());
        }
        Invitation i = create(e, n, quota);
        em.flush();
        ledger.recount(e.getId()); // people of this institution may hold seats already: count them against the quota
        audit.record("invitation.create", "Invitation", i.getId(), e.getUnit().getId(), n.getName(), null,
                Map.of("eventId", e.getId(), "quota", quota));
        return i;
    }

    /**
     * Invites every active institution of a type and/or in a region (and the regions below it)
     * that is not invited yet, e.g. every BKPSDM in Sumatera Barat (type BKPSDM, region "13").
     * Returns how many were invited.
     */
    public int inviteMatching(long eventId, InstitutionType type, String regionCode, int quota) {
        Event e = manageable(eventId); // who may, before what is asked: a refusal never reveals a validation rule
        checkQuota(quota);
        if (type == null && (regionCode == null || regionCode.isBlank())) {
            throw BusinessException.invalid("matchType", "invitation.filterRequired");
        }
        if (regionCode != null && !regionCode.isBlank() && !regions.exists(regionCode.trim())) {
            // the code is a region's, never a pattern: "%" or a quote is simply not a region
            throw BusinessException.invalid("matchRegion", "invitation.regionUnknown", regionCode.trim());
        }
        OrgUnit organizer = e.getUnit();
        // the organizer does not invite itself ("Bawaslu Provinsi Sumatera Barat" is in the directory too)
        StringBuilder q = new StringBuilder("select n from Institution n join n.region r where n.active = true"
                + " and not exists (select i.id from Invitation i where i.event = :e and i.institution = n)"
                + " and lower(n.name) <> :ownName and lower(n.name) <> :ownShort"
                + " and not (n.type = :bawaslu and r.code = :ownRegion)");
        if (type != null) {
            q.append(" and n.type = :t");
        }
        if (regionCode != null && !regionCode.isBlank()) {
            q.append(" and (r.code = :rc or r.code like :below)");
        }
        var query = em.createQuery(q.append(" order by n.name").toString(), Institution.class).setParameter("e", e)
                .setParameter("ownName", organizer.getName().toLowerCase())
                .setParameter("ownShort", organizer.getShortName() == null ? organizer.getName().toLowerCase() : organizer.getShortName().toLowerCase())
                .setParameter("bawaslu", InstitutionType.BAWASLU)
                .setParameter("ownRegion", organizer.getRegionCode() == null ? "-" : organizer.getRegionCode());
        if (type != null) {
            query.setParameter("t", type);
        }
        if (regionCode != null && !regionCode.isBlank()) {
            query.setParameter("rc", regionCode.trim()).setParameter("below", regionCode.trim() + ".%");
        }
        List<Institution> found = query.setMaxResults(MAX_MATCHING + 1).getResultList();
        if (found.size() > MAX_MATCHING) {
            throw BusinessException.invalid("matchType", "invitation.tooMany", MAX_MATCHING);
        }
        if (found.isEmpty()) {
            throw BusinessException.invalid("matchType", "invitation.noneMatching");
        }
        for (Institution n : found) {
            create(e, n, quota);
        }
        em.flush();
        ledger.recount(e.getId());
        audit.record("invitation.createMatching", "Event", e.getId(), e.getUnit().getId(),
                found.size() + " × " + (type == null ? "" : type.name()) + " " + (regionCode == null ? "" : regionCode), null,
                Map.of("count", found.size(), "quota", quota));
        return found.size();
    }

    private Invitation create(Event e, Institution n, int quota) {
        Invitation i = new Invitation();
        i.setEvent(e);
        i.setInstitution(n);
        i.setQuota(quota);
        i.setStatus(CREATED);
        i.setCreatedAt(clock.now());
        em.persist(i);
        return i;
    }

    /** A quota may not fall below the seats the institution's people already hold. */
    public Invitation setQuota(long eventId, long invitationId, int quota) {
        Event e = manageable(eventId);
        checkQuota(quota);
        Invitation i = find(eventId, invitationId);
        long holding = em.createQuery("select count(r) from Registration r where r.event = :e and r.institution = :n"
                        + " and r.status = :c", Long.class).setParameter("e", e).setParameter("n", i.getInstitution())
                .setParameter("c", RegistrationStatus.CONFIRMED).getSingleResult();
        if (quota < holding) {
            throw BusinessException.invalid("quota", "invitation.quotaBelowHeld", holding);
        }
        int before = i.getQuota();
        i.setQuota(quota);
        em.flush();
        if (quota > before) {
            ledger.promote(e.getId()); // waiting people of this institution may fit now
        }
        audit.record("invitation.quota", "Invitation", i.getId(), e.getUnit().getId(), i.getInstitution().getName(),
                Map.of("quota", before), Map.of("quota", quota));
        return i;
    }

    /** Only an invitation whose letter was not issued and that has nobody registered can be withdrawn. */
    public void remove(long eventId, long invitationId) {
        Event e = manageable(eventId);
        Invitation i = find(eventId, invitationId);
        if (i.getLetterNumber() != null) {
            throw BusinessException.conflict("invitation.removeIssued", i.getLetterNumber());
        }
        long people = em.createQuery("select count(r) from Registration r where r.event = :e and r.institution = :n", Long.class)
                .setParameter("e", e).setParameter("n", i.getInstitution()).getSingleResult();
        if (people > 0) {
            throw BusinessException.conflict("invitation.removeHasPeople", people);
        }
        audit.record("invitation.remove", "Invitation", i.getId(), e.getUnit().getId(), i.getInstitution().getName(),
                Map.of("quota", i.getQuota()), null);
        em.remove(i);
    }

    /** What every letter of the event says besides the event: Hal, Sifat and Tembusan (one per line). */
    public Event letterSettings(long eventId, String subject, String nature, String copies) {
        Event e = manageable(eventId);
        Map<String, Object> before = new HashMap<>();
        before.put("subject", e.getLetterSubject());
        before.put("nature", e.getLetterNature());
        before.put("copies", e.getLetterCopies());
        String s = id.sirakor.platform.text.Inputs.trimToNull(subject);
        String n = id.sirakor.platform.text.Inputs.trimToNull(nature);
        String c = id.sirakor.platform.text.Inputs.trimToNull(copies);
        if (s != null && s.length() > 300) {
            throw BusinessException.invalid("letterSubject", "validation.tooLong", 300);
        }
        if (c != null && c.length() > 2000) {
            throw BusinessException.invalid("letterCopies", "validation.tooLong", 2000);
        }
        e.setLetterSubject(s);
        e.setLetterNature(n);
        e.setLetterCopies(c);
        Map<String, Object> after = new HashMap<>();
        after.put("subject", s);
        after.put("nature", n);
        after.put("copies", c);
        audit.record("event.letterSettings", "Event", e.getId(), e.getUnit().getId(), e.getTitle(), before, after);
        return e;
    }

    /** Gives the letter its number (once), e.g. to print it and deliver it by hand. */
    public Invitation issue(long eventId, long invitationId) {
        Event e = manageable(eventId);
        Invitation i = find(eventId, invitationId);
        issue(e, i, InvitationLetters.Delivery.HAND);
        return i;
    }

    private void issue(Event e, Invitation i, InvitationLetters.Delivery delivery) {
        if (i.getLetterNumber() != null) {
            return;
        }
        requireNotEnded(e);
        var today = clock.now().atZone(e.zone()).toLocalDate();
        i.setLetterNumber(letterNumbers.next(e.getUnit(), today));
        i.setLetterDate(today);
        letters.freeze(i, delivery);
        audit.record("invitation.issue", "Invitation", i.getId(), e.getUnit().getId(),
                i.getLetterNumber() + " " + i.getInstitution().getName(), null, Map.of("number", i.getLetterNumber()));
    }

    /**
     * Mails the letters (PDF and .ics attached, with a new operator link) of the given
     * invitations, or of every invitation not sent yet when {@code ids} is empty. Institutions
     * without an email address are reported and left as they are.
     */
    public SendReport send(long eventId, Collection<Long> ids) {
        Event e = manageable(eventId);
        if (e.getDays().isEmpty()) {
            throw BusinessException.conflict("invitation.noDays");
        }
        requireNotEnded(e);
        List<Invitation> targets = ids == null || ids.isEmpty()
                ? em.createQuery("select i from Invitation i join fetch i.institution where i.event = :e and i.sentAt is null"
                + " order by i.institution.name", Invitation.class).setParameter("e", e).getResultList()
                : ids.stream().map(id -> find(eventId, id)).toList();
        int sent = 0;
        List<String> without = new ArrayList<>();
        for (Invitation i : targets) {
            String to = emailOf(i.getInstitution());
            if (to == null) {
                without.add(i.getInstitution().getName());
                continue;
            }
            issue(e, i, InvitationLetters.Delivery.MAIL);
            String token = PasswordHasher.newSecret(24);
            i.setOperatorTokenHash(PasswordHasher.sha256Hex(token));
            i.setSentTo(to);
            i.setSentAt(clock.now());
            if (CREATED.equals(i.getStatus())) {
                i.setStatus(SENT);
            }
            InvitationMails.Mail mail = InvitationMails.invitation(e, i, token);
            outbox.enqueue("invitation", i.getId(), to, mail.subject(), mail.text(),
                    InvitationLetters.KIND + ":" + i.getId(), EventCalendarAttachment.KIND + ":" + e.getId());
            audit.record("invitation.send", "Invitation", i.getId(), e.getUnit().getId(), i.getInstitution().getName(), null,
                    Map.of("to", to, "number", i.getLetterNumber()));
            sent++;
        }
        return new SendReport(sent, without);
    }

    static String emailOf(Institution n) {
        if (n.getEmail() != null && !n.getEmail().isBlank()) {
            return n.getEmail().trim();
        }
        for (InstitutionContact c : n.getContacts()) {
            if (c.getEmail() != null && !c.getEmail().isBlank()) {
                return c.getEmail().trim();
            }
        }
        return null;
    }

    // ---- the institution's operator -----------------------------------------------------------

    /** The invitation behind an operator link; the first opening is recorded. */
    public Invitation byOperatorToken(String token) {
        List<Invitation> found = em.createQuery("select i from Invitation i join fetch i.institution join fetch i.event"
                        + " where i.operatorTokenHash = :h", Invitation.class)
                .setParameter("h", PasswordHasher.sha256Hex(token == null ? "" : token)).getResultList();
        if (found.isEmpty() || token == null || token.isBlank()) {
            throw BusinessException.notFound("error.notFound");
        }
        Invitation i = found.get(0);
        if (i.getOpenedAt() == null) {
            i.setOpenedAt(clock.now());
            if (SENT.equals(i.getStatus())) {
                i.setStatus(OPENED);
            }
            audit.record("invitation.open", "Invitation", i.getId(), i.getEvent().getUnit().getId(),
                    i.getInstitution().getName(), null, null);
        }
        return i;
    }

    /** The invitations of the logged-in operator's institution. */
    public List<Invitation> mine() {
        var user = scope.user();
        if (!user.has(Role.OPERATOR_INSTANSI) || user.institutionId() == null) {
            return List.of();
        }
        List<Invitation> list = em.createQuery("select i from Invitation i join fetch i.event join fetch i.institution"
                        + " where i.institution.id = :n order by i.event.id desc", Invitation.class)
                .setParameter("n", user.institutionId()).getResultList();
        list.forEach(i -> EventService.initialize(i.getEvent()));
        return list;
    }

    /**
     * An invitation the logged-in user may name delegates for: the operator of its institution,
     * or the event's secretariat (who may act for an institution that phoned in its names).
     */
    public Invitation forAccount(long invitationId) {
        var user = scope.user();
        Invitation i = em.find(Invitation.class, invitationId);
        if (i == null) {
            throw BusinessException.notFound("error.notFound");
        }
        boolean operator = user.has(Role.OPERATOR_INSTANSI) && i.getInstitution().getId().equals(user.institutionId());
        if (!operator && !scope.canManage(i.getEvent().getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        i.getInstitution().getName();
        i.getEvent().getTitle();
        return i;
    }

    /** Called when the operator names the first delegate. */
    void delegatesNamed(Invitation i) {
        if (i.getDelegatesAt() == null) {
            i.setDelegatesAt(clock.now());
        }
        i.setStatus(DELEGATES);
    }
}
