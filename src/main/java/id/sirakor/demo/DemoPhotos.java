package id.sirakor.demo;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.photo.control.PhotoUploads;
import id.sirakor.photo.entity.EventPhoto;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.persistence.Migrations;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.imageio.ImageIO;

/**
 * Photo documentation of the demo's finished events (issue 14): four to eight drawn photos each (a
 * hall with the audience, the speakers' panel, the signing table, the group photo; shapes, no real
 * people), through {@link PhotoUploads} so that they are normalized like any upload, with captions
 * in Indonesian, a cover and some marked public. Demo mode only; runs once, after the minutes.
 */
@ApplicationScoped
public class DemoPhotos {

    private static final Logger LOG = Logger.getLogger(DemoPhotos.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PhotoUploads uploads;

    @Inject
    DemoPhotos self;

    void onSchemaReady(@Observes @Priority(3100) Migrations.SchemaReady ready) {
        if (Settings.demoMode()) {
            RequestAuditContext.runAsSystem("system:demo-data", () -> {
                int n = self.load();
                if (n > 0) {
                    LOG.info("Demo photos loaded for " + n + " past events.");
                }
            });
        }
    }

    @Transactional
    public int load() {
        List<Event> past = em.createQuery("select e from Event e where e.status in :s order by e.id", Event.class)
                .setParameter("s", List.of(EventStatus.CLOSED, EventStatus.ARCHIVED)).getResultList();
        int done = 0;
        for (Event e : past) {
            if (em.createQuery("select count(p) from EventPhoto p where p.eventId = :e", Long.class).setParameter("e", e.getId())
                    .getSingleResult() > 0) {
                continue;
            }
            EventService.initialize(e);
            populate(e, done++);
        }
        return done;
    }

    private record Shot(byte[] jpeg, String caption, boolean shown, Long sessionId) {
    }

    private void populate(Event e, int salt) {
        List<EventSession> sessions = e.getSessions();
        Long first = sessions.isEmpty() ? null : sessions.get(0).getId();
        Long second = sessions.size() > 1 ? sessions.get(1).getId() : first;
        List<Shot> shots = new ArrayList<>();
        shots.add(new Shot(group(e.getTitle(), salt), "Foto bersama para peserta, narasumber dan pimpinan " + e.getUnit().getName() + ".", true, null));
        shots.add(new Shot(DemoPhoto.meeting(e.getTitle()), "Suasana ruang rapat saat pembukaan oleh pimpinan " + e.getUnit().getName() + ".",
                true, first));
        shots.add(new Shot(panel(e.getTitle(), 3, salt), "Narasumber menyampaikan paparan pada sesi "
                + (sessions.size() > 1 ? "\u201c" + sessions.get(1).getTitle() + "\u201d" : "utama") + ".", true, second));
        shots.add(new Shot(signing(salt), "Penandatanganan berita acara dan komitmen bersama oleh para pimpinan instansi.", salt % 2 == 0, null));
        if (salt % 2 == 0) {
            shots.add(new Shot(panel(e.getTitle(), 2, salt + 1), "Sesi diskusi dan tanya jawab bersama peserta.", false, second));
            shots.add(new Shot(hallFromBack(salt), "Peserta dari pemerintah daerah menyimak arahan narasumber.", false, first));
        }
        if (salt % 3 == 0) {
            shots.add(new Shot(signing(salt + 1), "Penyerahan cendera mata kepada narasumber.", false, null));
        }
        for (Shot s : shots) {
            uploads.importPhoto(e.getId(), s.sessionId(), s.jpeg(), s.caption(), "sumbar.sekretariat")
                    .setPublicShown(s.shown());
        }
        em.flush();
        // the cover is the group photo (the first upload); one event shows another choice: the panel
        if (salt == 1) {
            List<EventPhoto> ps = em.createQuery("select p from EventPhoto p where p.eventId = :e order by p.seq", EventPhoto.class)
                    .setParameter("e", e.getId()).getResultList();
            ps.forEach(p -> p.setCover(false));
            ps.get(2).setCover(true);
        }
    }

    // ---- drawings: shapes only, no real people -------------------------------------------------

    private static final Color[] SHIRTS = {new Color(0x7f8c8d), new Color(0x34495e), new Color(0x95a5a6), new Color(0x1e3a5f),
        new Color(0xbdc3c7), new Color(0x5d4037), new Color(0x2e7d32)};

    private static BufferedImage canvas(int w, int h, Graphics2D[] g) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        g[0] = img.createGraphics();
        g[0].setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g[0].setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        return img;
    }

    /** A person facing the camera: head, shoulders, a batik-like shirt colour. */
    private static void person(Graphics2D g, int x, int y, int r, Color shirt, boolean hijab) {
        g.setColor(shirt);
        g.fillRoundRect(x - r, y + r * 2 / 3, r * 2, r * 2, r, r);
        g.setColor(new Color(0xc68d62));
        g.fillOval(x - r / 2, y - r / 2, r, r + r / 5);
        if (hijab) {
            g.setColor(shirt.darker());
            g.fillArc(x - r * 3 / 5, y - r * 3 / 5, r * 6 / 5, r * 3 / 2, 0, 180);
            g.fillRect(x - r * 3 / 5, y, r / 6, r * 2 / 3);
            g.fillRect(x + r * 3 / 5 - r / 6, y, r / 6, r * 2 / 3);
        } else {
            g.setColor(new Color(0x2b1d14));
            g.fillArc(x - r / 2, y - r / 2, r, r * 2 / 3, 0, 180);
        }
    }

