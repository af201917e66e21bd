package id.sirakor.certificate.boundary;

import id.sirakor.certificate.control.CertificateJobs;
import id.sirakor.certificate.control.CertificateLayout;
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

    private java.util.List<Row> rows = new java.util.ArrayList<>();
    private String svg;
    /** Reloaded when null (after a failover the view arrives without it): see {@link #getCommittee()}. */
    private transient java.util.List<id.sirakor.certificate.entity.CommitteeMember> committee;
    private String memberName;
    private String memberInstitution;
    private String memberEmail;

    /** One positioned field of the layout, as the designer's table edits it (millimetres, points). */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final boolean image;
        private Double x;
        private Double y;
        private Double size;
        private Double w;
        private String align;
        private boolean hidden;

        Row(CertificateLayout.Field f, CertificateLayout.Box b) {
            field = f.key();
            image = f.image;
            x = b.x();
            y = b.y();
            size = b.size();
            w = b.w();
            align = b.align().name();
            hidden = b.hidden();
        }

        public String getField() { return field; }
        public boolean isImage() { return image; }
        public Double getX() { return x; }
        public void setX(Double x) { this.x = x; }
        public Double getY() { return y; }
        public void setY(Double y) { this.y = y; }
        public Double getSize() { return size; }
        public void setSize(Double size) { this.size = size; }
        public Double getW() { return w; }
        public void setW(Double w) { this.w = w; }
        public String getAlign() { return align; }
        public void setAlign(String align) { this.align = align; }
        public boolean isHidden() { return hidden; }
        public void setHidden(boolean hidden) { this.hidden = hidden; }
    }

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
        rows = new java.util.ArrayList<>();
        CertificateLayout.parse(d.getLayout(), d.getNameY()).boxes().forEach((f, b) -> rows.add(new Row(f, b)));
        committee = certificates.committee(id);
        drawSvg(null);
    }

    /** The designer's canvas: the saved design, or the values being edited. */
    private void drawSvg(CertificateService.DesignData data) {
        String base = Faces.request().getContextPath() + "/api/v1/events/" + id + "/certificate-design/";
        svg = certificates.previewSvg(id, data, kind -> base + kind + "?v=" + stamp);
    }

    private String layoutJson() {
        jakarta.json.JsonObjectBuilder o = jakarta.json.Json.createObjectBuilder();
        for (Row r : rows) {
            jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
            put(b, "x", r.x);
            put(b, "y", r.y);
            put(b, "size", r.size);
            put(b, "w", r.w);
            o.add(r.field, b.add("align", r.align == null ? "CENTER" : r.align).add("hidden", r.hidden));
        }
        return o.build().toString();
    }

    private static void put(jakarta.json.JsonObjectBuilder b, String k, Double v) {
        if (v == null) {
            b.addNull(k);
        } else {
            b.add(k, v);
        }
    }

    /** A message for the form: a layout field is named by its label. */
    private void error(BusinessException e) {
        Object[] args = e.args();
        if (e.field() != null && e.field().startsWith("layout.") && args != null && args.length > 0 && args[0] instanceof String f) {
            args = args.clone();
            args[0] = Faces.text("cert.field." + f);
            Faces.error(null, e.key(), args);
            return;
        }
        Faces.error(e.field() == null ? null : "design:" + e.field(), e.key(), e.args());
    }

    public void refresh() {
        list = certificates.list(id);
        recipients = certificates.recipients(id).size();
    }

    private CertificateService.DesignData data() {
        return new CertificateService.DesignData(heading, intro, signerName, signerPosition, signerPlace, numberPattern, accent, nameY,
                layoutJson());
    }

    /** Back to the page as it was before fields could be moved (not saved until "Simpan desain"). */
    public void resetLayout() {
        rows = new java.util.ArrayList<>();
        CertificateLayout.defaults(nameY == null ? 95 : nameY).boxes().forEach((f, b) -> rows.add(new Row(f, b)));
        preview();
    }

    public void addMember() {
        try {
            certificates.addMember(id, new CertificateService.MemberData(memberName, memberInstitution, memberEmail));
            memberName = null;
            memberInstitution = null;
            memberEmail = null;
            committee = certificates.committee(id);
            refresh();
            Faces.info("cert.memberAdded");
        } catch (BusinessException e) {
            Faces.error(e.field() == null ? null : "committee:" + e.field(), e.key(), e.args());
        }
    }

    public void removeMember(long memberId) {
        try {
            certificates.removeMember(id, memberId);
            committee = certificates.committee(id);
            refresh();
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
        }
    }

    /** On every change: the values go to the session for the PDF preview, and the canvas is drawn again. */
    public void preview() {
        try {
            CertificateService.DesignData data = data();
            CertificateService.validate(data);
            Faces.request().getSession().setAttribute(CertificateResource.previewAttribute(id), data);
            drawSvg(data);
        } catch (BusinessException e) {
            error(e);
        }
    }

    public void saveDesign() {
        try {
            certificates.saveDesign(id, data());
            Faces.request().getSession().removeAttribute(CertificateResource.previewAttribute(id));
            stamp = System.currentTimeMillis();
            loadDesign();
            Faces.info("cert.designSaved");
        } catch (BusinessException e) {
            error(e);
        }
    }

    public void uploadImage() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw BusinessException.invalid("file", "cert.imageType");
            }
            certificates.image(id, imageKind, upload.getContent());
            stamp = System.currentTimeMillis();
            loadDesign();
            Faces.info("cert.imageSaved");
        } catch (BusinessException e) {
            Faces.error("images:file", e.key(), e.args());
        }
    }

    public void removeImage(String kind) {
        try {
            certificates.image(id, kind, null);
            stamp = System.currentTimeMillis();
            loadDesign();
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

    public java.util.List<Row> getRows() { return rows; }
    public String getSvg() { return svg; }
    public java.util.List<id.sirakor.certificate.entity.CommitteeMember> getCommittee() {
        if (committee == null && found && id != null) {
            committee = certificates.committee(id);
        }
        return committee;
    }
    public String getMemberName() { return memberName; }
    public void setMemberName(String v) { memberName = v; }
    public String getMemberInstitution() { return memberInstitution; }
    public void setMemberInstitution(String v) { memberInstitution = v; }
    public String getMemberEmail() { return memberEmail; }
    public void setMemberEmail(String v) { memberEmail = v; }
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
