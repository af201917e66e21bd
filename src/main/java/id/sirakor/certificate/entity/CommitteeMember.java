package id.sirakor.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A committee member the secretariat entered for an event: receives a PANITIA certificate (holder key P + id). */
@Entity
@Table(name = "certificate_committee")
public class CommitteeMember implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    private String name;
    private String institution;
    private String email;
    @Column(name = "created_at")
    private Instant createdAt;

    public CommitteeMember() {
    }

    public CommitteeMember(Long eventId, String name, String institution, String email, Instant createdAt) {
        this.eventId = eventId;
        this.name = name;
        this.institution = institution;
        this.email = email;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public String getName() { return name; }
    public String getInstitution() { return institution; }
    public String getEmail() { return email; }
    public Instant getCreatedAt() { return createdAt; }
}
