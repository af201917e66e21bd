package id.sirakor.registration.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.identity.control.CurrentUser;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.mail.Outbox;
import id.sirakor.registration.entity.Invitation;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * The institution operator names the delegates of an invitation, up to its quota, and may
 * substitute one by another ("diwakili oleh") before or during the event: the substitute takes
 * over the seat in the same transaction and the replaced delegate stays as history
 * (SUBSTITUTED, pointed at by the substitute's {@code replaces}).
 * Access is by the invitation's secret operator link or by an account (see
 * {@link InvitationService#forAccount}); every seat decision goes through the event's lock in
 * {@link RegistrationService}.
 */
@ApplicationScoped
@Transactional
public class DelegateService {

    @PersistenceContext
    EntityManager em;

    @Inject
    RegistrationService registrations;

    @Inject
    SeatLedger ledger;

    @Inject
    InvitationService invitations;

    @Inject
    AuditLog audit;

    @Inject
    Outbox outbox;

    @Inject
    CurrentUser currentUser;

    /** How the caller reaches the invitation: the operator link's secret, or an account and the id. */
    public record Access(String token, Long invitationId) {
    }

    /** The invitation behind the access, with its event (for display). */
    public Invitation invitation(Access a) {
        Invitation i = a.token() != null && !a.token().isBlank() ? invitations.byOperatorToken(a.token())
                : invitations.forAccount(a.invitationId() == null ? -1 : a.invitationId());
        id.sirakor.event.control.EventService.initialize(i.getEvent());
        return i;
    }

    /** An invitation and everyone of its institution registered for the event, in the order they came, history included. */
    public record View(Invitation invitation, List<Registration> delegates) {
    }

    /** The invitation and its institution's people, with one access check (the operator page, the API). */
    public View view(Access a) {
        Invitation i = invitation(a);
        return new View(i, em.createQuery("select r from Registration r left join fetch r.replaces"
                        + " where r.event = :e and r.institution = :n order by r.id", Registration.class)
                .setParameter("e", i.getEvent()).setParameter("n", i.getInstitution()).getResultList());
    }

    public Registration name(Access a, RegistrationService.Form f) {
        Invitation i = invitation(a);
        Event e = open(i);
        RegistrationService.NewRegistration p = registrations.newRegistration(e, f, i.getInstitution(), "DELEGATE", null);
        declared(f);
        registrations.lockEvent(e);
        long active = activeCount(i);
        if (active >= i.getQuota()) {
            throw BusinessException.conflict("delegate.quotaFull", active, i.getQuota());
        }
        Registration r = p.registration();
        registrations.refuseDuplicate(e, r);
        r.setInvitation(i);
        r.setChangedBy(actor(a));
        registrations.admit(e, r, p.token(), e.isRequiresApproval());
        invitations.delegatesNamed(i);
        return r;
    }

    /** The substitute takes over the delegate's seat (or pending request); the delegate is told by mail. */
    public Registration substitute(Access a, long delegateId, RegistrationService.Form f) {
        Invitation i = invitation(a);
        Event e = open(i);
        RegistrationService.NewRegistration p = registrations.newRegistration(e, f, i.getInstitution(), "DELEGATE", null);
        declared(f);
        registrations.lockEvent(e);
        Registration old = ownDelegate(i, delegateId);
        em.refresh(old);
        if (old.getStatus() != RegistrationStatus.CONFIRMED && old.getStatus() != RegistrationStatus.PENDING) {
            throw BusinessException.conflict("delegate.substituteNotHolding");
        }
        Registration r = p.registration();
        registrations.refuseDuplicate(e, r);
        r.setInvitation(i);
        r.setReplaces(old);
        r.setChangedBy(actor(a));
        if (old.getStatus() == RegistrationStatus.CONFIRMED) {
            // the seat passes in this transaction; the event's count does not change
            if (!ledger.transfer(old, r)) {
                throw BusinessException.conflict("delegate.substituteNotHolding");
            }
        } else { // a pending request is handed over; it holds no seat
            registrations.changeUnseated(old, RegistrationStatus.SUBSTITUTED, "registration.substituted");
            r.setStatus(RegistrationStatus.PENDING);
            em.persist(r);
        }
        em.flush();
        id.sirakor.event.control.EventService.initialize(e);
        registrations.mailWithAttachments("registration." + r.getStatus().name().toLowerCase(), e, r,
                RegistrationMails.registered(e, r, null, p.token()));
        InvitationMails.Mail mail = InvitationMails.substituted(e, old, r);
        outbox.enqueue("registration.substituted", old.getId(), old.getEmail(), mail.subject(), mail.text());
        audit.record("delegate.substitute", "Registration", r.getId(), e.getUnit().getId(),
                old.getName() + " \u2192 " + r.getName(), Map.of("registrationId", old.getId()),
                Map.of("registrationId", r.getId(), "by", actor(a)));
        invitations.delegatesNamed(i);
        return r;
    }

    /** Withdraws a delegate; a freed seat goes to the waitlist. */
    public Registration withdraw(Access a, long delegateId) {
        Invitation i = invitation(a);
        Event e = open(i);
        registrations.lockEvent(e);
        Registration old = ownDelegate(i, delegateId);
        em.refresh(old);
        if (!old.getStatus().isActive()) {
            return old;
        }
        old.setChangedBy(actor(a));
        ledger.cancel(old);
        return old;
    }

    /** The operator declares that the delegate agreed to the processing of their data. */
    private static void declared(RegistrationService.Form f) {
        if (!f.consent()) {
            throw BusinessException.invalid("consent", "delegate.consent");
        }
    }

    private Registration ownDelegate(Invitation i, long id) {
        Registration r = em.find(Registration.class, id);
        if (r == null || !r.getEvent().getId().equals(i.getEvent().getId()) || r.getInstitution() == null
                || !r.getInstitution().getId().equals(i.getInstitution().getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        return r;
    }

    private long activeCount(Invitation i) {
        return em.createQuery("select count(r) from Registration r where r.event = :e and r.institution = :n"
                        + " and r.status in :a", Long.class).setParameter("e", i.getEvent()).setParameter("n", i.getInstitution())
                .setParameter("a", List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED, RegistrationStatus.PENDING))
                .getSingleResult();
    }

    private static Event open(Invitation i) {
        Event e = i.getEvent();
        if (e.getStatus() == EventStatus.CANCELLED) {
            throw BusinessException.conflict("event.cancelledRefused");
        }
        if (e.getStatus() == EventStatus.CLOSED || e.getStatus() == EventStatus.ARCHIVED) {
            throw BusinessException.conflict("invitation.eventClosed");
        }
        return e;
    }

    private String actor(Access a) {
        CurrentUser.Snapshot u = currentUser.get();
        if (u != null && (a.token() == null || a.token().isBlank())) {
            return u.fullName() + " (" + u.username() + ")";
        }
        return "operator-link";
    }
}
