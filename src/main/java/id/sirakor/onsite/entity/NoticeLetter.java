package id.sirakor.onsite.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A numbered letter that tells an invited institution of a schedule change or a cancellation,
 * referring to its surat undangan. Kept as issued: {@code letterFile} is the SHA-256 of the PDF in
 * the file store (ADR 0016, 0083).
 */
@Entity
@Table(name = "notice_letter")
public class NoticeLetter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "notice_id")
    private Long noticeId;
    private String kind;
    @Column(name = "invitation_id")
    private Long invitationId;
    @Column(name = "letter_number")
    private String letterNumber;
    @Column(name = "letter_date")
    private LocalDate letterDate;
    @Column(name = "letter_file")
    private String letterFile;
    @Column(name = "sent_to")
    private String sentTo;
    @Column(name = "created_at")
    private Instant createdAt;

    public NoticeLetter() {
    }

    public NoticeLetter(Long eventId, Long noticeId, String kind, Long invitationId, String letterNumber, LocalDate letterDate,
                        String letterFile, String sentTo, Instant createdAt) {
        this.eventId = eventId;
        this.noticeId = noticeId;
        this.kind = kind;
        this.invitationId = invitationId;
        this.letterNumber = letterNumber;
        this.letterDate = letterDate;
        this.letterFile = letterFile;
        this.sentTo = sentTo;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public Long getNoticeId() { return noticeId; }
    public String getKind() { return kind; }
    public Long getInvitationId() { return invitationId; }
    public String getLetterNumber() { return letterNumber; }
    public LocalDate getLetterDate() { return letterDate; }
    public String getLetterFile() { return letterFile; }
    public String getSentTo() { return sentTo; }
    public Instant getCreatedAt() { return createdAt; }
}
