package id.sirakor.identity.boundary;

import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.control.UnitService;
import id.sirakor.identity.control.UserService;
import id.sirakor.identity.entity.OrgUnit;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

@Named
@RequestScoped
public class DashboardBean {

    @Inject
    UnitService units;

    @Inject
    UserService users;

    @Inject
    UnitScope scope;

    private OrgUnit ownUnit;
    private List<OrgUnit> visibleUnits;
    private long userCount;

    @PostConstruct
    void load() {
        ownUnit = units.find(scope.user().unitId());
        visibleUnits = units.readable(null);
        userCount = users.count(null);
    }

    public String getWelcome() {
        return id.sirakor.platform.web.Faces.text("dashboard.welcome", scope.user().fullName());
    }

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
