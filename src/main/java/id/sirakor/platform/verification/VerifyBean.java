package id.sirakor.platform.verification;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** The public verification page: a code (from the QR) shows what was signed; an uploaded PDF gets a verdict. */
@Named
@ViewScoped
public class VerifyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Verifications verifications;

    private String code;
    private VerifiableDocument document;
    private boolean unknown;
    private transient Part file;
    private Verifications.Verdict verdict;

    public void load() {
        if (Faces.context().isPostback() || code == null || code.isBlank()) {
            return;
        }
        find();
    }

    public void find() {
        verdict = null;
        try {
            document = verifications.lookup(code);
            unknown = false;
        } catch (BusinessException e) {
            document = null;
            unknown = true;
        }
    }

    public void check() {
        if (file == null || file.getSize() == 0) {
            Faces.error("check:file", "verify.fileRequired");
            return;
        }
        if (file.getSize() > VerificationResource.MAX_PDF) {
            Faces.error("check:file", "verify.tooLarge", 20);
            return;
        }
        try (InputStream in = file.getInputStream()) {
            verdict = verifications.check(in.readAllBytes());
            document = verdict.document();
            unknown = false;
        } catch (IOException e) {
            Faces.error("check:file", "verify.fileRequired");
        } catch (BusinessException e) {
            Faces.error("check:file", e.key(), e.args());
        }
    }

    public String[] getSummaryLines() {
        return document == null || document.getSummary() == null ? new String[0] : document.getSummary().split("\n");
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public VerifiableDocument getDocument() { return document; }
    public boolean isUnknown() { return unknown; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public Verifications.Verdict getVerdict() { return verdict; }
}
