package id.sirakor.privacy.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A participant's request to delete their data (ADR 0096): REQUESTED, then DONE. */
@Entity
@Table(name = "deletion_request")
public class DeletionRequest {

    public static final String REQUESTED = "REQUESTED";
    public static final String DONE = "DONE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "registration_id")
    private Long registrationId;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "unit_id")
    private Long unitId;
    private String pseudonym;
    private String reason;
    private String status;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "persons_rows")
    private Integer personsRows;

    public DeletionRequest() {
    }

    public DeletionRequest(Long registrationId, Long eventId, Long unitId, String pseudonym, String reason, Instant requestedAt) {
        this.registrationId = registrationId;
        this.eventId = eventId;
        this.unitId = unitId;
        this.pseudonym = pseudonym;
        this.reason = reason;
        this.status = REQUESTED;
        this.requestedAt = requestedAt;
    }

    public void done(Instant at, String by, int rows) {
        status = DONE;
        decidedAt = at;
        decidedBy = by;
        personsRows = rows;
    }

    public Long getId() { return id; }
    public Long getRegistrationId() { return registrationId; }
    public Long getEventId() { return eventId; }
    public Long getUnitId() { return unitId; }
    public String getPseudonym() { return pseudonym; }
    public String getReason() { return reason; }
    public String getStatus() { return status; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecidedBy() { return decidedBy; }
    public Integer getPersonsRows() { return personsRows; }
}
