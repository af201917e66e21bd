package id.sirakor.onsite.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The badge role of a registration other than Peserta (no row: Peserta). */
@Entity
@Table(name = "badge_role")
public class BadgeRole {

    @Id
    @Column(name = "registration_id")
    private Long registrationId;
    @Enumerated(EnumType.STRING)
    private BadgeRoleKind role;
    @Column(name = "changed_at")
    private Instant changedAt;

    public BadgeRole() {
    }

    public BadgeRole(Long registrationId, BadgeRoleKind role, Instant changedAt) {
        this.registrationId = registrationId;
        this.role = role;
        this.changedAt = changedAt;
    }

    public Long getRegistrationId() { return registrationId; }
    public BadgeRoleKind getRole() { return role; }
    public void setRole(BadgeRoleKind role) { this.role = role; }
    public Instant getChangedAt() { return changedAt; }
    public void setChangedAt(Instant changedAt) { this.changedAt = changedAt; }
}
