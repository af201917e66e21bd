package id.sirakor.platform.signing;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.signatures.PdfPKCS7;
import com.itextpdf.signatures.SignatureUtil;
import java.io.ByteArrayInputStream;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/** Reads back and checks the signatures of a PDF (integrity of the signed bytes, coverage of the whole file). */
public final class PdfSignatures {

    private PdfSignatures() {
    }

    /**
     * The outcome for the last signature of a PDF.
     *
     * @param signed whether the PDF holds a signature at all
     * @param intact the signed bytes are unchanged and the signature matches the certificate
     * @param wholeDocument nothing was appended after the signature
     * @param problem null when valid, else "unreadable", "unsigned", "altered" or "appended"
     */
    public record Check(boolean signed, boolean intact, boolean wholeDocument, String signer, Instant signedAt,
                        String problem) {
        public boolean valid() {
            return problem == null;
        }
    }

    public static Check check(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            SignatureUtil util = new SignatureUtil(doc);
            List<String> names = util.getSignatureNames();
            if (names.isEmpty()) {
                return new Check(false, false, false, null, null, "unsigned");
            }
            String name = names.get(names.size() - 1);
            PdfPKCS7 p7 = util.readSignatureData(name);
            boolean intact = p7.verifySignatureIntegrityAndAuthenticity();
            boolean whole = util.signatureCoversWholeDocument(name);
            X509Certificate cert = p7.getSigningCertificate();
            String signer = cert == null ? null : Pkcs12DocumentSigner.commonName(cert.getSubjectX500Principal());
            Instant at = p7.getSignDate() == null ? null : p7.getSignDate().toInstant();
            String problem = !intact ? "altered" : !whole ? "appended" : null;
            return new Check(true, intact, whole, signer, at, problem);
        } catch (Exception e) {
            return new Check(false, false, false, null, null, "unreadable");
        }
    }
}
