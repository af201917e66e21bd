package id.sirakor.speaker.control;

import id.sirakor.platform.text.Inputs;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.AppUser;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.speaker.entity.Speaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Speakers (narasumber) of a unit: visible to the unit and the units above it, like its events. */
@ApplicationScoped
@Transactional
public class SpeakerService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    public record SpeakerData(String rankTitle, String frontTitle, String name, String backTitle, String position,
                              String institutionName, String email, String phone, String bio, String username) {
    }

    /**
     * Staff (ADMIN, SEKRETARIAT) read the speakers of their units and the units below; a NARASUMBER
     * reads only the speaker records linked to their own account (their own profile).
     */
    public List<Speaker> list(String search) {
        if (!scope.isStaff()) {
            scope.requireRole(Role.NARASUMBER);
            return mine();
        }
        String q = search == null || search.isBlank() ? null : "%" + search.trim().toLowerCase() + "%";
        TypedQuery<Speaker> query = em.createQuery("select s from Speaker s join s.ownerUnit un where un.path like :p"
                + (q == null ? "" : " and (lower(s.name) like :q or lower(s.position) like :q or lower(s.institutionName) like :q)")
                + " order by s.name", Speaker.class).setParameter("p", scope.readablePathPattern());
        if (q != null) {
            query.setParameter("q", q);
        }
        return query.getResultList();
    }

    public Speaker find(long id) {
        Speaker s = em.find(Speaker.class, id);
        if (s == null) {
            throw BusinessException.notFound("error.notFound");
        }
        if (!scope.isStaff()) {
            scope.requireRole(Role.NARASUMBER);
            if (!isOwn(s)) {
                throw BusinessException.notFound("error.notFound");
            }
            s.getUser().getUsername();
            return s;
        }
        if (!scope.canRead(s.getOwnerUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        if (s.getUser() != null) {
            s.getUser().getUsername(); // the edit dialog shows the linked account after the transaction
        }
        return s;
    }

    /** The secretariat of the owner unit, or the speaker themself (their own profile). */
    public boolean canEdit(Speaker s) {
        return scope.canManage(s.getOwnerUnit()) || isOwn(s);
    }

    private boolean isOwn(Speaker s) {
        var u = scope.user();
        return u.has(Role.NARASUMBER) && s.getUser() != null && s.getUser().getId().equals(u.userId());
    }

    public Speaker create(SpeakerData d) {
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        validate(d);
        Speaker s = new Speaker();
        s.setOwnerUnit(em.find(OrgUnit.class, scope.user().unitId()));
        apply(s, d);
        s.setCreatedAt(clock.now());
        s.setUpdatedAt(s.getCreatedAt());
        em.persist(s);
        em.flush();
        audit.record("speaker.create", "Speaker", s.getId(), s.getOwnerUnit().getId(), s.displayName(), null, s.snapshot());
        return s;
    }

    public Speaker update(long id, SpeakerData d) {
        Speaker s = find(id);
        boolean own = !scope.canManage(s.getOwnerUnit()) && isOwn(s);
        if (!own) {
            scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
            scope.requireWritable(s.getOwnerUnit());
        }
        validate(d);
        Map<String, Object> before = s.snapshot();
        if (own) {
            // a speaker edits their own profile, but not which account it belongs to
            String username = s.getUser().getUsername();
            d = new SpeakerData(d.rankTitle(), d.frontTitle(), d.name(), d.backTitle(), d.position(), d.institutionName(),
                    d.email(), d.phone(), d.bio(), username);
        }
        apply(s, d);
        s.setUpdatedAt(clock.now());
        audit.record("speaker.update", "Speaker", s.getId(), s.getOwnerUnit().getId(), s.displayName(), before, s.snapshot());
        return s;
    }

    /** The speaker records linked to the logged-in NARASUMBER account. */
    public List<Speaker> mine() {
        return em.createQuery("select s from Speaker s where s.user.id = :u", Speaker.class)
                .setParameter("u", scope.user().userId()).getResultList();
    }

    private void apply(Speaker s, SpeakerData d) {
        s.setRankTitle(Inputs.trimToNull(d.rankTitle()));
        s.setFrontTitle(Inputs.trimToNull(d.frontTitle()));
        s.setName(d.name().trim());
        s.setBackTitle(Inputs.trimToNull(d.backTitle()));
        s.setPosition(Inputs.trimToNull(d.position()));
        s.setInstitutionName(Inputs.trimToNull(d.institutionName()));
        s.setEmail(Inputs.trimToNull(d.email()));
        s.setPhone(Inputs.trimToNull(d.phone()));
        s.setBio(Inputs.trimToNull(d.bio()));
        if (d.username() == null || d.username().isBlank()) {
            s.setUser(null);
        } else {
            List<AppUser> u = em.createQuery("select u from AppUser u where u.username = :n", AppUser.class)
                    .setParameter("n", d.username().trim().toLowerCase()).getResultList();
            if (u.isEmpty() || !u.get(0).hasRole(Role.NARASUMBER)) {
                throw BusinessException.invalid("username", "speaker.userNotNarasumber", d.username().trim());
            }
            s.setUser(u.get(0));
        }
    }

    private static void validate(SpeakerData d) {
        if (d.name() == null || d.name().isBlank()) {
            throw BusinessException.invalid("name", "validation.required");
        }
        if (d.name().contains(",")) {
            throw BusinessException.invalid("name", "speaker.titlesApart");
        }
        if (d.email() != null && !d.email().isBlank() && !EMAIL.matcher(d.email().trim()).matches()) {
            throw BusinessException.invalid("email", "validation.email");
        }
    }

}
