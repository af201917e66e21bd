package id.sirakor.privacy.control;

import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.audit.AuditContext;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.mail.Outbox;
import id.sirakor.privacy.entity.DeletionRequest;
import id.sirakor.registration.control.PersonalIds;
import id.sirakor.registration.control.RegistrationService;
import id.sirakor.registration.control.SeatLedger;
import id.sirakor.registration.entity.Registration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A participant's rights under UU 27/2022 (ADR 0096): their data as a whole ("Unduh data saya"),
 * the request to delete it, and carrying that out; and the retention per event that anonymizes
 * participants some months after the event's last day.
 *
 * <p>Deleting a participant keeps every row a legal record needs (the registration row behind the
 * daftar hadir and the SPJ lists, the attendance rows with their signatures, the certificate
 * register, the declaration signers) and replaces the person in it by a stable pseudonym
 * ("Peserta terhapus #1A2B3C4D"); rows that are only about the person (lodging, badge marks,
 * reminders sent, the mails sent to them) are deleted. One transaction; repeating is a no-op.
 */
@ApplicationScoped
public class PrivacyService {

    public static final int DEFAULT_RETENTION_MONTHS = 24;
    public static final int MAX_RETENTION_MONTHS = 120;
    public static final int MAX_REASON = 500;
    public static final String PSEUDONYM_PREFIX = "Peserta terhapus #";

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AuditContext context;

    @Inject
    AppClock clock;

    @Inject
    Outbox outbox;

    @Inject
    RegistrationService registrations;

    @Inject
    SeatLedger ledger;

    // ---- the person, by the personal link ----------------------------------------------------

