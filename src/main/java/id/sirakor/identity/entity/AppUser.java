package id.sirakor.identity.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A person who logs in. Bound to one organizer unit; holds one or more roles. */
@Entity
@Table(name = "app_user")
public class AppUser {

    /** Failed logins in a row before the account is locked for {@link #LOCK_DURATION}. */
    /** The institution an OPERATOR_INSTANSI account acts for. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private id.sirakor.institution.entity.Institution institution;

    /** The one event a PETUGAS (door staff) account checks people in for; null for other roles. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_event_id")
    private id.sirakor.event.entity.Event assignedEvent;
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "full_name")
    private String fullName;
    private String email;
    private String phone;
    @Column(name = "password_hash")
    private String passwordHash;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean active = true;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    @Column(name = "password_changed_at")
    private Instant passwordChangedAt;
    @Column(name = "must_change_password")
    private boolean mustChangePassword;
    @Column(name = "preferred_locale")
    private String preferredLocale;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public AppUser() {
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** Counts a wrong password; the fifth in a row locks the account. Returns true when locked now. */
    public boolean loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
            return true;
        }
        return false;
    }

    public void loginSucceeded(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash, Instant now, boolean mustChange) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
        this.mustChangePassword = mustChange;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("fullName", fullName);
        m.put("email", email);
        m.put("institutionId", institution == null ? null : institution.getId());
        m.put("assignedEventId", assignedEvent == null ? null : assignedEvent.getId());
        m.put("phone", phone);
        m.put("unitId", unit == null ? null : unit.getId());
        m.put("roles", new TreeSet<>(roles.stream().map(Enum::name).toList()));
        m.put("active", active);
        m.put("locked", lockedUntil != null);
        return m;
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getPasswordHash() { return passwordHash; }
    public OrgUnit getUnit() { return unit; }
    public void setUnit(OrgUnit unit) { this.unit = unit; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles); }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getFailedLogins() { return failedLogins; }
    public Instant getLockedUntil() { return lockedUntil; }
    public Instant getLastLoginAt() { return lastLoginAt; }
    public Instant getPasswordChangedAt() { return passwordChangedAt; }
    public boolean isMustChangePassword() { return mustChangePassword; }
    public String getPreferredLocale() { return preferredLocale; }
    public void setPreferredLocale(String preferredLocale) { this.preferredLocale = preferredLocale; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public id.sirakor.institution.entity.Institution getInstitution() { return institution; }
    public void setInstitution(id.sirakor.institution.entity.Institution institution) { this.institution = institution; }
    public id.sirakor.event.entity.Event getAssignedEvent() { return assignedEvent; }
    public void setAssignedEvent(id.sirakor.event.entity.Event assignedEvent) { this.assignedEvent = assignedEvent; }
}
