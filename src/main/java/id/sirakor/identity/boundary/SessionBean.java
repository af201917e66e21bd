package id.sirakor.identity.boundary;

import id.sirakor.identity.control.CurrentUser;
import id.sirakor.identity.entity.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the layout shows about the logged-in user (header, menu). */
@Named("me")
@RequestScoped
public class SessionBean {

    @Inject
    CurrentUser currentUser;

    public boolean isLoggedIn() {
        return currentUser.isLoggedIn();
    }

    public CurrentUser.Snapshot getUser() {
        return currentUser.get();
    }

    public boolean has(String role) {
        CurrentUser.Snapshot u = currentUser.get();
        return u != null && u.has(Role.valueOf(role));
    }

    public boolean isAdmin() {
        return has("ADMIN");
    }

    /** ADMIN or SEKRETARIAT: venues, speakers, institutions, units, participants (UnitScope#isStaff). */
    public boolean isStaff() {
        return has("ADMIN") || has("SEKRETARIAT");
    }

    /** Staff and NOTULIS see the events of their units (UnitScope#readsEvents). */
    public boolean isEventReader() {
        return isStaff() || has("NOTULIS");
    }

    /** An institution operator and nothing else: the menu shows only what such a user works with. */
    public boolean isOperatorOnly() {
        CurrentUser.Snapshot u = currentUser.get();
        return u != null && u.roles().size() == 1 && u.has(Role.OPERATOR_INSTANSI);
    }

    /** The event a PETUGAS (door staff, not staff otherwise) works the door of; null for everyone else. */
    public Long getDoorEventId() {
        CurrentUser.Snapshot u = currentUser.get();
        return u != null && u.has(Role.PETUGAS) && !isStaff() ? u.assignedEventId() : null;
    }

    /** A PETUGAS and not staff: the menu and dashboard show only the door of its event. */
    public boolean isDoorStaff() {
        CurrentUser.Snapshot u = currentUser.get();
        return u != null && u.has(Role.PETUGAS) && !isStaff();
    }

    public String getInitials() {
        CurrentUser.Snapshot u = currentUser.get();
        if (u == null) {
            return "";
        }
        String[] parts = u.fullName().replaceAll("^(Dr|Drs|Ir|Prof|H|Hj)\\.\\s*", "").split("\\s+");
        return (parts[0].substring(0, 1) + (parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "")).toUpperCase();
    }
}