    /** The registration the personal link (not the share link: that one only shows the ticket) opens. */
    @Transactional
    public Registration byPersonalToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw BusinessException.notFound("error.notFound");
        }
        List<Registration> found = em.createQuery("select r from Registration r join fetch r.event where r.tokenHash = :h",
                Registration.class).setParameter("h", PasswordHasher.sha256Hex(token)).getResultList();
        if (found.isEmpty() || found.get(0).getEvent() == null) {
            throw BusinessException.notFound("error.notFound");
        }
        return found.get(0);
    }

    /** "Peserta terhapus #1A2B3C4D": the same for every registration of one person (their keyed NIK/NIP hash). */
    public static String pseudonym(String personKey) {
        String h = PasswordHasher.sha256Hex("pseudonym:" + (personKey == null ? "" : personKey));
        return PSEUDONYM_PREFIX + h.substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** Everything held about the person the personal link belongs to: every registration with the same NIK/NIP. */
    @Transactional
    public Map<String, Object> myData(String token) {
        Registration me = byPersonalToken(token);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("generatedAt", clock.now().toString());
        out.put("law", "UU 27/2022 tentang Pelindungan Data Pribadi");
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("name", me.getName());
        person.put("frontTitle", me.getFrontTitle());
        person.put("backTitle", me.getBackTitle());
        person.put("position", me.getPosition());
        person.put("idKind", me.getIdKind());
        if ("NIP".equals(me.getIdKind())) {
            person.put("nip", me.getNip());
        } else {
            person.put("nikMasked", registrations.maskedNik(me));
        }
        person.put("phone", me.getPhone());
        person.put("email", me.getEmail());
        out.put("person", person);
        List<Registration> all = em.createQuery("select r from Registration r join fetch r.event where r.personKey = :k"
                + " and r.anonymizedAt is null order by r.id", Registration.class).setParameter("k", me.getPersonKey()).getResultList();
        List<Map<String, Object>> regs = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (Registration r : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.getId());
            m.put("event", r.getEvent().getTitle());
            m.put("eventDays", strings("SELECT day_date FROM event_day WHERE event_id = ?1 ORDER BY day_date", r.getEvent().getId()));
            m.put("institution", r.getInstitutionName());
            m.put("position", r.getPosition());
            m.put("phone", r.getPhone());
            m.put("email", r.getEmail());
            m.put("status", r.getStatus().name());
            m.put("source", r.getSource());
            m.put("registeredAt", str(r.getCreatedAt()));
            m.put("ticketCode", r.getTicketCode());
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("version", r.getConsentVersion());
            consent.put("at", str(r.getConsentAt()));
            consent.put("text", consentText(r.getConsentVersion()));
            m.put("consent", consent);
            m.put("attendance", rows(new String[] {"day", "checkedInAt", "checkedOutAt", "method", "signed"},
                    "SELECT d.day_date, a.checked_in_at, a.checked_out_at, a.method, CASE WHEN a.signature_png IS NULL THEN 'tidak' ELSE 'ya' END"
                            + " FROM attendance a JOIN event_day d ON d.id = a.day_id WHERE a.registration_id = ?1 ORDER BY d.day_date, a.id", r.getId()));
            m.put("certificates", rows(new String[] {"number", "holderName", "status", "issuedAt"},
                    "SELECT number, holder_name, status, issued_at FROM certificate WHERE holder_key = ?1 ORDER BY id", "R" + r.getId()));
            m.put("declarations", declarations(r));
            regs.add(m);
            if (r.getEmail() != null && !r.getEmail().isBlank() && !emails.contains(r.getEmail())) {
                emails.add(r.getEmail());
            }
        }
        out.put("registrations", regs);
        List<Map<String, Object>> mails = new ArrayList<>();
        for (String e : emails) {
            mails.addAll(rows(new String[] {"to", "subject", "status", "createdAt", "sentAt"},
                    "SELECT to_address, subject, status, created_at, sent_at FROM mail_outbox WHERE to_address = ?1 ORDER BY id", e));
        }
        out.put("mails", mails.size() > 500 ? mails.subList(0, 500) : mails);
        out.put("deletionRequested", pending(me.getId()) != null);
        return out;
    }

    private static String consentText(String version) {
        if (version == null) {
            return null;
        }
        // the public form's text; a delegate's or a hand entry's consent was declared by the one who entered it
        String key = version.startsWith(RegistrationService.CONSENT_VERSION) ? "reg.consent" : "delegate.consent";
        return Messages.get(Messages.INDONESIAN, key);
    }

    private List<Map<String, Object>> declarations(Registration r) {
        boolean byNip = r.getNip() != null && !r.getNip().isBlank();
        String where = byNip ? "s.nip = ?2" : "LOWER(s.email) = ?2";
        String key = byNip ? r.getNip() : (r.getEmail() == null ? "" : r.getEmail().toLowerCase(Locale.ROOT));
        return rows(new String[] {"title", "name", "position", "status", "signedAt"},
                "SELECT d.title, s.name, s.position, s.status, s.signed_at FROM declaration_signer s JOIN declaration d ON d.id = s.declaration_id"
                        + " WHERE d.event_id = ?1 AND " + where + " ORDER BY s.id", r.getEvent().getId(), key);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> rows(String[] names, String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object row : (List<Object>) q.setMaxResults(500).getResultList()) {
            Object[] cols = row instanceof Object[] a ? a : new Object[] {row};
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                m.put(names[i], str(cols[i]));
            }
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql, Object param) {
        return ((List<Object>) em.createNativeQuery(sql).setParameter(1, param).getResultList()).stream().map(PrivacyService::str).toList();
    }

    /** Database times (UTC wall clock, hibernate.jdbc.time_zone) as ISO instants; dates as yyyy-MM-dd. */
    static String str(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC).toString();
        }
        if (o instanceof java.time.LocalDateTime t) {
            return t.toInstant(java.time.ZoneOffset.UTC).toString();
        }
        if (o instanceof java.time.OffsetDateTime t) {
            return t.toInstant().toString();
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        return String.valueOf(o);
    }

    // ---- deletion ---------------------------------------------------------------------------

    /** The participant asks, by the personal link, with a reason and the confirmation. Asking again answers the open request. */
    @Transactional
    public DeletionRequest requestDeletion(String token, String reason, boolean confirmed) {
        Registration r = byPersonalToken(token);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw BusinessException.invalid("reason", "validation.required");
        }
        if (why.length() > MAX_REASON) {
            throw BusinessException.invalid("reason", "privacy.reasonTooLong", MAX_REASON);
        }
        if (!confirmed) {
            throw BusinessException.invalid("confirmed", "privacy.confirmRequired");
        }
        DeletionRequest open = pending(r.getId());
        if (open != null) {
            return open;
        }
        DeletionRequest q = new DeletionRequest(r.getId(), r.getEvent().getId(), r.getEvent().getUnit().getId(),
                pseudonym(r.getPersonKey()), why, clock.now());
        em.persist(q);
        em.flush();
        audit.record("privacy.deletionRequested", "DeletionRequest", q.getId(), q.getUnitId(), q.getPseudonym(), null,
                Map.of("registration", r.getId()));
        return q;
    }

    /** The open request of a registration, or null. */
    @Transactional
    public DeletionRequest pending(long registrationId) {
        List<DeletionRequest> l = em.createQuery("select q from DeletionRequest q where q.registrationId = :r and q.status = :s",
                DeletionRequest.class).setParameter("r", registrationId).setParameter("s", DeletionRequest.REQUESTED).getResultList();
        return l.isEmpty() ? null : l.get(0);
    }

    public record RequestRow(long id, String name, String pseudonym, String event, long eventId, String reason, String status,
                             Instant requestedAt, Instant decidedAt, String decidedBy, Integer rows) {
    }

    /** Requests of the units the officer reads (ADMIN: all), open ones first. */
    @Transactional
    public List<RequestRow> requests(boolean openOnly) {
        scope.requireRole(Role.ADMIN, Role.PDP);
        List<Object[]> l = em.createQuery("select q, r.name, e.title from DeletionRequest q, Registration r, Event e, OrgUnit un"
                        + " where r.id = q.registrationId and e.id = q.eventId and un.id = q.unitId and un.path like :p"
                        + (openOnly ? " and q.status = 'REQUESTED'" : "")
                        + " order by case when q.status = 'REQUESTED' then 0 else 1 end, q.requestedAt desc", Object[].class)
                .setParameter("p", scope.readablePathPattern()).setMaxResults(200).getResultList();
        return l.stream().map(o -> {
            DeletionRequest q = (DeletionRequest) o[0];
            return new RequestRow(q.getId(), (String) o[1], q.getPseudonym(), (String) o[2], q.getEventId(), q.getReason(), q.getStatus(),
                    q.getRequestedAt(), q.getDecidedAt(), q.getDecidedBy(), q.getPersonsRows());
        }).toList();
    }

    /**
     * The officer (PDP of the request's unit or a unit above it) or ADMIN carries out a request:
     * every registration of the person is anonymized, the person gets a mail that it was done.
     * One transaction, under the request's row lock; a request already done is answered as it is.
     */
    @Transactional
    public DeletionRequest carryOut(long requestId) {
        scope.requireRole(Role.ADMIN, Role.PDP);
        DeletionRequest q = em.find(DeletionRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (q == null) {
            throw BusinessException.notFound("error.notFound");
        }
        scope.requireReadable(em.find(OrgUnit.class, q.getUnitId()));
        if (DeletionRequest.DONE.equals(q.getStatus())) {
            return q;
        }
        Registration r = em.find(Registration.class, q.getRegistrationId());
        String email = r.getEmail();
        String eventTitle = r.getEvent().getTitle();
        List<Long> ids = new ArrayList<>(em.createQuery("select r.id from Registration r where r.personKey = :k and r.anonymizedAt is null",
                Long.class).setParameter("k", r.getPersonKey()).getResultList());
        if (!ids.contains(r.getId()) && r.getAnonymizedAt() == null) {
            ids.add(r.getId());
        }
        List<String> emails = new ArrayList<>();
        for (Long id : ids) {
            Registration x = em.find(Registration.class, id);
            if (x.getEmail() != null && !x.getEmail().isBlank() && !emails.contains(x.getEmail())) {
                emails.add(x.getEmail());
            }
        }
        int n = 0;
        for (Long id : ids) {
            n += anonymize(id, q.getPseudonym(), true);
        }
        for (String e : emails) {
            em.createNativeQuery("DELETE FROM mail_outbox WHERE to_address = ?1 AND kind <> 'privacy.deleted'")
                    .setParameter(1, e).executeUpdate();
        }
        if (email != null && !email.isBlank()) {
            outbox.enqueue("privacy.deleted", q.getId(), email, Messages.get(Messages.INDONESIAN, "privacy.mail.subject"),
                    Messages.get(Messages.INDONESIAN, "privacy.mail.body", eventTitle, q.getPseudonym(), n));
        }
        q.done(clock.now(), context.actor(), n);
        audit.record("privacy.deletion", "DeletionRequest", q.getId(), q.getUnitId(), q.getPseudonym() + " (" + n + ")", null,
                Map.of("registrations", n));
        return q;
    }

    /**
     * Replaces the person in one registration by the pseudonym and deletes what is only about
     * them; 1 when done, 0 when it was done before. {@code cancelSeat}: an active registration of
     * an event not yet over gives its seat back first (a deletion request; the retention job runs
     * after the event).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int anonymize(long registrationId, String pseudonym, boolean cancelSeat) {
        Registration r = em.find(Registration.class, registrationId, LockModeType.PESSIMISTIC_WRITE);
        if (r == null || r.getAnonymizedAt() != null) {
            return 0;
        }
        if (cancelSeat && r.getStatus().isActive() && !over(r.getEvent().getId(), r.getEvent().getTimeZone())) {
            ledger.cancel(r);
        }
        String nip = r.getNip();
        String email = r.getEmail();
        long eventId = r.getEvent().getId();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        em.flush();
        em.createNativeQuery("UPDATE registration SET name = ?1, front_title = NULL, back_title = NULL, position = NULL, nip = NULL,"
                        + " nik_cipher = NULL, person_key = ?2, phone = '', email = '', token_hash = ?3, share_token_hash = NULL,"
                        + " share_token_cipher = NULL, idempotency_key = ?6, anonymized_at = ?4 WHERE id = ?5")
                .setParameter(1, pseudonym)
                .setParameter(2, PasswordHasher.sha256Hex("deleted:" + registrationId))
                .setParameter(3, PasswordHasher.sha256Hex(HexFormat.of().formatHex(random)))
                .setParameter(4, clock.now())
                .setParameter(5, registrationId)
                .setParameter(6, "deleted-" + registrationId).executeUpdate();
        for (String t : List.of("lodging", "room_assignment", "badge_role", "badge_printed", "reminder_sent")) {
            em.createNativeQuery("DELETE FROM " + t + " WHERE registration_id = ?1").setParameter(1, registrationId).executeUpdate();
        }
        em.createNativeQuery("UPDATE certificate SET holder_name = ?1, email = NULL WHERE holder_key = ?2")
                .setParameter(1, pseudonym).setParameter(2, "R" + registrationId).executeUpdate();
        boolean byNip = nip != null && !nip.isBlank();
        String key = byNip ? nip : (email == null ? "" : email.toLowerCase(Locale.ROOT));
        if (!key.isEmpty()) {
            em.createNativeQuery("UPDATE declaration_signer SET name = ?1, nip = NULL, email = NULL,"
                            + " signed_name = CASE WHEN signed_name IS NULL THEN NULL ELSE ?1 END, signed_ip = NULL, signed_agent = NULL"
                            + " WHERE declaration_id IN (SELECT id FROM declaration WHERE event_id = ?2) AND "
                            + (byNip ? "nip = ?3" : "LOWER(email) = ?3"))
                    .setParameter(1, pseudonym).setParameter(2, eventId).setParameter(3, key).executeUpdate();
        }
        em.detach(r);
        return 1;
    }

    private boolean over(long eventId, String timeZone) {
        Object last = em.createNativeQuery("SELECT MAX(day_date) FROM event_day WHERE event_id = ?1").setParameter(1, eventId).getSingleResult();
        if (last == null) {
            return false;
        }
        LocalDate day = LocalDate.parse(String.valueOf(last).substring(0, 10));
        ZoneId zone = timeZone == null ? ZoneId.of("Asia/Jakarta") : ZoneId.of(timeZone);
        return day.isBefore(LocalDate.ofInstant(clock.now(), zone));
    }

    // ---- retention --------------------------------------------------------------------------

    /** Months after the last day (1–120), or null for the default; staff of the event's unit. */
    @Transactional
    public void setRetention(long eventId, Integer months) {
        scope.requireStaff();
        id.sirakor.event.entity.Event e = em.find(id.sirakor.event.entity.Event.class, eventId);
        if (e == null) {
            throw BusinessException.notFound("error.notFound");
        }
        scope.requireWritable(e.getUnit());
        checkRetention(months);
        if (java.util.Objects.equals(months, e.getRetentionMonths())) {
            return;
        }
        Integer before = e.getRetentionMonths();
        e.setRetentionMonths(months);
        audit.record("event.retention", "Event", e.getId(), e.getUnit().getId(), e.getTitle(),
                before == null ? null : Map.of("retentionMonths", before), months == null ? null : Map.of("retentionMonths", months));
    }

    /** 1–120 months, or null for the default. */
    public static void checkRetention(Integer months) {
        if (months != null && (months < 1 || months > MAX_RETENTION_MONTHS)) {
            throw BusinessException.invalid("retentionMonths", "privacy.retentionRange", MAX_RETENTION_MONTHS);
        }
    }

    /** Events whose last day plus their retention has passed and whose participants are not anonymized yet. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> dueEvents() {
        List<Object[]> l = em.createNativeQuery("SELECT e.id, e.retention_months, MAX(d.day_date) FROM event e JOIN event_day d ON d.event_id = e.id"
                + " WHERE e.anonymized_at IS NULL GROUP BY e.id, e.retention_months").getResultList();
        LocalDate today = LocalDate.ofInstant(clock.now(), ZoneId.of("Asia/Jakarta"));
        List<Long> due = new ArrayList<>();
        for (Object[] row : l) {
            int months = row[1] == null ? DEFAULT_RETENTION_MONTHS : ((Number) row[1]).intValue();
            LocalDate last = LocalDate.parse(String.valueOf(row[2]).substring(0, 10));
            if (last.plusMonths(months).isBefore(today)) {
                due.add(((Number) row[0]).longValue());
            }
        }
        return due;
    }

    /**
     * Anonymizes the participants of one event past its retention, in its own transaction; the
     * event row is claimed first ({@code anonymized_at} set where it was null), so on a cluster one
     * node does it and the others find it done. Returns the persons anonymized, or -1 when another
     * run had it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int anonymizeEvent(long eventId) {
        int claimed = em.createNativeQuery("UPDATE event SET anonymized_at = ?1 WHERE id = ?2 AND anonymized_at IS NULL")
                .setParameter(1, clock.now()).setParameter(2, eventId).executeUpdate();
        if (claimed == 0) {
            return -1;
        }
        List<Object[]> regs = em.createQuery("select r.id, r.personKey from Registration r where r.event.id = :e and r.anonymizedAt is null",
                Object[].class).setParameter("e", eventId).getResultList();
        int n = 0;
        for (Object[] x : regs) {
            n += anonymize((Long) x[0], pseudonym((String) x[1]), false);
        }
        Object[] ev = (Object[]) em.createNativeQuery("SELECT unit_id, title, retention_months FROM event WHERE id = ?1")
                .setParameter(1, eventId).getSingleResult();
        int months = ev[2] == null ? DEFAULT_RETENTION_MONTHS : ((Number) ev[2]).intValue();
        audit.record("privacy.retention", "Event", eventId, ((Number) ev[0]).longValue(), ev[1] + ": " + n,
                null, Map.of("anonymized", n, "retentionMonths", months));
        return n;
    }
}
