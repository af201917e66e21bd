package id.sirakor.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One version of an event's minutes (notula rapat). Editable while DRAFT (by the minute taker or
 * the secretariat), commented by the chair while in REVIEW, locked once APPROVED (signed PDF in the
 * file store, entered into the verification register). A change after approval is a new version.
 */
@Entity
@Table(name = "minutes")
public class Minutes implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status { DRAFT, REVIEW, APPROVED, SUPERSEDED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "version_no")
    private int versionNo;
    @Enumerated(EnumType.STRING)
    private Status status = Status.DRAFT;
    private String taker;
    @Column(name = "taker_name")
    private String takerName;
    @Column(name = "taker_position")
    private String takerPosition;
    /** When the minute taker signed this version (by sending it for review); cleared when it is returned. */
    @Column(name = "taker_signed_at")
    private Instant takerSignedAt;
    @Column(name = "chair_name")
    private String chairName;
    @Column(name = "chair_position")
    private String chairPosition;
    private String opening;
    private String summary;
    private String points;
    private String decisions;
    @Column(name = "chair_comment")
    private String chairComment;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "file_key")
    private String fileKey;
    @Column(name = "verify_code")
    private String verifyCode;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public int getVersionNo() { return versionNo; }
    public void setVersionNo(int versionNo) { this.versionNo = versionNo; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getTaker() { return taker; }
    public void setTaker(String taker) { this.taker = taker; }
    public String getTakerName() { return takerName; }
    public void setTakerName(String takerName) { this.takerName = takerName; }
    public String getTakerPosition() { return takerPosition; }
    public void setTakerPosition(String takerPosition) { this.takerPosition = takerPosition; }
    public Instant getTakerSignedAt() { return takerSignedAt; }
    public void setTakerSignedAt(Instant takerSignedAt) { this.takerSignedAt = takerSignedAt; }
    public String getChairName() { return chairName; }
    public void setChairName(String chairName) { this.chairName = chairName; }
    public String getChairPosition() { return chairPosition; }
    public void setChairPosition(String chairPosition) { this.chairPosition = chairPosition; }
    public String getOpening() { return opening; }
    public void setOpening(String opening) { this.opening = opening; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getPoints() { return points; }
    public void setPoints(String points) { this.points = points; }
    public String getDecisions() { return decisions; }
    public void setDecisions(String decisions) { this.decisions = decisions; }
    public String getChairComment() { return chairComment; }
    public void setChairComment(String chairComment) { this.chairComment = chairComment; }
    public String getApprovedBy() { return approvedBy; }
    public void setApprovedBy(String approvedBy) { this.approvedBy = approvedBy; }
    public Instant getApprovedAt() { return approvedAt; }
    public void setApprovedAt(Instant approvedAt) { this.approvedAt = approvedAt; }
    public String getFileKey() { return fileKey; }
    public void setFileKey(String fileKey) { this.fileKey = fileKey; }
    public String getVerifyCode() { return verifyCode; }
    public void setVerifyCode(String verifyCode) { this.verifyCode = verifyCode; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