    private static void banner(Graphics2D g, int x, int y, int w, int h, String title) {
        g.setPaint(new GradientPaint(x, y, new Color(0x7b1e1e), x, y + h, new Color(0xa93226)));
        g.fillRect(x, y, w, h);
        g.setColor(new Color(0xf4d03f));
        g.fillRect(x, y + h - 8, w, 8);
        g.setColor(Color.WHITE);
        try {
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(16, h / 6)));
            g.drawString("RAPAT KOORDINASI", x + 24, y + h / 3);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(13, h / 9)));
            String t = title.length() > 70 ? title.substring(0, 67) + "…" : title;
            g.drawString(t, x + 24, y + h / 3 + h / 4);
        } catch (RuntimeException | LinkageError | InternalError noFonts) {
            // no fonts on the server: the banner stays without text
        }
    }

    private static byte[] group(String title, int salt) {
        Graphics2D[] gg = new Graphics2D[1];
        BufferedImage img = canvas(1280, 853, gg);
        Graphics2D g = gg[0];
        g.setPaint(new GradientPaint(0, 0, new Color(0xe8dcc8), 0, 853, new Color(0xcdb99a)));
        g.fillRect(0, 0, 1280, 853);
        banner(g, 140, 60, 1000, 220, title);
        g.setColor(new Color(0x8d6e63));
        g.fillRect(0, 700, 1280, 153);
        for (int row = 0; row < 3; row++) {
            int count = 11 - row;
            int r = 34 + row * 4;
            int y = 380 + row * 95;
            for (int i = 0; i < count; i++) {
                int x = 120 + row * 25 + i * (1040 - row * 50) / (count - 1);
                person(g, x, y, r, SHIRTS[(i + row + salt) % SHIRTS.length], (i + row + salt) % 3 == 0);
            }
        }
        g.dispose();
        return jpeg(img);
    }

    private static byte[] panel(String title, int speakers, int salt) {
        Graphics2D[] gg = new Graphics2D[1];
        BufferedImage img = canvas(1280, 853, gg);
        Graphics2D g = gg[0];
        g.setColor(new Color(0x3e4a59));
        g.fillRect(0, 0, 1280, 853);
        banner(g, 80, 40, 1120, 200, title);
        // the speakers behind the table
        for (int i = 0; i < speakers; i++) {
            int x = 1280 / (speakers + 1) * (i + 1);
            person(g, x, 400, 70, SHIRTS[(i * 2 + salt) % SHIRTS.length], (i + salt) % 2 == 1);
            g.setColor(new Color(0x212121));
            g.fillRect(x + 40, 430, 8, 90); // a microphone
            g.fillOval(x + 34, 418, 20, 20);
        }
        g.setColor(new Color(0x4e342e));
        g.fillRect(60, 520, 1160, 240);
        g.setColor(new Color(0xfafafa));
        g.fillRect(60, 520, 1160, 20);
        g.setColor(new Color(0x1b5e20));
        for (int i = 0; i < 6; i++) {
            g.fillOval(120 + i * 190, 560, 70, 40); // flower arrangement
        }
        g.dispose();
        return jpeg(img);
    }

    private static byte[] signing(int salt) {
        Graphics2D[] gg = new Graphics2D[1];
        BufferedImage img = canvas(1280, 853, gg);
        Graphics2D g = gg[0];
        g.setPaint(new GradientPaint(0, 0, new Color(0xd7ccc8), 0, 853, new Color(0xa1887f)));
        g.fillRect(0, 0, 1280, 853);
        for (int i = 0; i < 4; i++) {
            person(g, 230 + i * 270, 300, 75, SHIRTS[(i + salt) % SHIRTS.length], i == (salt % 4));
        }
        g.setColor(new Color(0xeceff1));
        g.fillRect(80, 470, 1120, 300);
        g.setColor(new Color(0x1a237e));
        g.fillRect(80, 470, 1120, 30);
        g.setStroke(new BasicStroke(3));
        for (int i = 0; i < 4; i++) {
            int x = 150 + i * 270;
            g.setColor(Color.WHITE);
            g.fillRect(x, 560, 160, 110); // the documents
            g.setColor(new Color(0x90a4ae));
            for (int l = 0; l < 5; l++) {
                g.drawLine(x + 15, 580 + l * 16, x + 145, 580 + l * 16);
            }
            g.setColor(new Color(0x0d47a1));
            g.drawLine(x + 60, 655, x + 130, 640); // a signature stroke
        }
        g.dispose();
        return jpeg(img);
    }

    private static byte[] hallFromBack(int salt) {
        Graphics2D[] gg = new Graphics2D[1];
        BufferedImage img = canvas(1280, 853, gg);
        Graphics2D g = gg[0];
        g.setColor(new Color(0xb0a089));
        g.fillRect(0, 0, 1280, 853);
        g.setColor(new Color(0x263238));
        g.fillRect(380, 60, 520, 290);
        g.setColor(new Color(0x4fc3f7));
        g.fillRect(395, 75, 490, 260);
        g.setColor(Color.WHITE);
        for (int l = 0; l < 5; l++) {
            g.fillRect(430, 110 + l * 40, 300 + (l * 37 + salt * 13) % 120, 14);
        }
        Color[] backs = SHIRTS;
        for (int row = 0; row < 4; row++) {
            int r = 30 + row * 8;
            int y = 450 + row * 100;
            for (int i = 0; i < 10 - row; i++) {
                int x = 60 + row * 35 + i * (1160 - row * 70) / (9 - row);
                g.setColor(backs[(i + row + salt) % backs.length]);
                g.fillRoundRect(x - r, y + r / 2, r * 2, r * 2, r, r);
                g.setColor(new Color(0x2b1d14));
                g.fillOval(x - r / 2, y - r / 2, r, r + r / 5);
            }
        }
        g.dispose();
        return jpeg(img);
    }

    private static byte[] jpeg(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
