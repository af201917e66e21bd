package id.sirakor.identity.control;

import id.sirakor.platform.text.Inputs;
import id.sirakor.identity.entity.AppUser;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** User accounts. Only ADMIN creates and changes accounts; everybody changes their own password. */
@ApplicationScoped
@Transactional
public class UserService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    UnitService units;

    /** What the user form sends. The password is only read when creating or resetting. */
    public record UserData(String username, String fullName, String email, String phone, Long unitId,
                           Set<Role> roles, boolean active, Long institutionId, Long assignedEventId) {
        public UserData(String username, String fullName, String email, String phone, Long unitId,
                        Set<Role> roles, boolean active, Long institutionId) {
            this(username, fullName, email, phone, unitId, roles, active, institutionId, null);
        }
    }

    /**
     * Users whose unit the caller may read: ADMIN sees everyone, a SEKRETARIAT the users of its
     * own unit and the units below. Other roles see no user list (their emails are personal data).
     */
    public List<AppUser> list(String search, int first, int max) {
        scope.requireStaff();
        TypedQuery<AppUser> q = em.createQuery("select u from AppUser u join u.unit un" + where(search)
                + " order by un.path, u.username", AppUser.class);
        bind(q, search);
        var graph = em.createEntityGraph(AppUser.class);
        graph.addAttributeNodes("unit", "roles");
        q.setHint("jakarta.persistence.loadgraph", graph);
        return q.setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String search) {
        scope.requireStaff();
        TypedQuery<Long> q = em.createQuery("select count(u) from AppUser u join u.unit un" + where(search), Long.class);
        bind(q, search);
        return q.getSingleResult();
    }

    private static String where(String search) {
        return " where un.path like :p" + (search == null || search.isBlank() ? ""
                : " and (lower(u.username) like :q or lower(u.fullName) like :q or lower(un.name) like :q)");
    }

    private void bind(TypedQuery<?> q, String search) {
        q.setParameter("p", scope.readablePathPattern());
        if (search != null && !search.isBlank()) {
            q.setParameter("q", "%" + search.trim().toLowerCase() + "%");
        }
    }

    public AppUser find(long id) {
        scope.requireStaff();
        AppUser u = em.find(AppUser.class, id);
        if (u == null || !scope.canRead(u.getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        return u;
    }

    public AppUser create(UserData d, String password) {
        scope.requireRole(Role.ADMIN);
        OrgUnit unit = validate(d, null);
        PasswordPolicy.check("password", d.username(), password);
        AppUser u = new AppUser();
        u.setUsername(d.username().trim().toLowerCase());
        apply(u, d, unit);
        u.changePassword(PasswordHasher.hash(password.toCharArray()), clock.now(), true);
        u.setCreatedAt(clock.now());
        u.setUpdatedAt(u.getCreatedAt());
        em.persist(u);
        em.flush();
        audit.record("user.create", "AppUser", u.getId(), unit.getId(), u.getUsername(), null, u.snapshot());
        return u;
    }

    public AppUser update(long id, UserData d) {
        scope.requireRole(Role.ADMIN);
        AppUser u = find(id);
        Map<String, Object> before = u.snapshot();
        OrgUnit unit = validate(d, u);
        if (u.getUsername().equals(scope.user().username()) && (!d.active() || !d.roles().contains(Role.ADMIN))) {
            throw BusinessException.invalid("roles", "user.cannotDemoteSelf");
        }
        apply(u, d, unit);
        u.setUpdatedAt(clock.now());
        audit.record("user.update", "AppUser", u.getId(), unit.getId(), u.getUsername(), before, u.snapshot());
        return u;
    }

    /** ADMIN sets a new password; the user must change it at the next login. */
    public void resetPassword(long id, String password) {
        scope.requireRole(Role.ADMIN);
        AppUser u = find(id);
        PasswordPolicy.check("password", u.getUsername(), password);
        u.changePassword(PasswordHasher.hash(password.toCharArray()), clock.now(), true);
        u.unlock();
        audit.record("user.resetPassword", "AppUser", u.getId(), u.getUnit().getId(), u.getUsername(), null, null);
    }

    public void unlock(long id) {
        scope.requireRole(Role.ADMIN);
        AppUser u = find(id);
        u.unlock();
        audit.record("user.unlock", "AppUser", u.getId(), u.getUnit().getId(), u.getUsername(), null, null);
    }

    /** Any logged-in user, for their own account. */
    public void changeOwnPassword(String current, String next, String repeat) {
        AppUser u = em.find(AppUser.class, scope.user().userId());
        if (current == null || !PasswordHasher.verify(current.toCharArray(), u.getPasswordHash())) {
            throw BusinessException.invalid("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check("newPassword", u.getUsername(), next);
        if (!next.equals(repeat)) {
            throw BusinessException.invalid("repeatPassword", "password.repeatMismatch");
        }
        if (next.equals(current)) {
            throw BusinessException.invalid("newPassword", "password.sameAsOld");
        }
        u.changePassword(PasswordHasher.hash(next.toCharArray()), clock.now(), false);
        audit.record("user.changePassword", "AppUser", u.getId(), u.getUnit().getId(), u.getUsername(), null, null);
    }

    /** Remembers the language a logged-in user chose, for their next login on any device. */
    public void setOwnLocale(String language) {
        if (!"en".equals(language) && !"id".equals(language)) {
            throw BusinessException.invalid("lang", "error.badRequest");
        }
        AppUser u = em.find(AppUser.class, scope.user().userId());
        u.setPreferredLocale(language);
    }

    private OrgUnit validate(UserData d, AppUser existing) {
        if (d.roles() != null && d.roles().contains(Role.OPERATOR_INSTANSI)
                && (d.institutionId() == null || em.find(id.sirakor.institution.entity.Institution.class, d.institutionId()) == null)) {
            throw BusinessException.invalid("institution", "user.institutionRequired");
        }
        if (d.roles() != null && d.roles().contains(Role.PETUGAS)
                && (d.assignedEventId() == null || em.find(id.sirakor.event.entity.Event.class, d.assignedEventId()) == null)) {
            throw BusinessException.invalid("assignedEvent", "user.assignedEventRequired");
        }
        if (existing == null && (d.username() == null || !USERNAME.matcher(d.username().trim().toLowerCase()).matches())) {
            throw BusinessException.invalid("username", "user.usernameFormat");
        }
        if (d.fullName() == null || d.fullName().isBlank()) {
            throw BusinessException.invalid("fullName", "validation.required");
        }
        if (d.email() != null && !d.email().isBlank() && !EMAIL.matcher(d.email().trim()).matches()) {
            throw BusinessException.invalid("email", "validation.email");
        }
        if (d.unitId() == null) {
            throw BusinessException.invalid("unit", "validation.required");
        }
        if (d.roles() == null || d.roles().isEmpty()) {
            throw BusinessException.invalid("roles", "user.roleRequired");
        }
        if (existing == null) {
            Long taken = em.createQuery("select count(u) from AppUser u where u.username = :n", Long.class)
                    .setParameter("n", d.username().trim().toLowerCase()).getSingleResult();
            if (taken > 0) {
                throw BusinessException.invalid("username", "user.usernameTaken", d.username().trim().toLowerCase());
            }
        }
        return units.find(d.unitId());
    }

    private void apply(AppUser u, UserData d, OrgUnit unit) {
        // an institution operator acts for one institution; other roles for none
        boolean operator = d.roles() != null && d.roles().contains(Role.OPERATOR_INSTANSI);
        u.setInstitution(operator ? em.find(id.sirakor.institution.entity.Institution.class, d.institutionId()) : null);
        // door staff work the door of one event (ADR 0033); other roles for none
        boolean petugas = d.roles() != null && d.roles().contains(Role.PETUGAS);
        u.setAssignedEvent(petugas ? em.find(id.sirakor.event.entity.Event.class, d.assignedEventId()) : null);
        u.setFullName(d.fullName().trim());
        u.setEmail(Inputs.trimToNull(d.email()));
        u.setPhone(Inputs.trimToNull(d.phone()));
        u.setUnit(unit);
        u.setRoles(d.roles());
        u.setActive(d.active());
    }
}
