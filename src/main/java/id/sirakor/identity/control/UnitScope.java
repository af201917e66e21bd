package id.sirakor.identity.control;

import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * The one way to scope data to organizer units and roles, used by every service and query.
 * <p>Units:
 * <ul>
 * <li>ADMIN reads and writes everything;</li>
 * <li>any other user reads the records of their own unit and of the units below it
 *     (a province sees its regencies), and writes only those of their own unit.</li>
 * </ul>
 * A record outside the readable units is reported as not found, so ids cannot be probed.
 * <p>Roles narrow that further (docs/access.md has the whole table):
 * <ul>
 * <li><b>staff</b> (ADMIN, SEKRETARIAT) plan events and see participants' personal data, the
 *     directory of institutions, venues, speakers, units and users;</li>
 * <li><b>event readers</b> (staff and NOTULIS) see the events of their units, without any
 *     participant's contact data;</li>
 * <li>NARASUMBER sees only their own sessions and materials, OPERATOR_INSTANSI only the
 *     invitation and delegates of the institution the account acts for: both through their own
 *     pages, never through the secretariat's lists.</li>
 * </ul>
 * A role that may not see a kind of record at all gets "forbidden" (403).
 */
@RequestScoped
public class UnitScope {

    @Inject
    CurrentUser currentUser;

    public CurrentUser.Snapshot user() {
        CurrentUser.Snapshot s = currentUser.get();
        if (s == null) {
            throw BusinessException.unauthenticated();
        }
        return s;
    }

    public boolean isAdmin() {
        CurrentUser.Snapshot s = currentUser.get();
        return s != null && s.has(Role.ADMIN);
    }

    /** Prefix of {@code org_unit.path} that readable units start with; null means all units. */
    public String readablePathPrefix() {
        return isAdmin() ? null : user().unitPath();
    }

    /** JPQL-ready LIKE pattern for readable units: {@code un.path like :pattern}. */
    public String readablePathPattern() {
        String prefix = readablePathPrefix();
        return prefix == null ? "/%" : prefix + "%";
    }

    public boolean canRead(OrgUnit unit) {
        if (unit == null) {
            return false;
        }
        return isAdmin() || unit.getPath().startsWith(user().unitPath());
    }

    public boolean canWrite(OrgUnit unit) {
        if (unit == null) {
            return false;
        }
        return isAdmin() || unit.getId().equals(user().unitId());
    }

    /** May change the shared records (venues, speakers …) that {@code owner} maintains: its SEKRETARIAT, or ADMIN. */
    public boolean canManage(OrgUnit owner) {
        return isAdmin() || (user().has(Role.SEKRETARIAT) && canWrite(owner));
    }

    public void requireReadable(OrgUnit unit) {
        if (!canRead(unit)) {
            throw BusinessException.notFound("error.notFound");
        }
    }

    /** Not visible → "not found"; visible but someone else's (a child unit's) → "forbidden". */
    public void requireWritable(OrgUnit unit) {
        requireReadable(unit);
        if (!canWrite(unit)) {
            throw BusinessException.forbidden("error.readOnlyUnit", unit.getName());
        }
    }

    /** ADMIN or SEKRETARIAT: plans events and may see personal data within its units. */
    public boolean isStaff() {
        CurrentUser.Snapshot s = currentUser.get();
        return s != null && (s.has(Role.ADMIN) || s.has(Role.SEKRETARIAT));
    }

    public void requireStaff() {
        requireRole(Role.ADMIN, Role.SEKRETARIAT);
    }

    /** Staff and NOTULIS: sees the events of its units (details and timetable, no contact data). */
    public boolean readsEvents() {
        CurrentUser.Snapshot s = currentUser.get();
        return s != null && (s.has(Role.ADMIN) || s.has(Role.SEKRETARIAT) || s.has(Role.NOTULIS));
    }

    public void requireEventReader() {
        requireRole(Role.ADMIN, Role.SEKRETARIAT, Role.NOTULIS);
    }

    public void requireRole(Role... anyOf) {
        CurrentUser.Snapshot s = user();
        for (Role r : anyOf) {
            if (s.has(r)) {
                return;
            }
        }
        throw BusinessException.forbidden("error.roleRequired");
    }
}
