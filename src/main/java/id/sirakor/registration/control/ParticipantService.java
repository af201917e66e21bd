package id.sirakor.registration.control;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.institution.entity.Institution;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.crypto.PersonalDataCipher;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.privacy.PersonalDataLog;
import id.sirakor.platform.sheet.SheetReader;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The secretariat's participant list of one event: search, filters and paging; add by hand,
 * approve, move from the waitlist, cancel; Excel export and import; revealing a NIK, which is
 * logged. Reading follows the unit scope (a province reads its regencies' lists); every change
 * needs the event's own secretariat and goes through the seat rules of {@link RegistrationService}.
 */
@ApplicationScoped
@Transactional
public class ParticipantService {

    @jakarta.inject.Inject
    PersonalDataLog personalData;

    @PersistenceContext
    EntityManager em;

    @Inject
    EventService events;

    @Inject
    UnitScope scope;

    @Inject
    RegistrationService registrations;

    @Inject
    SeatLedger ledger;

    @Inject
    AuditLog audit;

    @Inject
    PersonalDataCipher cipher;

    @Inject
    ParticipantService self;

    public record Filter(String q, RegistrationStatus status, Long institutionId) {
    }

    public record Counts(long confirmed, long waiting, long pending, long cancelled) implements java.io.Serializable {
    }

    public enum ImportStatus { ADDED, ERROR }

    public record ImportLine(int row, String name, ImportStatus status, RegistrationStatus result, String messageKey, Object[] args) implements java.io.Serializable {
    }

    // ---- reading -----------------------------------------------------------------------------

    public List<Registration> list(long eventId, Filter f, int first, int max) {
        List<Registration> l = rows(eventId, f, first, max);
        personalData.record(PersonalDataLog.Access.VIEW, "registrations", eventId, null, l.size());
        return l;
    }

    private List<Registration> rows(long eventId, Filter f, int first, int max) {
        Event e = readable(eventId);
        TypedQuery<Registration> q = em.createQuery("select r from Registration r where r.event = :e" + where(f)
                + " order by r.id", Registration.class);
        bind(q.setParameter("e", e), f);
        return q.setFirstResult(Math.max(0, first)).setMaxResults(Math.min(Math.max(1, max), 1000)).getResultList();
    }

    public long count(long eventId, Filter f) {
        Event e = readable(eventId);
        TypedQuery<Long> q = em.createQuery("select count(r) from Registration r where r.event = :e" + where(f), Long.class);
        bind(q.setParameter("e", e), f);
        return q.getSingleResult();
    }

    public Counts counts(long eventId) {
        Event e = readable(eventId);
        long[] c = new long[4];
        for (Object[] row : em.createQuery("select r.status, count(r) from Registration r where r.event = :e group by r.status",
                Object[].class).setParameter("e", e).getResultList()) {
            switch ((RegistrationStatus) row[0]) {
                case CONFIRMED -> c[0] = (Long) row[1];
                case WAITLISTED -> c[1] = (Long) row[1];
                case PENDING -> c[2] = (Long) row[1];
                default -> c[3] += (Long) row[1];
            }
        }
        return new Counts(c[0], c[1], c[2], c[3]);
    }

    private static String where(Filter f) {
        StringBuilder w = new StringBuilder();
        if (f != null && f.q() != null && !f.q().isBlank()) {
            w.append(" and (lower(r.name) like :q or lower(r.institutionName) like :q or lower(r.email) like :q"
                    + " or r.nip like :digits or r.ticketCode like :code)");
        }
        if (f != null && f.status() != null) {
            w.append(" and r.status = :s");
        }
        if (f != null && f.institutionId() != null) {
            w.append(" and r.institution.id = :n");
        }
        return w.toString();
    }

    private static void bind(TypedQuery<?> q, Filter f) {
        if (f == null) {
            return;
        }
        if (f.q() != null && !f.q().isBlank()) {
            String t = f.q().trim().toLowerCase().replace("%", "").replace("_", "");
            String digits = t.replaceAll("\\D", "");
            q.setParameter("q", "%" + t + "%");
            q.setParameter("digits", digits.length() < 4 ? "-" : "%" + digits + "%");
            q.setParameter("code", t.replace("-", "").toUpperCase());
        }
        if (f.status() != null) {
            q.setParameter("s", f.status());
        }
        if (f.institutionId() != null) {
            q.setParameter("n", f.institutionId());
        }
    }

    public boolean canManage(long eventId) {
        return scope.isStaff() && scope.canManage(events.find(eventId).getUnit());
    }

    /**
     * The event whose participants the caller may read: staff (ADMIN, SEKRETARIAT) of the event's
     * unit or a unit above it. A minute taker, a speaker or an institution operator never reads the
     * list: it holds names, NIP, phone numbers and emails.
     */
    private Event readable(long eventId) {
        scope.requireStaff();
        return events.find(eventId);
    }

    private Event manageable(long eventId) {
        Event e = readable(eventId);
        if (!scope.canManage(e.getUnit())) {
            throw BusinessException.forbidden("error.readOnlyUnit", e.getUnit().getName());
        }
        if (e.getStatus() == EventStatus.ARCHIVED) {
            throw BusinessException.conflict("participant.archived");
        }
        if (e.getStatus() == EventStatus.CANCELLED) {
            throw BusinessException.conflict("event.cancelledRefused");
        }
        return e;
    }

    private Registration own(Event e, long registrationId) {
        Registration r = em.find(Registration.class, registrationId);
        if (r == null || !r.getEvent().getId().equals(e.getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        return r;
    }

    // ---- changes -----------------------------------------------------------------------------

    /** Added by the secretariat (a phone call, a paper form): the seat rules apply as online. */
    public Registration addByHand(long eventId, RegistrationService.Form f) {
        return add(eventId, f, "MANUAL");
    }

    private Registration add(long eventId, RegistrationService.Form f, String source) {
        Event e = manageable(eventId);
        Institution n = f.institutionId() == null ? null : em.find(Institution.class, f.institutionId());
        RegistrationService.NewRegistration p = registrations.newRegistration(e, f, n, source, null);
        if (!f.consent()) {
            throw BusinessException.invalid("consent", "participant.consent");
        }
        registrations.lockEvent(e);
        Registration r = p.registration();
        registrations.refuseDuplicate(e, r);
        r.setChangedBy(scope.user().username());
        registrations.admit(e, r, p.token(), false); // the secretariat adding someone approves them at once
        return r;
    }

    /** PENDING → CONFIRMED when a seat allows, else WAITLISTED (in arrival order). */
    public Registration approve(long eventId, long registrationId) {
        Event e = manageable(eventId);
        registrations.lockEvent(e);
        Registration r = own(e, registrationId);
        em.refresh(r);
        if (r.getStatus() != RegistrationStatus.PENDING) {
            throw BusinessException.conflict("participant.notPending");
        }
        r.setChangedBy(scope.user().username());
        ledger.place(r);
        audit.record("registration.approve", "Registration", r.getId(), e.getUnit().getId(), r.getName(),
                Map.of("status", RegistrationStatus.PENDING), Map.of("status", r.getStatus()));
        EventService.initialize(e);
        registrations.mailWithAttachments("registration.approved", e, r, RegistrationMails.approved(e, r));
        return r;
    }

    /** Moves someone from the waitlist ahead of the line, when a seat (and the institution's quota) allows. */
    public Registration promote(long eventId, long registrationId) {
        Event e = manageable(eventId);
        registrations.lockEvent(e);
        Registration r = own(e, registrationId);
        em.refresh(r);
        if (r.getStatus() != RegistrationStatus.WAITLISTED) {
            throw BusinessException.conflict("participant.notWaiting");
        }
        if (!ledger.confirm(r)) {
            throw BusinessException.conflict("participant.noSeat");
        }
        r.setChangedBy(scope.user().username());
        audit.record("registration.promoteByHand", "Registration", r.getId(), e.getUnit().getId(), r.getName(),
                Map.of("status", RegistrationStatus.WAITLISTED), Map.of("status", RegistrationStatus.CONFIRMED));
        EventService.initialize(e);
        registrations.mailWithAttachments("registration.promoted", e, r,
                RegistrationMails.promoted(RegistrationMails.eventText(e), RegistrationMails.displayName(r)));
        return r;
    }

    /** Cancels on the person's behalf; a freed seat goes to the waitlist. */
    public Registration cancel(long eventId, long registrationId) {
        Event e = manageable(eventId);
        registrations.lockEvent(e);
        Registration r = own(e, registrationId);
        em.refresh(r);
        if (!r.getStatus().isActive()) {
            return r;
        }
        r.setChangedBy(scope.user().username());
        ledger.cancel(r);
        return r;
    }

    /** Whether new registrations wait for approval; already registered people are not affected. */
    public void setRequiresApproval(long eventId, boolean requires) {
        Event e = manageable(eventId);
        boolean before = e.isRequiresApproval();
        e.setRequiresApproval(requires);
        audit.record("event.requiresApproval", "Event", e.getId(), e.getUnit().getId(), e.getTitle(),
                Map.of("requiresApproval", before), Map.of("requiresApproval", requires));
    }

    /** The full NIK, for the event's secretariat only; every reveal is in the audit log. */
    public String revealNik(long eventId, long registrationId) {
        Event e = manageable(eventId);
        Registration r = own(e, registrationId);
        if (r.getNikCipher() == null) {
            throw BusinessException.conflict("participant.noNik");
        }
        audit.record("registration.nik.reveal", "Registration", r.getId(), e.getUnit().getId(), r.getName(), null, null);
        personalData.record(PersonalDataLog.Access.VIEW, "nik", eventId, e.getUnit().getId(), 1);
        return cipher.decrypt(r.getNikCipher());
    }

    // ---- Excel --------------------------------------------------------------------------------

    public byte[] export(long eventId, Filter f) {
        Event e = readable(eventId);
        List<Registration> all = rows(eventId, f, 0, 1000);
        List<Registration> rows = new ArrayList<>(all);
        for (int first = 1000; all.size() == 1000; first += 1000) {
            all = rows(eventId, f, first, 1000);
            rows.addAll(all);
        }
        audit.record("registration.export", "Event", e.getId(), e.getUnit().getId(), e.getTitle() + " (" + rows.size() + ")", null, null);
        personalData.record(PersonalDataLog.Access.EXPORT, "registrations", eventId, e.getUnit().getId(), rows.size());
        return ParticipantSheet.export(e, rows, r -> r.getNikCipher() == null ? "" : PersonalIds.maskNik(cipher.decrypt(r.getNikCipher())));
    }

    /** Adds each row on its own (a bad row does not stop the others) and reports row by row. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<ImportLine> importSheet(long eventId, InputStream xlsx) {
        self.manageableCheck(eventId);
        List<SheetReader.SheetRow> rows = SheetReader.read(xlsx, ParticipantSheet.COLUMNS, ParticipantSheet.REQUIRED,
                ParticipantSheet.MAX_ROWS, "participant.import");
        List<ImportLine> report = new ArrayList<>();
        for (SheetReader.SheetRow row : rows) {
            String name = row.get(ParticipantSheet.NAME);
            try {
                Registration r = self.importRow(eventId, ParticipantSheet.toForm(row, self.institutionNamed(row.get(ParticipantSheet.INSTITUTION))));
                report.add(new ImportLine(row.number(), name, ImportStatus.ADDED, r.getStatus(), null, new Object[0]));
            } catch (BusinessException ex) {
                report.add(new ImportLine(row.number(), name, ImportStatus.ERROR, null, ex.key(), ex.args()));
            }
        }
        return report;
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void manageableCheck(long eventId) {
        manageable(eventId);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Registration importRow(long eventId, RegistrationService.Form f) {
        return add(eventId, f, "IMPORT");
    }

    /** The directory's institution of exactly that name (case ignored), or null: then the name is kept as text. */
    @Transactional(Transactional.TxType.REQUIRED)
    public Long institutionNamed(String name) {
        if (name == null) {
            return null;
        }
        List<Long> ids = em.createQuery("select i.id from Institution i where lower(i.name) = :n and i.active = true", Long.class)
                .setParameter("n", name.trim().toLowerCase()).setMaxResults(2).getResultList();
        return ids.size() == 1 ? ids.get(0) : null;
    }
}
