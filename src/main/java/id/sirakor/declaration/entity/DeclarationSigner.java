package id.sirakor.declaration.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One signer of a declaration: a head of region or any official, with their personal signing
 * link (only its SHA-256 is kept) and one-time code (hashed, short-lived, limited attempts).
 * Representation: AN (a.n.), PLH (Plh.) or DIWAKILI (diwakili oleh) with the representative's
 * name and position.
 */
@Entity
@Table(name = "declaration_signer")
public class DeclarationSigner {

    public enum Status { PENDING, SENT, SIGNED, DECLINED, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "declaration_id")
    private Declaration declaration;
    @Version
    private long version;
    @Column(name = "name")
    private String name;
    @Column(name = "nip")
    private String nip;
    @Column(name = "position")
    private String position;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "email")
    private String email;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Status status = Status.PENDING;
    @Column(name = "representation")
    private String representation;
    @Column(name = "rep_name")
    private String repName;
    @Column(name = "rep_position")
    private String repPosition;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "token_expires_at")
    private Instant tokenExpiresAt;
    @Column(name = "code_hash")
    private String codeHash;
    @Column(name = "code_expires_at")
    private Instant codeExpiresAt;
    @Column(name = "code_attempts")
    private int codeAttempts;
    @Column(name = "codes_sent")
    private int codesSent;
    @Column(name = "code_sent_at")
    private Instant codeSentAt;
    @Column(name = "code_verified_at")
    private Instant codeVerifiedAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "signed_mode")
    private String signedMode;
    @Column(name = "signed_name")
    private String signedName;
    @Column(name = "signed_ip")
    private String signedIp;
    @Column(name = "signed_agent")
    private String signedAgent;
    @Column(name = "signature_file")
    private String signatureFile;
    @Column(name = "declined_at")
    private Instant declinedAt;
    @Column(name = "decline_reason")
    private String declineReason;
    @Column(name = "seq")
    private int seq;

    public boolean isOpen() {
        return status == Status.PENDING || status == Status.SENT;
    }

    public Long getId() { return id; }
    public Declaration getDeclaration() { return declaration; }
    public void setDeclaration(Declaration declaration) { this.declaration = declaration; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
    public String getRepresentation() { return representation; }
    public void setRepresentation(String representation) { this.representation = representation; }
    public String getRepName() { return repName; }
    public void setRepName(String repName) { this.repName = repName; }
    public String getRepPosition() { return repPosition; }
    public void setRepPosition(String repPosition) { this.repPosition = repPosition; }
    public String getTokenHash() { return tokenHash; }
    public void setTokenHash(String tokenHash) { this.tokenHash = tokenHash; }
    public Instant getTokenExpiresAt() { return tokenExpiresAt; }
    public void setTokenExpiresAt(Instant tokenExpiresAt) { this.tokenExpiresAt = tokenExpiresAt; }
    public String getCodeHash() { return codeHash; }
    public void setCodeHash(String codeHash) { this.codeHash = codeHash; }
    public Instant getCodeExpiresAt() { return codeExpiresAt; }
    public void setCodeExpiresAt(Instant codeExpiresAt) { this.codeExpiresAt = codeExpiresAt; }
    public int getCodeAttempts() { return codeAttempts; }
    public void setCodeAttempts(int codeAttempts) { this.codeAttempts = codeAttempts; }
    public int getCodesSent() { return codesSent; }
    public void setCodesSent(int codesSent) { this.codesSent = codesSent; }
    public Instant getCodeSentAt() { return codeSentAt; }
    public void setCodeSentAt(Instant codeSentAt) { this.codeSentAt = codeSentAt; }
    public Instant getCodeVerifiedAt() { return codeVerifiedAt; }
    public void setCodeVerifiedAt(Instant codeVerifiedAt) { this.codeVerifiedAt = codeVerifiedAt; }
    public Instant getSentAt() { return sentAt; }
    public void setSentAt(Instant sentAt) { this.sentAt = sentAt; }
    public Instant getOpenedAt() { return openedAt; }
    public void setOpenedAt(Instant openedAt) { this.openedAt = openedAt; }
    public Instant getSignedAt() { return signedAt; }
    public void setSignedAt(Instant signedAt) { this.signedAt = signedAt; }
    public String getSignedMode() { return signedMode; }
    public void setSignedMode(String signedMode) { this.signedMode = signedMode; }
    public String getSignedName() { return signedName; }
    public void setSignedName(String signedName) { this.signedName = signedName; }
    public String getSignedIp() { return signedIp; }
    public void setSignedIp(String signedIp) { this.signedIp = signedIp; }
    public String getSignedAgent() { return signedAgent; }
    public void setSignedAgent(String signedAgent) { this.signedAgent = signedAgent; }
    public String getSignatureFile() { return signatureFile; }
    public void setSignatureFile(String signatureFile) { this.signatureFile = signatureFile; }
    public Instant getDeclinedAt() { return declinedAt; }
    public void setDeclinedAt(Instant declinedAt) { this.declinedAt = declinedAt; }
    public String getDeclineReason() { return declineReason; }
    public void setDeclineReason(String declineReason) { this.declineReason = declineReason; }
    public int getSeq() { return seq; }
    public void setSeq(int seq) { this.seq = seq; }
}
