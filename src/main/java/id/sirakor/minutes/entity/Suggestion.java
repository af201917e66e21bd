package id.sirakor.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A sumbang saran: what a confirmed participant sent from their personal page, optionally for one session. */
@Entity
@Table(name = "minutes_suggestion")
public class Suggestion implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "registration_id")
    private Long registrationId;
    @Column(name = "session_id")
    private Long sessionId;
    private String author;
    private String institution;
    private String body;
    @Column(name = "created_at")
    private Instant createdAt;

    public Suggestion() {
    }

    public Suggestion(Long eventId, Long registrationId, Long sessionId, String author, String institution, String body, Instant createdAt) {
        this.eventId = eventId;
        this.registrationId = registrationId;
        this.sessionId = sessionId;
        this.author = author;
        this.institution = institution;
        this.body = body;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public Long getRegistrationId() { return registrationId; }
    public Long getSessionId() { return sessionId; }
    public String getAuthor() { return author; }
    public String getInstitution() { return institution; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }

    /** "Name (Institution)", as the minutes name whoever raised a point. */
    public String getByLine() {
        return institution == null || institution.isBlank() ? author : author + " (" + institution + ")";
    }
}
