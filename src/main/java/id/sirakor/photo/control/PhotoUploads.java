package id.sirakor.photo.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventSession;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.Role;
import id.sirakor.photo.entity.EventPhoto;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Adds photos to an event (ADR 0090): each upload is checked (type by content, at most
 * {@value #MAX_MB} MB, at most 50 megapixels by its header) and normalized by {@link PhotoImage}
 * (upright by its EXIF orientation, at most {@value PhotoImage#MAX_EDGE} px, re-encoded so that no
 * metadata and no location is kept; DateTimeOriginal becomes {@code taken_at}), with a thumbnail of
 * {@value PhotoImage#THUMB_EDGE} px. The event's own secretariat, ADMIN, and the minute taker
 * (NOTULIS) of the event's unit add photos; at most {@value #MAX_PER_EVENT} per event. The first
 * photo of an event becomes its cover. Each photo is its own transaction: a refused file in a
 * batch leaves the others stored.
 */
@ApplicationScoped
@Transactional
public class PhotoUploads {

    public static final int MAX_EDGE = PhotoImage.MAX_EDGE;
    public static final int THUMB_EDGE = PhotoImage.THUMB_EDGE;
    public static final int MAX_MB = 15;
    public static final long MAX_BYTES = MAX_MB * 1024L * 1024L;
    public static final int MAX_PER_EVENT = 300;
    /** Files in one upload request (the page sends one file per request, programs may send a batch). */
    public static final int MAX_PER_REQUEST = 20;
    public static final int CAPTION_MAX = 300;

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

    /** May the caller add photos to the event: ADMIN, SEKRETARIAT or NOTULIS of the event's own unit. 404 / 403 otherwise. */
    Event uploadable(long eventId) {
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT, Role.NOTULIS);
        Event e = em.find(Event.class, eventId);
        if (e == null || !scope.canRead(e.getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        if (!scope.canWrite(e.getUnit())) {
            throw BusinessException.forbidden("error.readOnlyUnit", e.getUnit().getName());
        }
        return e;
    }

    /** True when the caller may upload photos to the event (for the page's upload box). */
    public boolean mayUpload(long eventId) {
        try {
            uploadable(eventId);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    /** Adds one photo (JPEG or PNG bytes) with an optional caption, for the event or one of its sessions. */
    public EventPhoto add(long eventId, Long sessionId, byte[] upload, String caption) {
        Event e = uploadable(eventId);
        return store(e, sessionId, upload, caption, scope.user().username());
    }

    /** Adds a photo without a caller (demo data, imports run by the system): no access check. */
    public EventPhoto importPhoto(long eventId, Long sessionId, byte[] upload, String caption, String uploadedBy) {
        Event e = em.find(Event.class, eventId);
        if (e == null) {
            throw BusinessException.notFound("error.notFound");
        }
        return store(e, sessionId, upload, caption, uploadedBy);
    }

    private EventPhoto store(Event e, Long sessionId, byte[] upload, String caption, String uploadedBy) {
        if (upload == null || upload.length == 0) {
            throw BusinessException.invalid("file", "photo.empty");
        }
        if (upload.length > MAX_BYTES) {
            throw BusinessException.invalid("file", "photo.tooLarge", MAX_MB);
        }
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        if (text != null && text.length() > CAPTION_MAX) {
            throw BusinessException.invalid("caption", "photo.captionTooLong", CAPTION_MAX);
        }
        if (sessionId != null) {
            session(e, sessionId);
        }
        // the count and the order are decided one upload at a time per event
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        long count = em.createQuery("select count(p) from EventPhoto p where p.eventId = :e", Long.class)
                .setParameter("e", e.getId()).getSingleResult();
        if (count >= MAX_PER_EVENT) {
            throw BusinessException.invalid("file", "photo.tooMany", MAX_PER_EVENT);
        }
        PhotoImage.Normalized n = PhotoImage.normalize(upload);
        String key = files.store(n.jpeg());
        String thumbKey = files.store(n.thumb());
        Integer max = em.createQuery("select max(p.seq) from EventPhoto p where p.eventId = :e", Integer.class)
                .setParameter("e", e.getId()).getSingleResult();
        EventPhoto p = new EventPhoto(e.getId(), sessionId, max == null ? 1 : max + 1, key, thumbKey, n.width(), n.height(),
                n.jpeg().length, text, n.exif().takenAt(e.zone()), uploadedBy, clock.now());
        p.setCover(count == 0); // an event with photos always has exactly one cover
        em.persist(p);
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("photo", p.getId());
        after.put("bytes", n.jpeg().length);
        after.put("uploadBytes", upload.length);
        after.put("width", n.width());
        after.put("height", n.height());
        after.put("orientation", n.exif().orientation());
        after.put("sha256", key);
        audit.record("photo.add", "Event", e.getId(), e.getUnit().getId(), p.getCaption() == null ? "" : p.getCaption(), null, after);
        return p;
    }

    /** A session of this event, else 400 on sessionId. */
    EventSession session(Event e, long sessionId) {
        EventSession s = em.find(EventSession.class, sessionId);
        if (s == null || !s.getEvent().getId().equals(e.getId())) {
            throw BusinessException.invalid("sessionId", "photo.sessionUnknown");
        }
        return s;
    }
}
