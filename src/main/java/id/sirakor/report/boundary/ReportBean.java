package id.sirakor.report.boundary;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.verification.Verifications;
import id.sirakor.platform.web.Faces;
import id.sirakor.report.control.ReportDocuments;
import id.sirakor.report.control.ReportService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import org.primefaces.model.StreamedContent;

/**
 * The laporan kegiatan page of an event: the texts the secretariat writes (kept as typed when a
 * save is refused), what the generated chapters will hold, the PDF and .docx downloads and
 * finalizing.
 */
@Named
@ViewScoped
public class ReportBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportService reports;

    @Inject
    ReportDocuments documents;

    private Long id;
    private boolean found;
    private boolean writable;
    private String eventTitle;
    private String background;
    private String legalBasis;
    private String purpose;
    private String conclusion;
    private String recommendation;
    private long version;
    private boolean saved;
    private boolean finalized;
    private String verifyCode;
    private Instant signedAt;
    private String updatedBy;
    private Instant updatedAt;
    private ReportService.Summary summary;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        refresh(true);
    }

    private void refresh(boolean texts) {
        try {
            if (id == null) {
                throw BusinessException.notFound("error.notFound");
            }
            ReportService.View v = reports.view(id);
            found = true;
            writable = v.writable();
            eventTitle = v.eventTitle();
            if (texts) {
                background = v.texts().background();
                legalBasis = v.texts().legalBasis();
                purpose = v.texts().purpose();
                conclusion = v.texts().conclusion();
                recommendation = v.texts().recommendation();
                version = v.version();
            }
            saved = v.saved();
            finalized = v.finalized();
            verifyCode = v.verifyCode();
            signedAt = v.signedAt();
            updatedBy = v.updatedBy();
            updatedAt = v.updatedAt();
            summary = v.summary();
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void fail(BusinessException e, String form) {
        Faces.error(e.field() == null ? null : form + ":" + e.field(), e.key(), e.args());
    }

    public void save() {
        try {
            ReportService.View v = reports.save(id, new ReportService.Texts(background, legalBasis, purpose, conclusion, recommendation),
                    saved ? version : null);
            Faces.info("report.saved");
            version = v.version();
            refresh(true);
        } catch (BusinessException e) {
            fail(e, "texts");
        }
    }

    public void finalizeReport() {
        try {
            documents.finalizeReport(id);
            Faces.info("report.finalized");
            refresh(true);
        } catch (BusinessException e) {
            fail(e, "actions");
        }
    }

    public StreamedContent getPdf() {
        return Faces.download("laporan-kegiatan-" + id + ".pdf", "application/pdf", documents.pdf(id));
    }

    public StreamedContent getDocx() {
        return Faces.download("laporan-kegiatan-" + id + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", documents.docx(id));
    }

    public String getVerifyUrl() {
        return verifyCode == null ? null : Verifications.url(verifyCode);
    }

    public int getBackgroundMax() { return ReportService.BACKGROUND_MAX; }
    public int getLegalBasisMax() { return ReportService.LEGAL_BASIS_MAX; }
    public int getPurposeMax() { return ReportService.PURPOSE_MAX; }
    public int getConclusionMax() { return ReportService.CONCLUSION_MAX; }
    public int getRecommendationMax() { return ReportService.RECOMMENDATION_MAX; }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public boolean isWritable() { return writable; }
    public String getEventTitle() { return eventTitle; }
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
    public boolean isSaved() { return saved; }
    public boolean isFinalized() { return finalized; }
    public String getVerifyCode() { return verifyCode; }
    public Instant getSignedAt() { return signedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public ReportService.Summary getSummary() { return summary; }
}
