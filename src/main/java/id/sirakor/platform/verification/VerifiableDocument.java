package id.sirakor.platform.verification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One signed document in the public verification register: the short code printed with its QR,
 * what was signed (kind, title, issuer, a summary frozen at signing), the SHA-256 of the signed
 * PDF, who signed and when, and whether it is still valid.
 */
@Entity
@Table(name = "verifiable_document")
public class VerifiableDocument implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;
    private String kind;
    @Column(name = "ref_id")
    private Long refId;
    private String title;
    private String issuer;
    private String summary;
    private String sha256;
    @Column(name = "file_key")
    private String fileKey;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "signed_at")
    private Instant signedAt;
    private String status = "VALID";
    @Column(name = "revoked_at")
    private Instant revokedAt;
    @Column(name = "revoke_reason")
    private String revokeReason;

    protected VerifiableDocument() {
    }

    public VerifiableDocument(String code, String kind, Long refId, String title, String issuer, String summary, String sha256,
                              String fileKey, String signedBy, Instant signedAt) {
        this.code = code;
        this.kind = kind;
        this.refId = refId;
        this.title = title;
        this.issuer = issuer;
        this.summary = summary;
        this.sha256 = sha256;
        this.fileKey = fileKey;
        this.signedBy = signedBy;
        this.signedAt = signedAt;
    }

    public void revoke(Instant at, String reason) {
        status = "REVOKED";
        revokedAt = at;
        revokeReason = reason;
    }

    public String getCode() { return code; }
    public String getKind() { return kind; }
    public Long getRefId() { return refId; }
    public String getTitle() { return title; }
    public String getIssuer() { return issuer; }
    public String getSummary() { return summary; }
    public String getSha256() { return sha256; }
    public String getFileKey() { return fileKey; }
    public String getSignedBy() { return signedBy; }
    public Instant getSignedAt() { return signedAt; }
    public String getStatus() { return status; }
    public Instant getRevokedAt() { return revokedAt; }
    public String getRevokeReason() { return revokeReason; }
}
