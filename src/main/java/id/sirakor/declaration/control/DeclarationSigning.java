package id.sirakor.declaration.control;

import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.mail.Outbox;
import id.sirakor.platform.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Signing: remotely by the personal link and a one-time code, or in ceremony mode on the
 * organizer's tablet. The signer's row is locked for every step, so a link used twice at the
 * same moment signs once; a code is stored only as its SHA-256, expires after 10 minutes, allows
 * 5 wrong tries before the link locks, and is sent at most once a minute and 5 times per link.
 */
@ApplicationScoped
public class DeclarationSigning {

    public static final int MAX_ATTEMPTS = 5;
    public static final int MAX_CODES = 5;
    static final Duration CODE_VALID = Duration.ofMinutes(10);
    static final Duration CODE_INTERVAL = Duration.ofSeconds(60);
    /** After the code is verified, the signer has this long to sign or decline. */
    static final Duration VERIFIED_VALID = Duration.ofMinutes(30);
    static final int MAX_SIGNATURE_BYTES = 512 * 1024;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    Outbox outbox;

    @Inject
    FileStore files;

    @Inject
    UnitScope scope;

    /** What the signer confirms: their name, NIP and position, the representation if any, and the signature image. */
    public record SignInput(String name, String nip, String position, String representation, String repName, String repPosition,
                            String signature) {
    }

    /** What a signing link shows. */
    public record LinkView(Declaration declaration, DeclarationSigner signer, boolean locked, boolean codeVerified, boolean codeSent) {
    }

    private DeclarationSigner byToken(String token, boolean lock) {
        if (token == null || token.isBlank() || token.length() > 64) {
            throw BusinessException.notFound("decl.linkInvalid");
        }
        List<DeclarationSigner> found = em.createQuery("select s from DeclarationSigner s join fetch s.declaration"
                        + " where s.tokenHash = :h", DeclarationSigner.class)
                .setParameter("h", PasswordHasher.sha256Hex(token)).getResultList();
        if (found.isEmpty()) {
            throw BusinessException.notFound("decl.linkInvalid");
        }
        DeclarationSigner s = found.get(0);
        // the declaration's unit too: pages read it after the transaction
        em.createQuery("select d from Declaration d join fetch d.unit where d.id = :id", Declaration.class)
                .setParameter("id", s.getDeclaration().getId()).getSingleResult();
        if (lock) {
            // a locking read of the current row (no version check): the second of two requests waits, then sees the first's outcome
            em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
        }
        return s;
    }

    /** Opens a link (the first opening is recorded). A spent or expired link still shows what happened. */
    @Transactional
    public LinkView view(String token, String userAgent) {
        DeclarationSigner s = byToken(token, true);
        if (s.getOpenedAt() == null && s.isOpen()) {
            s.setOpenedAt(clock.now());
            audit.record("declaration.link.open", "Declaration", s.getDeclaration().getId(), s.getDeclaration().getUnit().getId(),
                    s.getName() + " · " + agent(userAgent), null, Map.of("signerId", s.getId(), "userAgent", agent(userAgent)));
        }
        return new LinkView(s.getDeclaration(), s, locked(s), verified(s), s.getCodeSentAt() != null);
    }

    private boolean locked(DeclarationSigner s) {
        return s.getCodeAttempts() >= MAX_ATTEMPTS;
    }

    private boolean verified(DeclarationSigner s) {
        return s.getCodeVerifiedAt() != null && s.getCodeVerifiedAt().plus(VERIFIED_VALID).isAfter(clock.now());
    }

    private void requireUsable(DeclarationSigner s) {
        if (!s.isOpen()) {
            throw BusinessException.conflict("decl.linkSpent");
        }
        if (s.getDeclaration().getStatus() != Declaration.Status.OPEN) {
            throw BusinessException.conflict("decl.notOpen");
        }
        if (s.getTokenExpiresAt() == null || s.getTokenExpiresAt().isBefore(clock.now())) {
            throw BusinessException.conflict("decl.linkExpired");
        }
        if (locked(s)) {
            throw BusinessException.conflict("decl.linkLocked");
        }
    }

