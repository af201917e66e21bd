package id.sirakor.dashboard.boundary;

import id.sirakor.dashboard.control.Dashboard;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventSession;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.control.UnitService;
import id.sirakor.identity.control.UserService;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.web.Faces;
import id.sirakor.registration.entity.Invitation;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The first page after login, one section per role the user has (see {@link Dashboard}). */
@Named
@RequestScoped
public class DashboardBean {

    @Inject
    Dashboard dashboard;

    @Inject
    UnitService units;

    @Inject
    UserService users;

    @Inject
    UnitScope scope;

    private Dashboard.StaffView staff;
    private List<Event> coming;
    private List<Invitation> invitations;
    private List<Dashboard.SessionLine> sessions;
    private OrgUnit ownUnit;
    private List<OrgUnit> visibleUnits;
    private long userCount;

    @PostConstruct
    void load() {
        var user = scope.user();
        if (scope.isStaff()) {
            staff = dashboard.staff();
            ownUnit = units.find(user.unitId());
            visibleUnits = units.readable(null);
            userCount = users.count(null);
        } else if (user.has(Role.NOTULIS)) {
            coming = dashboard.comingEvents();
        }
        if (user.has(Role.OPERATOR_INSTANSI)) {
            invitations = dashboard.operatorInvitations();
        }
        if (user.has(Role.NARASUMBER)) {
            sessions = dashboard.speakerSessions();
        }
    }

    public String getWelcome() {
        return Faces.text("dashboard.welcome", scope.user().fullName());
    }

    public String when(Event e) {
        return e.getDays().isEmpty() ? Faces.text("dashboard.noDates")
                : IndonesianTime.date(e.getDays().get(0).getDayDate(), Faces.locale())
                + (e.getDays().size() > 1 ? " – " + IndonesianTime.date(e.getDays().get(e.getDays().size() - 1).getDayDate(), Faces.locale()) : "");
    }

    public String when(EventSession s) {
        var zone = s.getEvent().zone();
        return IndonesianTime.date(s.getStartsAt().atZone(zone).toLocalDate(), Faces.locale()) + ", "
                + IndonesianTime.timeRange(s.getStartsAt(), s.getEndsAt(), zone, Faces.locale());
    }

    public String todoText(Dashboard.Todo t) {
        return Faces.text("dashboard.todo." + t.kind().name(), t.event(), t.count());
    }

    public String sentAt(Dashboard.WaitingInvitation w) {
        return w.sentAt() == null ? "" : IndonesianTime.date(w.sentAt().atZone(IndonesianTime.WIB).toLocalDate(), Faces.locale());
    }

    public boolean isStaff() { return staff != null; }
    public Dashboard.StaffView getStaffView() { return staff; }
    public List<Event> getComing() { return coming; }
    public List<Invitation> getInvitations() { return invitations; }
    public List<Dashboard.SessionLine> getSessions() { return sessions; }
    public OrgUnit getOwnUnit() { return ownUnit; }
    public List<OrgUnit> getVisibleUnits() { return visibleUnits; }
    public long getUserCount() { return userCount; }

    public boolean canEdit(OrgUnit u) {
        return scope.canWrite(u);
    }

    /** Depth in the tree, for indentation: "/1/2/7/" is depth 2. */
    public int depth(OrgUnit u) {
        int ownDepth = ownUnit.getPath().split("/").length;
        return scope.isAdmin() ? u.getPath().split("/").length - 2 : u.getPath().split("/").length - ownDepth;
    }
}
