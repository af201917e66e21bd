package id.sirakor.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One issued certificate: its number (gap-free per event), holder, role, verification code and the PDF in the file store. */
@Entity
@Table(name = "certificate")
public class Certificate implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Role { PESERTA, NARASUMBER, MODERATOR, PANITIA }

    public enum Status { VALID, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    private int seq;
    private String number;
    /** R + registration id, S + speaker id, P + a name for committee members. */
    @Column(name = "holder_key")
    private String holderKey;
    @Column(name = "holder_name")
    private String holderName;
    private String institution;
    private String email;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Enumerated(EnumType.STRING)
    private Status status = Status.VALID;
    @Column(name = "verify_code")
    private String verifyCode;
    @Column(name = "file_key")
    private String fileKey;
    @Column(name = "issued_at")
    private Instant issuedAt;
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoke_reason")
    private String revokeReason;
    @Column(name = "replaces_id")
    private Long replacesId;

    public Certificate() {
    }

    public Certificate(Long eventId, int seq, String number, String holderKey, String holderName, String institution, String email,
                       Role role, String verifyCode, Instant issuedAt) {
        this.eventId = eventId;
        this.seq = seq;
        this.number = number;
        this.holderKey = holderKey;
        this.holderName = holderName;
        this.institution = institution;
        this.email = email;
        this.role = role;
        this.verifyCode = verifyCode;
        this.issuedAt = issuedAt;
    }

    public void revoke(Instant at, String reason) {
        status = Status.REVOKED;
        revokedAt = at;
        revokeReason = reason;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public int getSeq() { return seq; }
    public String getNumber() { return number; }
    public String getHolderKey() { return holderKey; }
    public String getHolderName() { return holderName; }
    public String getInstitution() { return institution; }
    public String getEmail() { return email; }
    public Role getRole() { return role; }
    public Status getStatus() { return status; }
    public String getVerifyCode() { return verifyCode; }
    public String getFileKey() { return fileKey; }
    public void setFileKey(String fileKey) { this.fileKey = fileKey; }
    public Instant getIssuedAt() { return issuedAt; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokeReason() { return revokeReason; }
    public Long getReplacesId() { return replacesId; }
    public void setReplacesId(Long replacesId) { this.replacesId = replacesId; }
}