    /** Mails a new 6-digit code to the signer's address; the previous code stops working. */
    @Transactional
    public void sendCode(String token) {
        DeclarationSigner s = byToken(token, true);
        requireUsable(s);
        Instant now = clock.now();
        if (s.getCodeSentAt() != null && s.getCodeSentAt().plus(CODE_INTERVAL).isAfter(now)) {
            throw BusinessException.conflict("decl.codeTooSoon");
        }
        if (s.getCodesSent() >= MAX_CODES) {
            throw BusinessException.conflict("decl.codeLimit");
        }
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        s.setCodeHash(PasswordHasher.sha256Hex(s.getId() + ":" + code));
        s.setCodeExpiresAt(now.plus(CODE_VALID));
        s.setCodeSentAt(now);
        s.setCodesSent(s.getCodesSent() + 1);
        DeclarationMails.Mail m = DeclarationMails.code(s.getDeclaration(), code);
        outbox.enqueue("declaration.code", s.getId(), s.getEmail(), m.subject(), m.text());
        audit.record("declaration.code.send", "Declaration", s.getDeclaration().getId(), s.getDeclaration().getUnit().getId(),
                s.getName(), null, Map.of("signerId", s.getId(), "to", s.getEmail()));
    }

    /** The outcome of a code entry: attempts left after a wrong code. */
    public record CodeResult(boolean verified, int attemptsLeft) {
    }

    /**
     * Checks a code. A wrong code counts (committed even though the answer is an error); the fifth
     * wrong code locks the link until the secretariat sends a new one.
     */
    @Transactional(dontRollbackOn = BusinessException.class)
    public CodeResult verifyCode(String token, String code) {
        DeclarationSigner s = byToken(token, true);
        requireUsable(s);
        if (s.getCodeHash() == null) {
            throw BusinessException.conflict("decl.codeNotSent");
        }
        String typed = code == null ? "" : code.strip();
        boolean right = typed.matches("\\d{6}") && PasswordHasher.sha256Hex(s.getId() + ":" + typed).equals(s.getCodeHash())
                && s.getCodeExpiresAt().isAfter(clock.now());
        if (!right) {
            s.setCodeAttempts(s.getCodeAttempts() + 1);
            int left = Math.max(0, MAX_ATTEMPTS - s.getCodeAttempts());
            audit.record("declaration.code.fail", "Declaration", s.getDeclaration().getId(), s.getDeclaration().getUnit().getId(),
                    s.getName() + (left == 0 ? " (terkunci)" : ""), null, Map.of("signerId", s.getId(), "attempts", s.getCodeAttempts()));
            return new CodeResult(false, left);
        }
        s.setCodeHash(null);
        s.setCodeVerifiedAt(clock.now());
        audit.record("declaration.code.verify", "Declaration", s.getDeclaration().getId(), s.getDeclaration().getUnit().getId(),
                s.getName(), null, Map.of("signerId", s.getId()));
        return new CodeResult(true, MAX_ATTEMPTS - s.getCodeAttempts());
    }

    /** Signs by the link, after the code was verified. The link is spent. */
    @Transactional
    public DeclarationSigner sign(String token, SignInput in, String ip, String userAgent) {
        DeclarationSigner s = byToken(token, true);
        requireUsable(s);
        if (!verified(s)) {
            throw BusinessException.forbidden("decl.codeRequired");
        }
        apply(s, in, "REMOTE", ip, userAgent);
        s.setTokenExpiresAt(clock.now());
        return s;
    }

    @Transactional
    public DeclarationSigner decline(String token, String reason, String ip, String userAgent) {
        DeclarationSigner s = byToken(token, true);
        requireUsable(s);
        if (!verified(s)) {
            throw BusinessException.forbidden("decl.codeRequired");
        }
        String r = reason == null ? null : reason.strip();
        if (r == null || r.isEmpty()) {
            throw BusinessException.invalid("reason", "decl.reasonRequired");
        }
        if (r.length() > 500) {
            throw BusinessException.invalid("reason", "decl.reasonTooLong");
        }
        s.setStatus(DeclarationSigner.Status.DECLINED);
        s.setDeclinedAt(clock.now());
        s.setDeclineReason(r);
        s.setSignedIp(ip);
        s.setSignedAgent(agent(userAgent));
        s.setTokenExpiresAt(clock.now());
        audit.record("declaration.decline", "Declaration", s.getDeclaration().getId(), s.getDeclaration().getUnit().getId(),
                s.getName() + ": " + r + " · " + agent(userAgent), null, Map.of("signerId", s.getId(), "reason", r, "userAgent", agent(userAgent)));
        return s;
    }

