package id.sirakor.demo;

import id.sirakor.declaration.control.DeclarationDocuments;
import id.sirakor.declaration.control.DeclarationService;
import id.sirakor.declaration.control.Templates;
import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.PasswordHasher;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.persistence.Migrations;
import id.sirakor.platform.storage.FileStore;
import id.sirakor.platform.verification.Verifications;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * Demo declarations (seed 001): the Deklarasi Kepala Daerah Menjaga Netralitas ASN of the
 * rakornas of Bawaslu RI, open for signing, with fictional governors and Pj governors of several
 * provinces who have signed (one a.n.), one still waiting, one declined; and a Pakta Integritas
 * of Bawaslu Sumatera Barat's rakor, final and PAdES-signed, to try the verification page. All
 * people are fictional. Demo mode only; runs once, after {@link DemoParticipants}.
 */
@ApplicationScoped
public class DemoDeclarations {

    private static final Logger LOG = Logger.getLogger(DemoDeclarations.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AppClock clock;

    @Inject
    AuditLog audit;

    @Inject
    FileStore files;

    @Inject
    DeclarationDocuments documents;

    @Inject
    DemoDeclarations self;

    void onSchemaReady(@Observes @Priority(2900) Migrations.SchemaReady ready) {
        if (Settings.demoMode()) {
            RequestAuditContext.runAsSystem("system:demo-data", () -> {
                if (self.load()) {
                    LOG.info("Demo declarations loaded: the rakornas Deklarasi Netralitas ASN (open) and a signed Pakta Integritas.");
                }
            });
        }
    }

    /** name, position, region code, status (S signed, A signed a.n., P pending/sent, D declined) */
    private record Head(String name, String position, String region, char status) {
    }

    @Transactional
    public boolean load() {
        if (em.createQuery("select count(d) from Declaration d", Long.class).getSingleResult() > 0) {
            return false;
        }
        List<Event> rakornas = em.createQuery("select e from Event e join fetch e.unit where e.title like :t", Event.class)
                .setParameter("t", "Rapat Koordinasi Nasional Kesiapan Kepala Daerah%").getResultList();
        List<Event> sumbarRakor = em.createQuery("select e from Event e join fetch e.unit where e.title like :t", Event.class)
                .setParameter("t", "Rapat Koordinasi Penanganan Pelanggaran Netralitas ASN%").getResultList();
        if (rakornas.isEmpty() || sumbarRakor.isEmpty()) {
            return false;
        }
        Instant now = clock.now();
        Declaration d = declaration(rakornas.get(0), Templates.NETRALITAS, "Jakarta", LocalDate.of(2024, 9, 17));
        List<Head> heads = List.of(
                new Head("Dr. H. Ahmad Fauzan, M.Si.", "Penjabat Gubernur Aceh", "11", 'S'),
                new Head("Ir. Togar Simanjuntak, M.M.", "Penjabat Gubernur Sumatera Utara", "12", 'S'),
                new Head("H. Mahyeldi Rasyid, S.P.", "Gubernur Sumatera Barat", "13", 'A'),
                new Head("Drs. Hendra Wijaya, M.Si.", "Penjabat Gubernur Jawa Tengah", "33", 'S'),
                new Head("Dr. Komang Ariawan, S.H., M.H.", "Penjabat Gubernur Bali", "51", 'S'),
                new Head("Dr. Akhmad Rizal, M.Si.", "Penjabat Gubernur Kalimantan Timur", "64", 'S'),
                new Head("Ir. Marthen Rumbiak, M.T.", "Penjabat Gubernur Papua", "91", 'S'),
                new Head("Budi Santoso, S.H.", "Bupati Agam", "13.06", 'S'),
                new Head("Hj. Erni Marlina, S.E.", "Wali Kota Bukittinggi", "13.75", 'S'),
                new Head("Drs. Agus Setiawan, M.M.", "Penjabat Bupati Banjarnegara", "33.04", 'S'),
                new Head("Dr. Rudi Hartono, M.Si.", "Penjabat Wali Kota Balikpapan", "64.71", 'S'),
                new Head("Dr. Lukman Hakim, M.Pd.", "Penjabat Gubernur Lampung", "18", 'P'),
                new Head("Drs. Yohanes Kore, M.Si.", "Penjabat Gubernur Nusa Tenggara Timur", "53", 'D'),
                new Head("H. Syamsul Bahri, S.Sos.", "Penjabat Gubernur Sulawesi Selatan", "73", 'P'));
        Random random = new Random(17);
        int seq = 0;
        for (Head h : heads) {
            DeclarationSigner s = signer(d, ++seq, h.name(), h.position(), h.region(),
                    "kepala.daerah" + seq + "@demo.sirakor.id");
            switch (h.status()) {
                case 'S', 'A' -> {
                    s.setSentAt(now.minus(Duration.ofHours(30)));
                    if (h.status() == 'A') {
                        s.setRepresentation("AN");
                        s.setRepName("Drs. Hansastri, Ak., M.M.");
                        s.setRepPosition("Sekretaris Daerah Provinsi Sumatera Barat");
                    }
                    sign(d, s, seq % 3 == 0 ? "REMOTE" : "CEREMONY", now.minus(Duration.ofHours(26 - seq)), random);
                }
                case 'P' -> {
                    s.setStatus(DeclarationSigner.Status.SENT);
                    s.setSentAt(now.minus(Duration.ofHours(30)));
                    s.setTokenHash(PasswordHasher.sha256Hex(PasswordHasher.newSecret(24)));
                    s.setTokenExpiresAt(now.plus(Duration.ofDays(14)));
                }
                default -> {
                    s.setStatus(DeclarationSigner.Status.DECLINED);
                    s.setSentAt(now.minus(Duration.ofHours(30)));
                    s.setDeclinedAt(now.minus(Duration.ofHours(5)));
                    s.setDeclineReason("Berhalangan hadir; deklarasi akan ditandatangani pada rakor provinsi.");
                    audit.record("declaration.decline", "Declaration", d.getId(), d.getUnit().getId(), s.getName() + ": " + s.getDeclineReason(),
                            null, Map.of("signerId", s.getId()));
                }
            }
        }

        Declaration pakta = declaration(sumbarRakor.get(0), Templates.PAKTA, "Padang", LocalDate.of(2024, 3, 6));
        List<Head> pSigners = List.of(
                new Head("Dr. Andi Saputra, S.H., M.H.", "Ketua Bawaslu Provinsi Sumatera Barat", "13", 'S'),
                new Head("Yulia Fitri, S.Sos.", "Kepala BKPSDM Kabupaten Agam", "13.06", 'S'),
                new Head("Andri Saputra, S.H.", "Kepala BKPSDM Kota Bukittinggi", "13.75", 'S'));
        seq = 0;
        for (Head h : pSigners) {
            DeclarationSigner s = signer(pakta, ++seq, h.name(), h.position(), h.region(), null);
            sign(pakta, s, "CEREMONY", now.minus(Duration.ofHours(3 - seq)), random);
        }
        em.flush();
        documents.finalizeChecked(pakta.getId());
        return true;
    }

    private Declaration declaration(Event e, Templates.Template t, String place, LocalDate date) {
        String dateText = id.sirakor.platform.time.IndonesianTime.date(date, id.sirakor.platform.time.IndonesianTime.ID);
        Declaration d = new Declaration();
        d.setUnit(e.getUnit());
        d.setEvent(e);
        d.setTemplateKey(t.key());
        d.setTitle(t.title());
        d.setOpening(Templates.fill(t.opening(), place, dateText, "Provinsi Sumatera Barat", null));
        d.setPoints(Templates.fill(t.points(), place, dateText, "Provinsi Sumatera Barat", null));
        d.setClosing(Templates.fill(t.closing(), place, dateText, "Provinsi Sumatera Barat", null));
        d.setPlace(place);
        d.setDate(date);
        d.setStatus(Declaration.Status.OPEN);
        d.setBoardToken(PasswordHasher.newSecret(18));
        d.setVerifyCode(Verifications.newCode());
        d.setCreatedAt(clock.now().minus(Duration.ofDays(2)));
        d.setTextHash(DeclarationService.textHash(d));
        d.setFrozenAt(clock.now().minus(Duration.ofDays(1)));
        em.persist(d);
        em.flush();
        audit.record("declaration.create", "Declaration", d.getId(), d.getUnit().getId(), d.getTitle(), null, Map.of("title", d.getTitle()));
        audit.record("declaration.freeze", "Declaration", d.getId(), d.getUnit().getId(), d.getTitle(), null, Map.of("textHash", d.getTextHash()));
        return d;
    }

    private DeclarationSigner signer(Declaration d, int seq, String name, String position, String region, String email) {
        DeclarationSigner s = new DeclarationSigner();
        s.setDeclaration(d);
        s.setSeq(seq);
        s.setName(name);
        s.setPosition(position);
        s.setRegionCode(region);
        s.setEmail(email);
        s.setStatus(DeclarationSigner.Status.PENDING);
        em.persist(s);
        em.flush();
        audit.record("declaration.signer.add", "Declaration", d.getId(), d.getUnit().getId(), name + " – " + position, null,
                Map.of("signerId", s.getId()));
        return s;
    }

    private void sign(Declaration d, DeclarationSigner s, String mode, Instant at, Random random) {
        s.setStatus(DeclarationSigner.Status.SIGNED);
        s.setSignedAt(at);
        s.setSignedMode(mode);
        s.setSignedName(s.getName());
        s.setSignedIp("10.0.0." + (10 + s.getSeq()));
        s.setSignedAgent("Mozilla/5.0 (demo)");
        s.setSignatureFile(files.store(scribble(random)));
        audit.record("declaration.sign", "Declaration", d.getId(), d.getUnit().getId(), s.getName() + " · " + mode, null,
                Map.of("signerId", s.getId(), "mode", mode));
    }

    /** An invented signature: a few random pen strokes (nobody's real signature). */
    static byte[] scribble(Random r) {
        BufferedImage img = new BufferedImage(420, 140, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1a, 0x2a, 0x6c));
        g.setStroke(new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D p = new Path2D.Double();
        double x = 30;
        double y = 80 + r.nextInt(20);
        p.moveTo(x, y);
        for (int i = 0; i < 7; i++) {
            double nx = x + 35 + r.nextInt(25);
            p.curveTo(x + 10, y - 60 + r.nextInt(30), nx - 10, y + 40 - r.nextInt(30), nx, 60 + r.nextInt(50));
            x = nx;
            y = 60 + r.nextInt(50);
        }
        g.draw(p);
        g.drawLine(40, 118, 40 + 250 + r.nextInt(80), 108 + r.nextInt(12));
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
