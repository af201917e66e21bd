package id.sirakor.registration.entity;

import id.sirakor.event.entity.Event;
import id.sirakor.institution.entity.Institution;
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
import java.time.Instant;

/** A participant's registration for an event. The NIK is stored encrypted only. */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private Institution institution;
    @Column(name = "institution_name")
    private String institutionName;
    @Column(name = "front_title")
    private String frontTitle;
    private String name;
    @Column(name = "back_title")
    private String backTitle;
    private String position;
    @Column(name = "id_kind")
    private String idKind;
    private String nip;
    @Column(name = "nik_cipher")
    private String nikCipher;
    @Column(name = "person_key")
    private String personKey;
    private String phone;
    private String email;
    @Enumerated(EnumType.STRING)
    private RegistrationStatus status;
    /** Arrival order on the event's waitlist (set by SeatLedger when waitlisted; kept afterwards). */
    @Column(name = "waitlist_no")
    private Long waitlistNo;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    @Column(name = "token_hash")
    private String tokenHash;
    /** The WhatsApp share link (ADR 0084): its SHA-256 for the lookup and the token under the data key. */
    @Column(name = "share_token_hash")
    private String shareTokenHash;
    @Column(name = "share_token_cipher")
    private String shareTokenCipher;
    @Column(name = "consent_version")
    private String consentVersion;
    @Column(name = "consent_at")
    private Instant consentAt;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    /** ONLINE, DELEGATE, MANUAL or IMPORT. */
    private String source = "ONLINE";
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invitation_id")
    private Invitation invitation;
    /** The delegate whose seat this one took over ("diwakili oleh"). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaces_id")
    private Registration replaces;
    @Column(name = "ticket_code")
    private String ticketCode;
    @Column(name = "changed_by")
    private String changedBy;
    /** When the person was replaced by a pseudonym (deletion request or retention, ADR 0096); null while the data is held. */
    @Column(name = "anonymized_at")
    private Instant anonymizedAt;
    public Instant getAnonymizedAt() { return anonymizedAt; }
    public Long getId() { return id; }
    public Event getEvent() { return event; }
    public void setEvent(Event event) { this.event = event; }
    public Institution getInstitution() { return institution; }
    public void setInstitution(Institution institution) { this.institution = institution; }
    public String getInstitutionName() { return institutionName; }
    public void setInstitutionName(String institutionName) { this.institutionName = institutionName; }
    public String getFrontTitle() { return frontTitle; }
    public void setFrontTitle(String frontTitle) { this.frontTitle = frontTitle; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getBackTitle() { return backTitle; }
    public void setBackTitle(String backTitle) { this.backTitle = backTitle; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getIdKind() { return idKind; }
    public void setIdKind(String idKind) { this.idKind = idKind; }
    public String getNip() { return nip; }
    public void setNip(String nip) { this.nip = nip; }
    public String getNikCipher() { return nikCipher; }
    public void setNikCipher(String nikCipher) { this.nikCipher = nikCipher; }
    public String getPersonKey() { return personKey; }
    public void setPersonKey(String personKey) { this.personKey = personKey; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public RegistrationStatus getStatus() { return status; }
    public void setStatus(RegistrationStatus status) { this.status = status; }
    public Long getWaitlistNo() { return waitlistNo; }
    public void setWaitlistNo(Long waitlistNo) { this.waitlistNo = waitlistNo; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getTokenHash() { return tokenHash; }
    public String getShareTokenHash() { return shareTokenHash; }
    public void setShareTokenHash(String shareTokenHash) { this.shareTokenHash = shareTokenHash; }
    public String getShareTokenCipher() { return shareTokenCipher; }
    public void setShareTokenCipher(String shareTokenCipher) { this.shareTokenCipher = shareTokenCipher; }
    public void setTokenHash(String tokenHash) { this.tokenHash = tokenHash; }
    public String getConsentVersion() { return consentVersion; }
    public void setConsentVersion(String consentVersion) { this.consentVersion = consentVersion; }
    public Instant getConsentAt() { return consentAt; }
    public void setConsentAt(Instant consentAt) { this.consentAt = consentAt; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public Invitation getInvitation() { return invitation; }
    public void setInvitation(Invitation invitation) { this.invitation = invitation; }
    public Registration getReplaces() { return replaces; }
    public void setReplaces(Registration replaces) { this.replaces = replaces; }
    public String getTicketCode() { return ticketCode; }
    public void setTicketCode(String ticketCode) { this.ticketCode = ticketCode; }
    public String getChangedBy() { return changedBy; }
    public void setChangedBy(String changedBy) { this.changedBy = changedBy; }
}
