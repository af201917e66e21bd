package id.sirakor.onsite.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What a registration's badge showed when it was last printed, as a SHA-256 of its content. */
@Entity
@Table(name = "badge_printed")
public class BadgePrinted {

    @Id
    @Column(name = "registration_id")
    private Long registrationId;
    @Column(name = "event_id")
    private Long eventId;
    private String fingerprint;

    public BadgePrinted() {
    }

    public BadgePrinted(Long registrationId, Long eventId, String fingerprint) {
        this.registrationId = registrationId;
        this.eventId = eventId;
        this.fingerprint = fingerprint;
    }

    public Long getRegistrationId() { return registrationId; }
    public Long getEventId() { return eventId; }
    public String getFingerprint() { return fingerprint; }
    public void setFingerprint(String fingerprint) { this.fingerprint = fingerprint; }
}
