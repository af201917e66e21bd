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

    /** Not transient: an application-scoped proxy serializes, and after a failover {@link #getDocument()} needs it. */
    @Inject
    Verifications verifications;

    private String code;
    /** The register entry shown (an entity): read again by {@link #documentCode} when null, see {@link #getDocument()}. */
    private transient VerifiableDocument document;
    private String documentCode;
    private boolean unknown;
    private transient Part file;
    private Verdict verdict;

    /**
     * The page's part of a {@link Verifications.Verdict}: the result and the signature, without the
     * register entry (kept as {@link #documentCode}), so that the view replicates.
     */
    public record Verdict(String result, String signer, java.time.Instant signedAt) implements Serializable {
        public boolean original() {
            return "ORIGINAL".equals(result);
        }
    }

    public void load() {
        if (Faces.context().isPostback() || code == null || code.isBlank()) {
            return;
        }
        find();
    }

    public void find() {
        verdict = null;
        try {
            show(verifications.lookup(code));
            unknown = false;
        } catch (BusinessException e) {
            show(null);
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
            Verifications.Verdict v = verifications.check(in.readAllBytes());
            verdict = new Verdict(v.result(), v.signer(), v.signedAt());
            show(v.document());
            unknown = false;
        } catch (IOException e) {
            Faces.error("check:file", "verify.fileRequired");
        } catch (BusinessException e) {
            Faces.error("check:file", e.key(), e.args());
        }
    }

    private void show(VerifiableDocument d) {
        document = d;
        documentCode = d == null ? null : d.getCode();
    }

    public String[] getSummaryLines() {
        VerifiableDocument d = getDocument();
        return d == null || d.getSummary() == null ? new String[0] : d.getSummary().split("\n");
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    /** The entry found or matched; after a failover read again by its code (the same public lookup). */
    public VerifiableDocument getDocument() {
        if (document == null && documentCode != null) {
            try {
                document = verifications.lookup(documentCode);
            } catch (BusinessException e) {
                documentCode = null;
            }
        }
        return document;
    }
    public boolean isUnknown() { return unknown; }
    public Part getFile() { return file; }
    public void setFile(Part file) { this.file = file; }
    public Verdict getVerdict() { return verdict; }
}