    /** Ceremony mode: the secretariat's tablet, the signer in person; no link, no code. */
    @Transactional
    public DeclarationSigner signInCeremony(long declarationId, long signerId, SignInput in, String ip, String userAgent) {
        scope.requireStaff();
        DeclarationSigner s = em.find(DeclarationSigner.class, signerId);
        if (s == null || !s.getDeclaration().getId().equals(declarationId) || !scope.canRead(s.getDeclaration().getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        scope.requireWritable(s.getDeclaration().getUnit());
        em.refresh(s, LockModeType.PESSIMISTIC_WRITE);
        if (!s.isOpen()) {
            throw BusinessException.conflict("decl.signer.done");
        }
        if (s.getDeclaration().getStatus() != Declaration.Status.OPEN) {
            throw BusinessException.conflict("decl.notOpen");
        }
        apply(s, in, "CEREMONY", ip, userAgent);
        return s;
    }

    private void apply(DeclarationSigner s, SignInput in, String mode, String ip, String userAgent) {
        if (in == null) {
            throw BusinessException.invalid("signature", "decl.signatureRequired");
        }
        String name = in.name() == null ? null : in.name().strip();
        String position = in.position() == null ? null : in.position().strip();
        String nip = in.nip() == null || in.nip().isBlank() ? null : in.nip().replace(" ", "");
        if (name == null || name.isEmpty()) {
            throw BusinessException.invalid("name", "decl.signer.nameRequired");
        }
        if (name.length() > 150) {
            throw BusinessException.invalid("name", "decl.signer.nameTooLong");
        }
        if (position == null || position.isEmpty()) {
            throw BusinessException.invalid("position", "decl.signer.positionRequired");
        }
        if (position.length() > 200) {
            throw BusinessException.invalid("position", "decl.signer.positionTooLong");
        }
        if (nip != null && !nip.matches("\\d{18}")) {
            throw BusinessException.invalid("nip", "decl.signer.nip");
        }
        String rep = in.representation() == null || in.representation().isBlank() || "NONE".equals(in.representation())
                ? null : in.representation();
        if (rep != null && !List.of("AN", "PLH", "DIWAKILI").contains(rep)) {
            throw BusinessException.invalid("representation", "decl.representation");
        }
        String repName = blankToNull(in.repName());
        String repPosition = blankToNull(in.repPosition());
        if (rep != null && (repName == null || repPosition == null)) {
            throw BusinessException.invalid(repName == null ? "repName" : "repPosition", "decl.representativeRequired");
        }
        if ((repName != null && repName.length() > 150) || (repPosition != null && repPosition.length() > 200)) {
            throw BusinessException.invalid("repName", "decl.signer.nameTooLong");
        }
        byte[] png = signatureImage(in.signature());
        s.setSignatureFile(files.store(png));
        s.setSignedName(name);
        s.setName(name);
        s.setNip(nip);
        s.setPosition(position);
        s.setRepresentation(rep);
        s.setRepName(rep == null ? null : repName);
        s.setRepPosition(rep == null ? null : repPosition);
        s.setStatus(DeclarationSigner.Status.SIGNED);
        s.setSignedAt(clock.now());
        s.setSignedMode(mode);
        s.setSignedIp(ip);
        s.setSignedAgent(agent(userAgent));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("signerId", s.getId());
        after.put("name", name);
        after.put("position", position);
        after.put("representation", rep);
        after.put("representative", repName);
        after.put("mode", mode);
        after.put("signature", s.getSignatureFile());
        after.put("userAgent", agent(userAgent));
        audit.record("declaration.sign", "Declaration", s.getDeclaration().getId(), s.getDeclaration().getUnit().getId(),
                name + (rep == null ? "" : " (" + rep + " " + repName + ")") + " · " + mode + " · " + agent(userAgent), null, after);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String agent(String ua) {
        if (ua == null) {
            return "-";
        }
        return ua.length() > 300 ? ua.substring(0, 300) : ua;
    }

    /** A drawn signature (data URL or base64) or an uploaded scan: PNG or JPEG, at most 512 KB, re-encoded as PNG. */
    static byte[] signatureImage(String data) {
        if (data == null || data.isBlank()) {
            throw BusinessException.invalid("signature", "decl.signatureRequired");
        }
        String b64 = data.contains(",") ? data.substring(data.indexOf(',') + 1) : data;
        if (b64.length() > MAX_SIGNATURE_BYTES * 4 / 3 + 4) {
            throw BusinessException.invalid("signature", "decl.signatureTooLarge");
        }
        try {
            byte[] raw = Base64.getDecoder().decode(b64.strip());
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(raw));
            if (img == null || img.getWidth() < 20 || img.getHeight() < 10 || img.getWidth() > 3000 || img.getHeight() > 2000) {
                throw BusinessException.invalid("signature", "decl.signatureInvalid");
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IllegalArgumentException | IOException e) {
            throw BusinessException.invalid("signature", "decl.signatureInvalid");
        }
    }
}
