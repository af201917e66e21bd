package id.sirakor.declaration.entity;

import id.sirakor.event.entity.Event;
import id.sirakor.identity.entity.OrgUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A declaration or signed commitment of an organizer unit: the text (opening, numbered points,
 * closing) is editable while DRAFT and frozen with its SHA-256 when it opens for signing.
 */
@Entity
@Table(name = "declaration")
public class Declaration {

    public enum Status { DRAFT, OPEN, FINAL, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "event_id")
    private Event event;
    @Column(name = "template_key")
    private String templateKey;
    private String title;
    private String opening;
    /** The numbered points, one per line. */
    private String points;
    private String closing;
    private String place;
    @Column(name = "decl_date")
    private LocalDate date;
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status = Status.DRAFT;
    @Column(name = "text_hash")
    private String textHash;
    @Column(name = "frozen_at")
    private Instant frozenAt;
    @Column(name = "board_token")
    private String boardToken;
    @Column(name = "verify_code")
    private String verifyCode;
    @Column(name = "final_file")
    private String finalFile;
    @Column(name = "finalized_at")
    private Instant finalizedAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    public List<String> pointList() {
        return points == null ? List.of() : Arrays.stream(points.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long getId() { return id; }
    public OrgUnit getUnit() { return unit; }
    public void setUnit(OrgUnit unit) { this.unit = unit; }
    public Event getEvent() { return event; }
    public void setEvent(Event event) { this.event = event; }
    public String getTemplateKey() { return templateKey; }
    public void setTemplateKey(String templateKey) { this.templateKey = templateKey; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOpening() { return opening; }
    public void setOpening(String opening) { this.opening = opening; }
    public String getPoints() { return points; }
    public void setPoints(String points) { this.points = points; }
    public String getClosing() { return closing; }
    public void setClosing(String closing) { this.closing = closing; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getTextHash() { return textHash; }
    public void setTextHash(String textHash) { this.textHash = textHash; }
    public Instant getFrozenAt() { return frozenAt; }
    public void setFrozenAt(Instant frozenAt) { this.frozenAt = frozenAt; }
    public String getBoardToken() { return boardToken; }
    public void setBoardToken(String boardToken) { this.boardToken = boardToken; }
    public String getVerifyCode() { return verifyCode; }
    public void setVerifyCode(String verifyCode) { this.verifyCode = verifyCode; }
    public String getFinalFile() { return finalFile; }
    public void setFinalFile(String finalFile) { this.finalFile = finalFile; }
    public Instant getFinalizedAt() { return finalizedAt; }
    public void setFinalizedAt(Instant finalizedAt) { this.finalizedAt = finalizedAt; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
