package id.sirakor.certificate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * An event's certificate design (A4 landscape): heading, the line before the name, the signer,
 * the number pattern, the accent colour, optional background, logo and signature images (file
 * store keys), where each field stands (the layout, docs/adr/0065), and the gap-free counter of issued numbers.
 */
@Entity
@Table(name = "certificate_design")
public class CertificateDesign implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "event_id")
    private Long eventId;
    private String heading = "SERTIFIKAT";
    private String intro = "diberikan kepada";
    @Column(name = "signer_name")
    private String signerName;
    @Column(name = "signer_position")
    private String signerPosition;
    @Column(name = "signer_place")
    private String signerPlace;
    @Column(name = "number_pattern")
    private String numberPattern = "{no}/SERT/{event}/{year}";
    private String accent = "#1a3a6c";
    @Column(name = "background_file")
    private String backgroundFile;
    @Column(name = "logo_file")
    private String logoFile;
    @Column(name = "signature_file")
    private String signatureFile;
    /** Distance of the name's baseline from the top of the page, in millimetres. */
    @Column(name = "name_y")
    private int nameY = 95;
    private int counter;
    /** The positioned fields as JSON (CertificateLayout); null: the default page for {@link #nameY}. */
    private String layout;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    public CertificateDesign() {
    }

    public CertificateDesign(Long eventId) {
        this.eventId = eventId;
    }

    public int next() {
        return ++counter;
    }

    public Long getEventId() { return eventId; }
    public String getHeading() { return heading; }
    public void setHeading(String heading) { this.heading = heading; }
    public String getIntro() { return intro; }
    public void setIntro(String intro) { this.intro = intro; }
    public String getSignerName() { return signerName; }
    public void setSignerName(String signerName) { this.signerName = signerName; }
    public String getSignerPosition() { return signerPosition; }
    public void setSignerPosition(String signerPosition) { this.signerPosition = signerPosition; }
    public String getSignerPlace() { return signerPlace; }
    public void setSignerPlace(String signerPlace) { this.signerPlace = signerPlace; }
    public String getNumberPattern() { return numberPattern; }
    public void setNumberPattern(String numberPattern) { this.numberPattern = numberPattern; }
    public String getAccent() { return accent; }
    public void setAccent(String accent) { this.accent = accent; }
    public String getBackgroundFile() { return backgroundFile; }
    public void setBackgroundFile(String backgroundFile) { this.backgroundFile = backgroundFile; }
    public String getLogoFile() { return logoFile; }
    public void setLogoFile(String logoFile) { this.logoFile = logoFile; }
    public String getSignatureFile() { return signatureFile; }
    public void setSignatureFile(String signatureFile) { this.signatureFile = signatureFile; }
    public int getNameY() { return nameY; }
    public void setNameY(int nameY) { this.nameY = nameY; }
    public int getCounter() { return counter; }
    public String getLayout() { return layout; }
    public void setLayout(String layout) { this.layout = layout; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public long getVersion() { return version; }
}
