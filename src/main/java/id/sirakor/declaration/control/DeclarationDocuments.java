package id.sirakor.declaration.control;

import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.document.UnitLetterheads;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.signing.DocumentSigner;
import id.sirakor.platform.storage.FileStore;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.verification.VerifiableDocument;
import id.sirakor.platform.verification.Verifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Finalizing: the PDF is rendered once from the frozen text and the signatures, signed PAdES by
 * the {@link DocumentSigner}, kept in the file store and entered into the public verification
 * register under the declaration's code. Signers who had not signed are closed.
 */
@ApplicationScoped
public class DeclarationDocuments {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeclarationService declarations;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    FileStore files;

    @Inject
    DocumentSigner signer;

    @Inject
    Verifications verifications;

    @Transactional
    public Declaration finalizeDeclaration(long id) {
        Declaration d = declarations.get(id);
        scope.requireWritable(d.getUnit());
        return finalizeChecked(id);
    }

    /** Finalizes without a user's checks: for the demo data (system actor) only; callers check who may. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Declaration finalizeChecked(long id) {
        Declaration d = em.find(Declaration.class, id);
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        if (d.getStatus() != Declaration.Status.OPEN) {
            throw BusinessException.conflict("decl.notOpen");
        }
        List<DeclarationSigner> all = declarations.signersOf(id);
        if (all.stream().noneMatch(s -> s.getStatus() == DeclarationSigner.Status.SIGNED)) {
            throw BusinessException.conflict("decl.nothingSigned");
        }
        for (DeclarationSigner s : all) {
            em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
            if (s.isOpen()) {
                s.setStatus(DeclarationSigner.Status.CLOSED);
                s.setTokenExpiresAt(clock.now());
            }
        }
        d.setFinalizedAt(clock.now());
        byte[] pdf = signer.sign(render(d, all), new DocumentSigner.Request(d.getTitle(), d.getPlace()));
        String key = files.store(pdf);
        d.setFinalFile(key);
        d.setStatus(Declaration.Status.FINAL);
        verifications.register(new VerifiableDocument(d.getVerifyCode(), "DECLARATION", d.getId(), d.getTitle(), d.getUnit().getName(),
                summary(d, all), key, key, signer.signerName(), d.getFinalizedAt()));
        audit.record("declaration.finalize", "Declaration", d.getId(), d.getUnit().getId(), d.getTitle(), null,
                Map.of("sha256", key, "level", signer.level(), "code", d.getVerifyCode()));
        return d;
    }

    static ZoneId zone(Declaration d) {
        try {
            return d.getUnit().getRegionCode() == null ? IndonesianTime.WIB : IndonesianTime.zoneOfProvince(d.getUnit().getRegionCode());
        } catch (RuntimeException e) {
            return IndonesianTime.WIB;
        }
    }

    private byte[] render(Declaration d, List<DeclarationSigner> all) {
        List<DeclarationPdf.SignerBlock> signed = new ArrayList<>();
        List<DeclarationPdf.Other> others = new ArrayList<>();
        for (DeclarationSigner s : all) {
            if (s.getStatus() == DeclarationSigner.Status.SIGNED) {
                signed.add(new DeclarationPdf.SignerBlock(s.getName(), s.getNip(), s.getPosition(),
                        s.getRegionCode() == null ? null : declarations.regionName(s.getRegionCode()), s.getRepresentation(),
                        s.getRepName(), s.getRepPosition(), read(s.getSignatureFile()), s.getSignedAt(), s.getSignedMode()));
            } else {
                others.add(new DeclarationPdf.Other(s.getName(), s.getPosition(),
                        s.getStatus() == DeclarationSigner.Status.DECLINED ? "menolak" : "tidak menandatangani", s.getDeclineReason()));
            }
        }
        return DeclarationPdf.render(new DeclarationPdf.Model(UnitLetterheads.of(d.getUnit()), d.getUnit().getName(), d.getTitle(),
                d.getOpening(), d.pointList(), d.getClosing(), d.getPlace(), d.getDate(), zone(d), signed, others, d.getTextHash(),
                d.getFrozenAt(), d.getVerifyCode(), Verifications.url(d.getVerifyCode()),
                DeclarationService.evidenceOf(em, d.getId()).steps(), d.getFinalizedAt()));
    }

    private String summary(Declaration d, List<DeclarationSigner> all) {
        StringBuilder b = new StringBuilder();
        b.append("SHA-256 teks: ").append(d.getTextHash()).append('\n');
        for (DeclarationSigner s : all) {
            b.append(s.getStatus() == DeclarationSigner.Status.SIGNED ? "✓ " : "✗ ").append(s.getName()).append(" – ").append(s.getPosition());
            if (s.getRepresentation() != null) {
                b.append(" (").append(s.getRepresentation()).append(' ').append(s.getRepName()).append(')');
            }
            b.append('\n');
        }
        String t = b.toString();
        return t.length() > 8000 ? t.substring(0, 7999) : t;
    }

    byte[] read(String key) {
        if (key == null) {
            return null;
        }
        try (InputStream in = files.open(key)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The signed PDF of a final declaration. */
    @Transactional
    public byte[] pdf(long id) {
        Declaration d = declarations.get(id);
        if (d.getFinalFile() == null) {
            throw BusinessException.conflict("decl.notFinal");
        }
        return read(d.getFinalFile());
    }

    /** A signer's signature image, for the staff's view. */
    @Transactional
    public byte[] signatureImage(long id, long signerId) {
        declarations.get(id);
        DeclarationSigner s = em.find(DeclarationSigner.class, signerId);
        if (s == null || !s.getDeclaration().getId().equals(id) || s.getSignatureFile() == null) {
            throw BusinessException.notFound("error.notFound");
        }
        return read(s.getSignatureFile());
    }

    @Transactional
    public void revoke(long id, String reason) {
        Declaration d = declarations.get(id);
        scope.requireWritable(d.getUnit());
        em.refresh(d, LockModeType.PESSIMISTIC_WRITE);
        if (d.getStatus() != Declaration.Status.FINAL) {
            throw BusinessException.conflict("decl.notFinal");
        }
        String r = reason == null ? null : reason.strip();
        if (r == null || r.isEmpty()) {
            throw BusinessException.invalid("reason", "decl.reasonRequired");
        }
        if (r.length() > 500) {
            throw BusinessException.invalid("reason", "decl.reasonTooLong");
        }
        d.setStatus(Declaration.Status.REVOKED);
        verifications.revoke(d.getVerifyCode(), clock.now(), r);
        audit.record("declaration.revoke", "Declaration", d.getId(), d.getUnit().getId(), r, null, Map.of("reason", r));
    }
}
