package id.sirakor.onsite.control;

import id.sirakor.event.entity.Event;
import id.sirakor.onsite.entity.BadgePrint;
import id.sirakor.onsite.entity.BadgePrinted;
import id.sirakor.onsite.entity.BadgeRole;
import id.sirakor.onsite.entity.BadgeRoleKind;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.document.BadgePdf;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.registration.control.Tickets;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import id.sirakor.speaker.entity.Speaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Name badges of an event's confirmed participants: the role of each badge, printing all, one
 * institution's, those changed since the last print, or one person's at once (a walk-in registered
 * at the desk), and the print log that "changed since" reads.
 */
@ApplicationScoped
@Transactional
public class BadgeService {

    public enum Selection { ALL, INSTITUTION, CHANGED, ONE }

    @PersistenceContext
    EntityManager em;

    @Inject
    OnsiteAccess access;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    BadgeDesigns designs;

    public record PrintView(Instant printedAt, String printedBy, String selection, String sheet, int count) implements java.io.Serializable {
    }

    public record Printed(byte[] pdf, int count) {
    }

    public List<PrintView> log(long eventId) {
        access.staffReadable(eventId);
        return em.createQuery("select p from BadgePrint p where p.eventId = :e order by p.printedAt desc, p.id desc", BadgePrint.class)
                .setParameter("e", eventId).setMaxResults(20).getResultList().stream()
                .map(p -> new PrintView(p.getPrintedAt(), p.getPrintedBy(), p.getSelection(), p.getSheet(), p.getBadgeCount()))
                .toList();
    }

    public Map<Long, BadgeRoleKind> roles(long eventId) {
        access.staffReadable(eventId);
        Map<Long, BadgeRoleKind> m = new HashMap<>();
        for (BadgeRole r : em.createQuery("select b from BadgeRole b where b.registrationId in "
                + "(select r.id from Registration r where r.event.id = :e)", BadgeRole.class).setParameter("e", eventId).getResultList()) {
            m.put(r.getRegistrationId(), r.getRole());
        }
        return m;
    }

    public void setRole(long eventId, long registrationId, BadgeRoleKind role) {
        Event e = access.writable(eventId);
        if (role == null) {
            throw BusinessException.invalid("role", "validation.required");
        }
        Registration r = registration(e, registrationId);
        BadgeRole b = em.find(BadgeRole.class, r.getId());
        BadgeRoleKind before = b == null ? BadgeRoleKind.PESERTA : b.getRole();
        if (before == role) {
            return;
        }
        if (b == null) {
            em.persist(new BadgeRole(r.getId(), role, clock.now()));
        } else {
            b.setRole(role);
            b.setChangedAt(clock.now());
        }
        audit.record("badge.role", "Registration", r.getId(), e.getUnit().getId(), r.getName() + ": " + role.label(),
                Map.of("role", before.name()), Map.of("role", role.name()));
    }

