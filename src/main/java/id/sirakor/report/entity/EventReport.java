package id.sirakor.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of an event's laporan kegiatan that the secretariat writes (ADR 0091): latar belakang,
 * dasar hukum (one per line), maksud dan tujuan, kesimpulan, rekomendasi. Everything else in the
 * report comes from the event's data when it is generated. Once finalized, the signed PDF is kept
 * ({@link #fileKey}) and registered for verification ({@link #verifyCode}).
 */
@Entity
@Table(name = "event_report")
public class EventReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    private String background;
    @Column(name = "legal_basis")
    private String legalBasis;
    private String purpose;
    private String conclusion;
    private String recommendation;
    @Column(name = "file_key")
    private String fileKey;
    @Column(name = "verify_code")
    private String verifyCode;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "updated_by")
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected EventReport() {
    }

    public EventReport(long eventId) {
        this.eventId = eventId;
    }

    public boolean isFinal() {
        return fileKey != null;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("background", background);
        m.put("legalBasis", legalBasis);
        m.put("purpose", purpose);
        m.put("conclusion", conclusion);
        m.put("recommendation", recommendation);
        m.put("verifyCode", verifyCode);
        return m;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public String getBackground() { return background; }
    public void setBackground(String background) { this.background = background; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String purpose) { this.purpose = purpose; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public String getRecommendation() { return recommendation; }
    public void setRecommendation(String recommendation) { this.recommendation = recommendation; }
    public String getFileKey() { return fileKey; }
    public void setFileKey(String fileKey) { this.fileKey = fileKey; }
    public String getVerifyCode() { return verifyCode; }
    public void setVerifyCode(String verifyCode) { this.verifyCode = verifyCode; }
    public Instant getSignedAt() { return signedAt; }
    public void setSignedAt(Instant signedAt) { this.signedAt = signedAt; }
    public String getSignedBy() { return signedBy; }
    public void setSignedBy(String signedBy) { this.signedBy = signedBy; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
