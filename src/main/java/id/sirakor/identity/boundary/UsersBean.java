package id.sirakor.identity.boundary;

import id.sirakor.identity.control.UnitService;
import id.sirakor.identity.control.UserService;
import id.sirakor.identity.entity.AppUser;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** ADMIN: user accounts, paged in the database. */
@Named
@ViewScoped
public class UsersBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserService users;

    @Inject
    UnitService units;

    private String search;
    private Long editingId;
    private String username;
    private String fullName;
    private String email;
    private String phone;
    private Long unitId;
    private id.sirakor.institution.boundary.InstitutionPicker.Option institution;

    @Inject
    id.sirakor.institution.control.InstitutionService institutions;
    private List<String> roles = new ArrayList<>();
    /** The event a PETUGAS account works the door of (ADR 0033). */
    private Long assignedEventId;
    private List<EventOption> eventOptions;

    @Inject
    id.sirakor.event.control.EventService events;

    public record EventOption(long id, String title) implements java.io.Serializable {
    }
    private boolean active = true;
    private String password;

    /** Rows are entities: not replicated; made again after a failover (PrimeFaces then reloads the page). */
    private transient LazyDataModel<AppUser> model;

    private LazyDataModel<AppUser> newModel() {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) users.count(search);
            }

            @Override
            public List<AppUser> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return users.list(search, first, pageSize);
            }

            @Override
            public String getRowKey(AppUser u) {
                return String.valueOf(u.getId());
            }

            @Override
            public AppUser getRowData(String key) {
                return users.find(Long.parseLong(key));
            }
        };
    }

    public void newUser() {
        editingId = null;
        username = null;
        fullName = null;
        email = null;
        phone = null;
        unitId = null;
        institution = null;
        assignedEventId = null;
        roles = new ArrayList<>(List.of(Role.SEKRETARIAT.name()));
        active = true;
        password = null;
    }

    public void edit(AppUser u) {
        editingId = u.getId();
        username = u.getUsername();
        fullName = u.getFullName();
        email = u.getEmail();
        phone = u.getPhone();
        unitId = u.getUnit().getId();
        institution = null;
        if (u.getInstitution() != null) { // the proxy knows its id without loading
            var i = institutions.find(u.getInstitution().getId());
            institution = new id.sirakor.institution.boundary.InstitutionPicker.Option(i.getId(), i.getName(), i.getRegion().getName());
        }
        assignedEventId = u.getAssignedEvent() == null ? null : u.getAssignedEvent().getId();
        roles = new ArrayList<>(u.getRoles().stream().map(Enum::name).toList());
        active = u.isActive();
        password = null;
    }

    public void save() {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        roles.forEach(r -> set.add(Role.valueOf(r)));
        UserService.UserData d = new UserService.UserData(username, fullName, email, phone, unitId, set, active,
                institution == null ? null : institution.id(), assignedEventId);
        if (editingId == null) {
            AppUser u = users.create(d, password);
            Faces.info("user.created", u.getUsername());
        } else {
            users.update(editingId, d);
            Faces.info("user.saved", username);
        }
        password = null;
        PrimeFaces.current().executeScript("PF('userDialog').hide()");
    }

    public void resetPassword() {
        users.resetPassword(editingId, password);
        password = null;
        Faces.info("user.passwordReset", username);
        PrimeFaces.current().executeScript("PF('userDialog').hide()");
    }

    public void unlock(AppUser u) {
        users.unlock(u.getId());
        Faces.info("user.unlocked", u.getUsername());
    }

    public List<OrgUnit> getUnitOptions() {
        return units.readable(null);
    }

    public Role[] getRoleOptions() {
        return Role.values();
    }

    public boolean locked(AppUser u) {
        return u.getLockedUntil() != null && u.getLockedUntil().isAfter(java.time.Instant.now());
    }

    public LazyDataModel<AppUser> getModel() {
        if (model == null) {
            model = newModel();
        }
        return model;
    }
    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public boolean isEditing() { return editingId != null; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public id.sirakor.institution.boundary.InstitutionPicker.Option getInstitution() { return institution; }
    public void setInstitution(id.sirakor.institution.boundary.InstitutionPicker.Option v) { institution = v; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }

    public Long getAssignedEventId() { return assignedEventId; }
    public void setAssignedEventId(Long v) { assignedEventId = v; }

    /** The events a PETUGAS account may be bound to (newest first, as the events list shows them). */
    public List<EventOption> getEventOptions() {
        if (eventOptions == null) {
            eventOptions = events.list(null, null, 0, 200).stream().map(e -> new EventOption(e.getId(), e.getTitle())).toList();
        }
        return eventOptions;
    }
}
