package id.sirakor.registration.entity;

import jakarta.persistence.Version;
import java.time.LocalDate;
import id.sirakor.event.entity.Event;
import id.sirakor.institution.entity.Institution;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An institution invited to an event with a number of seats (its quota). */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;
    private int quota;
    /** Confirmed registrations of this institution: maintained by SeatLedger only, never written here. */
    @Column(insertable = false, updatable = false)
    private int confirmed;
    private String status = "CREATED";
    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "letter_number")
    private String letterNumber;
    @Column(name = "letter_date")
    private LocalDate letterDate;
    /** SHA-256 of the letter PDF as issued (file store); null until a number is issued. */
    @Column(name = "letter_file")
    private String letterFile;
    @Column(name = "operator_token_hash")
    private String operatorTokenHash;
    @Column(name = "sent_to")
    private String sentTo;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "delegates_at")
    private Instant delegatesAt;
    @Version
    private long version;
    public Long getId() { return id; }
    public Event getEvent() { return event; }
    public void setEvent(Event event) { this.event = event; }
    public Institution getInstitution() { return institution; }
    public void setInstitution(Institution institution) { this.institution = institution; }
    public int getQuota() { return quota; }
    public void setQuota(int quota) { this.quota = quota; }
    public int getConfirmed() { return confirmed; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public String getLetterNumber() { return letterNumber; }
    public void setLetterNumber(String letterNumber) { this.letterNumber = letterNumber; }
    public LocalDate getLetterDate() { return letterDate; }
    public String getLetterFile() { return letterFile; }
    public void setLetterFile(String letterFile) { this.letterFile = letterFile; }
    public void setLetterDate(LocalDate letterDate) { this.letterDate = letterDate; }
    public String getOperatorTokenHash() { return operatorTokenHash; }
    public void setOperatorTokenHash(String operatorTokenHash) { this.operatorTokenHash = operatorTokenHash; }
    public String getSentTo() { return sentTo; }
    public void setSentTo(String sentTo) { this.sentTo = sentTo; }
    public Instant getSentAt() { return sentAt; }
    public void setSentAt(Instant sentAt) { this.sentAt = sentAt; }
    public Instant getOpenedAt() { return openedAt; }
    public void setOpenedAt(Instant openedAt) { this.openedAt = openedAt; }
    public Instant getDelegatesAt() { return delegatesAt; }
    public void setDelegatesAt(Instant delegatesAt) { this.delegatesAt = delegatesAt; }
}