    private Registration registration(Event e, long registrationId) {
        Registration r = em.find(Registration.class, registrationId);
        if (r == null || !r.getEvent().getId().equals(e.getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        return r;
    }

    /**
     * Renders the selection and logs the print. ONE prints a single registration of any seat-holding
     * status (a walk-in just registered); the other selections print confirmed registrations only.
     */
    public Printed print(long eventId, Selection selection, Long institutionId, Long registrationId, BadgePdf.Sheet sheet) {
        Event e = access.writable(eventId);
        if (selection == null) {
            throw BusinessException.invalid("selection", "validation.required");
        }
        id.sirakor.onsite.entity.BadgeDesign design = designs.effective(e.getId());
        BadgePdf.Sheet s = sheet == null ? BadgePdf.Sheet.valueOf(design.getSheet()) : sheet;
        Map<BadgeRoleKind, String> colours = design.colours();
        List<Registration> regs;
        switch (selection) {
            case ONE -> {
                if (registrationId == null) {
                    throw BusinessException.invalid("registrationId", "validation.required");
                }
                Registration r = registration(e, registrationId);
                if (r.getStatus() != RegistrationStatus.CONFIRMED || r.getTicketCode() == null) {
                    throw BusinessException.conflict("badge.notConfirmed", r.getName());
                }
                regs = List.of(r);
            }
            case INSTITUTION -> {
                if (institutionId == null) {
                    throw BusinessException.invalid("institutionId", "validation.required");
                }
                regs = confirmed(e, " and r.institution.id = :n", Map.of("n", institutionId));
            }
            case CHANGED -> regs = confirmed(e, "", Map.of()); // narrowed below to badges that differ from their last print
            default -> regs = confirmed(e, "", Map.of());
        }
        Map<Long, BadgeRoleKind> roles = new HashMap<>();
        if (!regs.isEmpty()) {
            for (BadgeRole b : em.createQuery("select b from BadgeRole b where b.registrationId in :ids", BadgeRole.class)
                    .setParameter("ids", regs.stream().map(Registration::getId).toList()).getResultList()) {
                roles.put(b.getRegistrationId(), b.getRole());
            }
        }
        List<BadgePdf.Badge> badges = regs.stream().map(r -> {
            BadgeRoleKind role = roles.getOrDefault(r.getId(), BadgeRoleKind.PESERTA);
            return new BadgePdf.Badge(Speaker.formatName(null, r.getFrontTitle(), r.getName(), r.getBackTitle()),
                    r.getInstitutionName(), role.label(), colours.get(role), Tickets.qrPayload(r.getTicketCode()),
                    Tickets.display(r.getTicketCode()));
        }).toList();
        List<String> fingerprints = badges.stream().map(BadgeService::fingerprint).toList();
        Map<Long, BadgePrinted> printed = new HashMap<>();
        if (!regs.isEmpty()) {
            em.createQuery("select p from BadgePrinted p where p.registrationId in :ids", BadgePrinted.class)
                    .setParameter("ids", regs.stream().map(Registration::getId).toList()).getResultList()
                    .forEach(p -> printed.put(p.getRegistrationId(), p));
        }
        if (selection == Selection.CHANGED) {
            List<Registration> changedRegs = new java.util.ArrayList<>();
            List<BadgePdf.Badge> changedBadges = new java.util.ArrayList<>();
            List<String> changedPrints = new java.util.ArrayList<>();
            for (int i = 0; i < regs.size(); i++) {
                BadgePrinted last = printed.get(regs.get(i).getId());
                if (last == null || !last.getFingerprint().equals(fingerprints.get(i))) {
                    changedRegs.add(regs.get(i));
                    changedBadges.add(badges.get(i));
                    changedPrints.add(fingerprints.get(i));
                }
            }
            regs = changedRegs;
            badges = changedBadges;
            fingerprints = changedPrints;
        }
        for (int i = 0; i < regs.size(); i++) {
            BadgePrinted last = printed.get(regs.get(i).getId());
            if (last == null) {
                em.persist(new BadgePrinted(regs.get(i).getId(), e.getId(), fingerprints.get(i)));
            } else {
                last.setFingerprint(fingerprints.get(i));
            }
        }
        byte[] pdf = BadgePdf.render(designs.shared(e, design), badges, s);
        em.persist(new BadgePrint(e.getId(), clock.now(), access.actor(), selection.name(), s.name(), badges.size()));
        audit.record("badge.print", "Event", e.getId(), e.getUnit().getId(), e.getTitle() + ": " + selection.name() + " ("
                + badges.size() + ")", null, Map.of("selection", selection.name(), "sheet", s.name(), "count", badges.size()));
        return new Printed(pdf, badges.size());
    }

    /** What a badge shows, as SHA-256: a badge whose fingerprint differs from its last print has changed. */
    static String fingerprint(BadgePdf.Badge b) {
        try {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            String content = String.join("\u001f", String.valueOf(b.name()), String.valueOf(b.institution()), String.valueOf(b.role()),
                    String.valueOf(b.qrPayload()));
            return java.util.HexFormat.of().formatHex(md.digest(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Registration> confirmed(Event e, String where, Map<String, Object> params) {
        var q = em.createQuery("select r from Registration r where r.event = :e and r.status = :s and r.ticketCode is not null"
                + where + " order by r.institutionName, r.name, r.id", Registration.class)
                .setParameter("e", e).setParameter("s", RegistrationStatus.CONFIRMED);
        params.forEach(q::setParameter);
        return q.getResultList();
    }
}
