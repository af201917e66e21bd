package id.sirakor.identity.control;

import id.sirakor.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The logged-in user of this request, read once per request. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityContext security;

    @PersistenceContext
    EntityManager em;

    private Snapshot snapshot;
    private boolean loaded;

    /** What a request needs to know about its user; detached from the persistence context. */
    public record Snapshot(long userId, String username, String fullName, long unitId, String unitName,
                           String unitPath, String unitRegionCode, Set<Role> roles, String preferredLocale, boolean mustChangePassword,
                           Long institutionId, Long assignedEventId) {
        public boolean has(Role r) {
            return roles.contains(r);
        }
    }

    public boolean isLoggedIn() {
        return get() != null;
    }

    /** The snapshot, or null when nobody is logged in. */
    public Snapshot get() {
        if (!loaded) {
            loaded = true;
            Principal p = security.getCallerPrincipal();
            if (p != null && !anonymous(p)) {
                snapshot = load(p.getName());
            }
        }
        return snapshot;
    }

    /** Forget the cached user, e.g. after a login in this same request. */
    public void refresh() {
        loaded = false;
        snapshot = null;
    }

    /**
     * WildFly reports a caller who has not logged in as Elytron's AnonymousPrincipal (named
     * "anonymous"), not as null: there is no user to look up, and every anonymous request that
     * writes an audit row (a public registration) would otherwise query app_user for "anonymous".
     */
    private static boolean anonymous(Principal p) {
        return "org.wildfly.security.auth.principal.AnonymousPrincipal".equals(p.getClass().getName());
    }

    private Snapshot load(String username) {
        List<Object[]> rows = em.createQuery(
                        "select u.id, u.username, u.fullName, un.id, un.name, un.path, un.regionCode, u.preferredLocale, u.mustChangePassword, ins.id, ae.id "
                                + "from AppUser u join u.unit un left join u.institution ins left join u.assignedEvent ae where u.username = :n and u.active = true", Object[].class)
                .setParameter("n", username).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = rows.get(0);
        List<Role> roles = em.createQuery("select r from AppUser u join u.roles r where u.id = :id", Role.class)
                .setParameter("id", r[0]).getResultList();
        Set<Role> set = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        return new Snapshot((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4], (String) r[5],
                (String) r[6], set, (String) r[7], (Boolean) r[8], (Long) r[9], (Long) r[10]);
    }
}
