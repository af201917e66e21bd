package id.sirakor.declaration.boundary;

import id.sirakor.declaration.control.DeclarationBoard;
import id.sirakor.declaration.control.DeclarationDocuments;
import id.sirakor.declaration.control.DeclarationService;
import id.sirakor.declaration.control.DeclarationSigning;
import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.verification.Verifications;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * One declaration: its text (editable while DRAFT), its signers, the actions (freeze, send links,
 * finalize, revoke), the links to the ceremony tablet, the board and the verification page, the
 * coverage by region and the audit steps.
 */
@Named
@ViewScoped
public class DeclarationBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DeclarationService declarations;

    @Inject
    DeclarationDocuments documents;

    @Inject
    DeclarationBoard board;

    @Inject
    UnitScope scope;

    public record SignerRow(long id, int seq, String name, String nip, String position, String region, String email, String status,
                            String representation, String repName, Instant at, String mode, String reason, boolean locked)
            implements Serializable {
    }

    private Long id;
    private boolean found;
    private boolean writable;
    private String status;
    private String unit;
    private String textHash;
    private Instant frozenAt;
    private String verifyCode;
    private String boardToken;
    private String title;
    private String opening;
    private String points;
    private String closing;
    private String place;
    private LocalDate date;
    private List<String> pointList = new ArrayList<>();
    private List<SignerRow> signers = new ArrayList<>();
    private DeclarationBoard.Coverage coverage;
    private DeclarationService.Evidence evidence;

    private String newName;
    private String newNip;
    private String newPosition;
    private String newRegion;
    private String newEmail;
    private String revokeReason;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        refresh();
    }

    private void refresh() {
        try {
            if (id == null) {
                throw BusinessException.notFound("error.notFound");
            }
            Declaration d = declarations.get(id);
            found = true;
            writable = scope.canWrite(d.getUnit());
            status = d.getStatus().name();
            unit = d.getUnit().getName();
            textHash = d.getTextHash();
            frozenAt = d.getFrozenAt();
            verifyCode = d.getVerifyCode();
            boardToken = d.getBoardToken();
            title = d.getTitle();
            opening = d.getOpening();
            points = d.getPoints();
            closing = d.getClosing();
            place = d.getPlace();
            date = d.getDate();
            pointList = d.pointList();
            signers = new ArrayList<>();
            for (DeclarationSigner s : declarations.signers(id)) {
                signers.add(new SignerRow(s.getId(), s.getSeq(), s.getName(), s.getNip(), s.getPosition(), s.getRegionCode(), s.getEmail(),
                        s.getStatus().name(), s.getRepresentation(), s.getRepName(),
                        s.getSignedAt() != null ? s.getSignedAt() : s.getDeclinedAt(), s.getSignedMode(), s.getDeclineReason(),
                        s.getCodeAttempts() >= DeclarationSigning.MAX_ATTEMPTS));
            }
            coverage = board.coverage(id);
            evidence = declarations.evidence(id);
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void fail(BusinessException e, String form) {
        Faces.error(e.field() == null ? null : form + ":" + e.field(), e.key(), e.args());
    }

    public void saveText() {
        try {
            declarations.update(id, new DeclarationService.TextInput(title, opening, points, closing, place, date));
            Faces.info("decl.ui.saved");
            refresh();
        } catch (BusinessException e) {
            fail(e, "tabs:text");
        }
    }

    private final java.util.Map<String, DeclarationService.SignerCandidate> candidates = new java.util.HashMap<>();
    private String candidate;

    /** The autocomplete's suggestions: labels, each remembered with the fields it fills. */
    public List<String> completeCandidate(String query) {
        candidates.clear();
        List<String> labels = new ArrayList<>();
        for (DeclarationService.SignerCandidate c : declarations.signerCandidates(id, query)) {
            String label = c.name() + " — " + (c.position() == null ? "" : c.position()) + " · " + c.institution()
                    + " (" + Faces.text("decl.ui.source." + c.source()) + ")";
            candidates.put(label, c);
            labels.add(label);
        }
        return labels;
    }

    /** A suggestion chosen: the signer form is filled, to be checked and added. */
    public void candidateChosen() {
        DeclarationService.SignerCandidate c = candidates.get(candidate);
        if (c != null) {
            newName = c.name();
            newPosition = c.position();
            newNip = c.nip();
            newRegion = c.regionCode();
            newEmail = c.email();
        }
        candidate = null;
    }

    public String getCandidate() { return candidate; }
    public void setCandidate(String candidate) { this.candidate = candidate; }

    public void addSigner() {
        try {
            declarations.addSigner(id, new DeclarationService.SignerInput(newName, newNip, newPosition, newRegion, newEmail));
            newName = null;
            newNip = null;
            newPosition = null;
            newRegion = null;
            newEmail = null;
            refresh();
        } catch (BusinessException e) {
            fail(e, "tabs:signer");
        }
    }

    public void removeSigner(long signerId) {
        try {
            declarations.removeSigner(id, signerId);
            refresh();
        } catch (BusinessException e) {
            fail(e, "tabs:signers");
        }
    }

    public void open() {
        act(() -> declarations.open(id), "decl.ui.opened");
    }

    public void send() {
        try {
            int n = declarations.send(id, null);
            Faces.info("decl.ui.sent", n);
            refresh();
        } catch (BusinessException e) {
            fail(e, "actions");
        }
    }

    public void resend(long signerId) {
        try {
            declarations.send(id, List.of(signerId));
            Faces.info("decl.ui.sent", 1);
            refresh();
        } catch (BusinessException e) {
            fail(e, "actions");
        }
    }

    public void finalizeDeclaration() {
        act(() -> documents.finalizeDeclaration(id), "decl.ui.finalized");
    }

    public void revoke() {
        try {
            documents.revoke(id, revokeReason);
            Faces.info("decl.ui.revoked");
            refresh();
        } catch (BusinessException e) {
            fail(e, "tabs:revoke");
        }
    }

    private void act(Runnable r, String done) {
        try {
            r.run();
            Faces.info(done);
            refresh();
        } catch (BusinessException e) {
            fail(e, "actions");
        }
    }

    public StreamedContent getPdf() {
        return Faces.download("deklarasi-" + id + ".pdf", "application/pdf", documents.pdf(id));
    }

    public StreamedContent getCoverageSheet() {
        return Faces.download("cakupan-deklarasi-" + id + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", board.coverageSheet(id));
    }

    public String getVerifyUrl() {
        return Verifications.url(verifyCode);
    }

    public boolean isDraft() { return "DRAFT".equals(status); }
    public boolean isOpen() { return "OPEN".equals(status); }
    public boolean isFinal() { return "FINAL".equals(status) || "REVOKED".equals(status); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public boolean isWritable() { return writable; }
    public String getStatus() { return status; }
    public String getUnit() { return unit; }
    public String getTextHash() { return textHash; }
    public Instant getFrozenAt() { return frozenAt; }
    public String getVerifyCode() { return verifyCode; }
    public String getBoardToken() { return boardToken; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOpening() { return opening; }
    public void setOpening(String opening) { this.opening = opening; }
    public String getPoints() { return points; }
    public void setPoints(String points) { this.points = points; }
    public String getClosing() { return closing; }
    public void setClosing(String closing) { this.closing = closing; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public List<String> getPointList() { return pointList; }
    public List<SignerRow> getSigners() { return signers; }
    public DeclarationBoard.Coverage getCoverage() { return coverage; }
    public DeclarationService.Evidence getEvidence() { return evidence; }
    public String getNewName() { return newName; }
    public void setNewName(String newName) { this.newName = newName; }
    public String getNewNip() { return newNip; }
    public void setNewNip(String newNip) { this.newNip = newNip; }
    public String getNewPosition() { return newPosition; }
    public void setNewPosition(String newPosition) { this.newPosition = newPosition; }
    public String getNewRegion() { return newRegion; }
    public void setNewRegion(String newRegion) { this.newRegion = newRegion; }
    public String getNewEmail() { return newEmail; }
    public void setNewEmail(String newEmail) { this.newEmail = newEmail; }
    public String getRevokeReason() { return revokeReason; }
    public void setRevokeReason(String revokeReason) { this.revokeReason = revokeReason; }
}
