package id.sirakor.platform.verification;

import id.sirakor.platform.config.Settings;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.signing.PdfSignatures;
import id.sirakor.platform.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The public verification register, for every kind of signed document. A signing feature takes a
 * {@link #newCode() code} before it renders (the QR on the page points at it) and
 * {@link #register registers} the signed PDF in the same transaction; anyone can then
 * {@link #lookup look it up} by the code, or {@link #check check} a PDF they hold.
 */
@ApplicationScoped
public class Verifications {

    /** No 0/O, 1/I/L: codes are typed from paper. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final int CODE_LENGTH = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    FileStore files;

    public static String newCode() {
        StringBuilder b = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    /** The public address a code's QR points at. */
    public static String url(String code) {
        String b = Settings.get("sirakor.base.url", "SIRAKOR_BASE_URL", "http://localhost:8080").replaceAll("/$", "");
        return b + "/p/verify.xhtml?c=" + code;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public VerifiableDocument register(VerifiableDocument d) {
        em.persist(d);
        return d;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(String code, Instant at, String reason) {
        VerifiableDocument d = em.find(VerifiableDocument.class, code);
        if (d != null) {
            d.revoke(at, reason);
        }
    }

    /** By the code printed on the paper, letters in any case, blanks and dashes ignored. */
    @Transactional
    public VerifiableDocument lookup(String code) {
        String c = normalize(code);
        VerifiableDocument d = c == null ? null : em.find(VerifiableDocument.class, c);
        if (d == null) {
            throw BusinessException.notFound("verify.unknownCode");
        }
        return d;
    }

    static String normalize(String code) {
        if (code == null) {
            return null;
        }
        String c = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return c.matches("[A-Z0-9]{4,12}") ? c : null;
    }

    /**
     * The verdict on a PDF someone holds.
     *
     * @param result ORIGINAL ("asli dan utuh"), ALTERED (changed after signing), UNKNOWN (not
     *        issued here), REVOKED, or UNSIGNED
     */
    public record Verdict(String result, VerifiableDocument document, String signer, Instant signedAt) implements java.io.Serializable {
        public boolean original() {
            return "ORIGINAL".equals(result);
        }
    }

    @Transactional
    public Verdict check(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw BusinessException.invalid("file", "verify.fileRequired");
        }
        String sha = FileStore.sha256(pdf);
        List<VerifiableDocument> known = em.createQuery("select d from VerifiableDocument d where d.sha256 = :h", VerifiableDocument.class)
                .setParameter("h", sha).getResultList();
        PdfSignatures.Check sig = PdfSignatures.check(pdf);
        if (!known.isEmpty()) {
            VerifiableDocument d = known.get(0);
            if ("REVOKED".equals(d.getStatus())) {
                return new Verdict("REVOKED", d, sig.signer(), sig.signedAt());
            }
            return new Verdict(sig.valid() ? "ORIGINAL" : "ALTERED", d, sig.signer(), sig.signedAt());
        }
        if (!sig.signed()) {
            return new Verdict("unreadable".equals(sig.problem()) ? "ALTERED" : "UNSIGNED", null, null, null);
        }
        // signed but not these bytes: either changed (a signature that no longer matches, or pages appended) or not ours
        return new Verdict(sig.valid() ? "UNKNOWN" : "ALTERED", null, sig.signer(), sig.signedAt());
    }
}
