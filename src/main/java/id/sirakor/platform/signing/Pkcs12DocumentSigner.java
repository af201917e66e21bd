package id.sirakor.platform.signing;

import com.itextpdf.bouncycastle.BouncyCastleFactory;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.StampingProperties;
import com.itextpdf.signatures.BouncyCastleDigest;
import com.itextpdf.kernel.crypto.DigestAlgorithms;
import com.itextpdf.signatures.ITSAClient;
import com.itextpdf.signatures.PdfSigner;
import com.itextpdf.signatures.PrivateKeySignature;
import com.itextpdf.signatures.SignerProperties;
import com.itextpdf.signatures.TSAClientBouncyCastle;
import id.sirakor.platform.config.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.logging.Logger;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * PAdES signing with a key from a PKCS#12 keystore:
 * <ul>
 * <li>SIRAKOR_SIGNING_KEYSTORE (path), SIRAKOR_SIGNING_PASSWORD, optional SIRAKOR_SIGNING_ALIAS:
 *     the unit's real certificate, installed by the operator (docs/operations.md, "Signing keys");</li>
 * <li>without a keystore: a development keystore with a self-signed certificate, generated once
 *     per installation next to the file store (data/signing/dev-signing.p12) and kept, so what was
 *     signed yesterday still verifies; a warning is logged at start;</li>
 * <li>SIRAKOR_SIGNING_TSA_URL: an RFC 3161 timestamp authority, which makes the signature B-T.</li>
 * </ul>
 * The private key is used through the JDK's own provider; Bouncy Castle only builds the CMS.
 */
@ApplicationScoped
public class Pkcs12DocumentSigner implements DocumentSigner {

    private static final Logger LOG = Logger.getLogger(Pkcs12DocumentSigner.class.getName());
    static final String DEV_PASSWORD = "sirakor-dev-only";

    private PrivateKey key;
    private Certificate[] chain;
    private String subject;
    private String tsaUrl;

    @PostConstruct
    void load() {
        String path = Settings.get("sirakor.signing.keystore", "SIRAKOR_SIGNING_KEYSTORE", null);
        String password = Settings.get("sirakor.signing.password", "SIRAKOR_SIGNING_PASSWORD", "");
        String alias = Settings.get("sirakor.signing.alias", "SIRAKOR_SIGNING_ALIAS", null);
        tsaUrl = Settings.get("sirakor.signing.tsa.url", "SIRAKOR_SIGNING_TSA_URL", null);
        try {
            Path file;
            if (path == null) {
                file = devKeystorePath();
                password = DEV_PASSWORD;
                synchronized (Pkcs12DocumentSigner.class) {
                    if (!Files.exists(file)) {
                        writeDevKeystore(file, "Sirakor Development Signing (not for production)");
                    }
                }
                LOG.warning("Documents are signed with the DEVELOPMENT key " + file
                        + " (self-signed). Install the unit's certificate with SIRAKOR_SIGNING_KEYSTORE (docs/operations.md).");
            } else {
                file = Path.of(path);
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                ks.load(in, password.toCharArray());
            }
            if (alias == null) {
                alias = ks.aliases().nextElement();
            }
            key = (PrivateKey) ks.getKey(alias, password.toCharArray());
            chain = ks.getCertificateChain(alias);
            if (key == null || chain == null || chain.length == 0) {
                throw new IllegalStateException("no private key with a certificate under alias " + alias + " in " + file);
            }
            X509Certificate cert = (X509Certificate) chain[0];
            subject = commonName(cert.getSubjectX500Principal());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("signing keystore cannot be read: " + e.getMessage(), e);
        }
    }

    static Path devKeystorePath() {
        Path files = Path.of(Settings.get("sirakor.files.dir", "SIRAKOR_FILES_DIR", "data/files")).toAbsolutePath();
        return files.getParent().resolve("signing").resolve("dev-signing.p12");
    }

    /** A self-signed RSA-2048 certificate for document signing, valid ten years, in a new PKCS#12 file. */
    public static void writeDevKeystore(Path file, String commonName) throws IOException, GeneralSecurityException {
        KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
        gen.initialize(2048);
        KeyPair pair = gen.generateKeyPair();
        X500Name name = new X500Name("CN=" + commonName + ", O=Sirakor, C=ID");
        Instant now = Instant.now();
        try {
            var builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(3650))), name, pair.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
            KeyStore ks = KeyStore.getInstance("PKCS12");
            ks.load(null, null);
            ks.setKeyEntry("sirakor", pair.getPrivate(), DEV_PASSWORD.toCharArray(), new Certificate[] {cert});
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "keystore", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ks.store(out, DEV_PASSWORD.toCharArray());
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }

    static String commonName(X500Principal p) {
        for (String part : p.getName(X500Principal.RFC2253).split(",")) {
            if (part.startsWith("CN=")) {
                return part.substring(3).replace("\\", "");
            }
        }
        return p.getName();
    }

    @Override
    public byte[] sign(byte[] pdf, Request request) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 32_000);
            PdfSigner signer = new PdfSigner(new PdfReader(new ByteArrayInputStream(pdf)), out,
                    new StampingProperties().useAppendMode());
            signer.setSignerProperties(new SignerProperties()
                    .setFieldName("sirakor-signature")
                    .setReason(request.reason())
                    .setLocation(request.location()));
            ITSAClient tsa = tsaUrl == null ? null : new TSAClientBouncyCastle(tsaUrl);
            signer.signDetached(new BouncyCastleDigest(), new PrivateKeySignature(key, DigestAlgorithms.SHA256, null),
                    chain, null, null, tsa, 0, PdfSigner.CryptoStandard.CADES);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("PDF could not be signed: " + e.getMessage(), e);
        }
    }

    @Override
    public String signerName() {
        return subject;
    }

    @Override
    public String level() {
        return tsaUrl == null ? "PAdES B-B" : "PAdES B-T";
    }

    static {
        // touch the adapter early so a missing Bouncy Castle shows at deployment, not at the first signature
        new BouncyCastleFactory();
    }
}
