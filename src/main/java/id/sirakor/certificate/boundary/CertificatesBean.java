package id.sirakor.certificate.boundary;

import id.sirakor.certificate.control.CertificateJobs;
import id.sirakor.certificate.control.CertificateService;
import id.sirakor.certificate.entity.Certificate;
import id.sirakor.certificate.entity.CertificateDesign;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/** The certificates page of an event: design with a live preview, images, the bulk run with its progress bar, the list. */
@Named
@ViewScoped
public class CertificatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CertificateService certificates;

    @Inject
    CertificateJobs jobs;

    @Inject
    AuditLog audit;

    private Long id;
    private boolean found;
    private boolean writable;
    private String eventTitle;
    private boolean saved;
    private int counter;
    private boolean hasBackground;
    private boolean hasLogo;
    private boolean hasSignature;
    private long stamp = System.currentTimeMillis();

    private String heading;
    private String intro;
    private String signerName;
    private String signerPosition;
    private String signerPlace;
    private String numberPattern;
    private String accent;
    private Integer nameY;

    private transient List<Certificate> list;
    private int recipients;
    private boolean mail = true;
    private String imageKind = "logo";
    private transient UploadedFile upload;

    private Long revokeId;
    private String revokeReason;
    private boolean reissue;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            eventTitle = certificates.eventTitle(id == null ? -1 : id);
            writable = certificates.canWrite(id);
            found = true;
            Faces.request().getSession().removeAttribute(CertificateResource.previewAttribute(id));
            loadDesign();
            refresh();
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void loadDesign() {
        CertificateDesign d = certificates.design(id);
        saved = d.getUpdatedAt() != null;
        heading = d.getHeading();
        intro = d.getIntro();
        signerName = d.getSignerName();
        signerPosition = d.getSignerPosition();
        signerPlace = d.getSignerPlace();
        numberPattern = d.getNumberPattern();
        accent = d.getAccent();
        nameY = d.getNameY();
        counter = d.getCounter();
        hasBackground = d.getBackgroundFile() != null;
        hasLogo = d.getLogoFile() != null;
        hasSignature = d.getSignatureFile() != null;
    }

    public void refresh() {
        list = certificates.list(id);
        recipients = certificates.recipients(id).size();
    }

    private CertificateService.DesignData data() {
        return new CertificateService.DesignData(heading, intro, signerName, signerPosition, signerPlace, numberPattern, accent, nameY);
    }

    /** On every change: the values go to the session for the preview frame, which reloads. */
    public void preview() {
        try {
            CertificateService.validate(data());
            Faces.request().getSession().setAttribute(CertificateResource.previewAttribute(id), data());
            stamp = System.currentTimeMillis();
        } catch (BusinessException e) {
            Faces.error(e.field() == null ? null : "design:" + e.field(), e.key(), e.args());
        }
    }

    public void saveDesign() {
        try {
            certificates.saveDesign(id, data());
            Faces.request().getSession().removeAttribute(CertificateResource.previewAttribute(id));
            loadDesign();
            stamp = System.currentTimeMillis();
            Faces.info("cert.designSaved");
        } catch (BusinessException e) {
            Faces.error(e.field() == null ? null : "design:" + e.field(), e.key(), e.args());
        }
    }

    public void uploadImage() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw BusinessException.invalid("file", "cert.imageType");
            }
            certificates.image(id, imageKind, upload.getContent());
            loadDesign();
            stamp = System.currentTimeMillis();
            Faces.info("cert.imageSaved");
        } catch (BusinessException e) {
            Faces.error("images:file", e.key(), e.args());
        }
    }

    public void removeImage(String kind) {
        try {
            certificates.image(id, kind, null);
            loadDesign();
            stamp = System.currentTimeMillis();
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
        }
    }

    public void issue() {
        try {
            var pending = certificates.pending(id);
            jobs.start(id, pending, audit.currentActor(), mail);
            Faces.info("cert.started", pending.size());
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
        }
    }

    public void cancel() {
        jobs.cancel(id);
        Faces.info("cert.cancelled");
    }

    public CertificateJobs.Progress getProgress() {
        return id == null ? null : jobs.progress(id);
    }

    public void poll() {
        refresh();
        counter = certificates.design(id).getCounter();
    }

    public void askRevoke(long certificateId, boolean again) {
        revokeId = certificateId;
        reissue = again;
        revokeReason = null;
    }

    public void revoke() {
        try {
            Certificate c = certificates.revoke(id, revokeId, revokeReason, reissue);
            refresh();
            Faces.info(reissue ? "cert.reissued" : "cert.revoked", c.getNumber());
            org.primefaces.PrimeFaces.current().executeScript("PF('revokeDialog').hide()");
        } catch (BusinessException e) {
            Faces.error("revoke:reason", e.key(), e.args());
        }
    }

    public StreamedContent download(long certificateId) {
        return Faces.download("sertifikat-" + certificateId + ".pdf", "application/pdf", certificates.pdf(id, certificateId));
    }

    public StreamedContent getZip() {
        return Faces.download("sertifikat-" + id + ".zip", "application/zip", certificates.zip(id));
    }

    public List<Certificate> getList() {
        if (list == null) {
            refresh();
        }
        return list;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public boolean isWritable() { return writable; }
    public String getEventTitle() { return eventTitle; }
    public boolean isSaved() { return saved; }
    public int getCounter() { return counter; }
    public boolean isHasBackground() { return hasBackground; }
    public boolean isHasLogo() { return hasLogo; }
    public boolean isHasSignature() { return hasSignature; }
    public long getStamp() { return stamp; }
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
    public Integer getNameY() { return nameY; }
    public void setNameY(Integer nameY) { this.nameY = nameY; }
    public int getRecipients() { return recipients; }
    public boolean isMail() { return mail; }
    public void setMail(boolean mail) { this.mail = mail; }
    public String getImageKind() { return imageKind; }
    public void setImageKind(String imageKind) { this.imageKind = imageKind; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
    public String getRevokeReason() { return revokeReason; }
    public void setRevokeReason(String revokeReason) { this.revokeReason = revokeReason; }
    public boolean isReissue() { return reissue; }
}
