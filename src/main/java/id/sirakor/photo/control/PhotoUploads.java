package id.sirakor.photo.control;

import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.photo.entity.EventPhoto;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Adds photos to an event: the upload is decoded and re-encoded as a JPEG (which drops every
 * metadata block, the location with it), at most {@value #MAX_EDGE} px on its long edge, with a
 * thumbnail of {@value #THUMB_EDGE} px. Only the event's own secretariat adds photos.
 */
@ApplicationScoped
@Transactional
public class PhotoUploads {

    public static final int MAX_EDGE = 2048;
    public static final int THUMB_EDGE = 480;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    Event writable(long eventId) {
        scope.requireStaff();
        Event e = em.find(Event.class, eventId);
        if (e == null || !scope.canRead(e.getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        if (!scope.canManage(e.getUnit())) {
            throw BusinessException.forbidden("error.readOnlyUnit", e.getUnit().getName());
        }
        return e;
    }

    /** Adds one photo (JPEG or PNG bytes) with an optional caption, for the event or one of its sessions. */
    public EventPhoto add(long eventId, Long sessionId, byte[] upload, String caption) {
        Event e = writable(eventId);
        BufferedImage img = decode(upload);
        BufferedImage full = scaled(img, MAX_EDGE);
        BufferedImage thumb = scaled(img, THUMB_EDGE);
        byte[] jpeg = jpeg(full);
        String key = files.store(jpeg);
        String thumbKey = files.store(jpeg(thumb));
        Integer max = em.createQuery("select max(p.seq) from EventPhoto p where p.eventId = :e", Integer.class)
                .setParameter("e", eventId).getSingleResult();
        EventPhoto p = new EventPhoto(eventId, sessionId, max == null ? 1 : max + 1, key, thumbKey, full.getWidth(), full.getHeight(),
                jpeg.length, caption == null || caption.isBlank() ? null : caption.strip(), null, scope.user().username(), clock.now());
        em.persist(p);
        audit.record("photo.add", "Event", eventId, e.getUnit().getId(), p.getCaption() == null ? "" : p.getCaption(), null,
                java.util.Map.of("photo", p.getId(), "bytes", jpeg.length, "sha256", key));
        return p;
    }

    static BufferedImage decode(byte[] upload) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(upload));
            if (img == null) {
                throw BusinessException.invalid("photo.notAnImage");
            }
            return img;
        } catch (IOException e) {
            throw BusinessException.invalid("photo.notAnImage");
        }
    }

    static BufferedImage scaled(BufferedImage src, int maxEdge) {
        int w = src.getWidth();
        int h = src.getHeight();
        double f = Math.min(1.0, (double) maxEdge / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * f));
        int th = Math.max(1, (int) Math.round(h * f));
        BufferedImage out = new BufferedImage(tw, th, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, tw, th, java.awt.Color.WHITE, null);
        g.dispose();
        return out;
    }

    static byte[] jpeg(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
