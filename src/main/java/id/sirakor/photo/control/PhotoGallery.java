package id.sirakor.photo.control;

import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.photo.entity.EventPhoto;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The gallery's changes: caption, session, public or not, the cover (exactly one per event that has
 * photos), the order (up/down), delete; every change in the audit log. Only the event's own
 * secretariat and ADMIN change photos (the minute taker uploads but does not curate, docs/access.md).
 * Also the look-ups of one photo for the authorized and the public image endpoints.
 */
@ApplicationScoped
@Transactional
public class PhotoGallery {

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    EventPhotos photos;

    @Inject
    AuditLog audit;

    /** The event if the caller manages its photos: its own SEKRETARIAT or ADMIN. */
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

    /** True when the caller may change the event's photos (the gallery shows its buttons). */
    public boolean mayEdit(long eventId) {
        try {
            writable(eventId);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    private EventPhoto photoOf(Event e, long photoId) {
        EventPhoto p = em.find(EventPhoto.class, photoId, LockModeType.PESSIMISTIC_WRITE);
        if (p == null || !p.getEventId().equals(e.getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        return p;
    }

    /**
     * Caption (at most 300 characters, blank = none), session (null = the whole event) and the public
     * flag (null: as it was).
     */
    public EventPhotos.Photo update(long eventId, long photoId, String caption, Long sessionId, Boolean publicShown) {
        Event e = writable(eventId);
        String text = caption == null || caption.isBlank() ? null : caption.strip();
        if (text != null && text.length() > PhotoUploads.CAPTION_MAX) {
            throw BusinessException.invalid("caption", "photo.captionTooLong", PhotoUploads.CAPTION_MAX);
        }
        if (sessionId != null) {
            id.sirakor.event.entity.EventSession s = em.find(id.sirakor.event.entity.EventSession.class, sessionId);
            if (s == null || !s.getEvent().getId().equals(e.getId())) {
                throw BusinessException.invalid("sessionId", "photo.sessionUnknown");
            }
        }
        EventPhoto p = photoOf(e, photoId);
        Map<String, Object> before = snapshot(p);
        p.setCaption(text);
        p.setSessionId(sessionId);
        if (publicShown != null) {
            p.setPublicShown(publicShown);
        }
        Map<String, Object> after = snapshot(p);
        if (!before.equals(after)) {
            audit.record("photo.update", "Event", e.getId(), e.getUnit().getId(), text == null ? "#" + p.getId() : text, before, after);
        }
        return EventPhotos.Photo.of(p);
    }

    /** Makes this photo the event's one cover. */
    public void cover(long eventId, long photoId) {
        Event e = writable(eventId);
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        EventPhoto p = photoOf(e, photoId);
        if (p.isCover()) {
            return;
        }
        em.createQuery("update EventPhoto p set p.cover = false where p.eventId = :e and p.cover = true")
                .setParameter("e", e.getId()).executeUpdate();
        em.refresh(p);
        p.setCover(true);
        audit.record("photo.cover", "Event", e.getId(), e.getUnit().getId(), p.getCaption() == null ? "#" + p.getId() : p.getCaption(),
                null, Map.of("photo", p.getId()));
    }

    /** Moves the photo "UP" or "DOWN" (400 on direction for anything else). */
    public void move(long eventId, long photoId, String direction) {
        writable(eventId);
        if (!"UP".equals(direction) && !"DOWN".equals(direction)) {
            throw BusinessException.invalid("direction", "photo.direction");
        }
        move(eventId, photoId, "UP".equals(direction));
    }

    /** Swaps the photo with its neighbour before (up) or after it in the gallery's order. */
    public void move(long eventId, long photoId, boolean up) {
        Event e = writable(eventId);
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        EventPhoto p = photoOf(e, photoId);
        List<EventPhoto> all = em.createQuery("select p from EventPhoto p where p.eventId = :e order by p.seq, p.id", EventPhoto.class)
                .setParameter("e", e.getId()).getResultList();
        int i = all.indexOf(p);
        int j = up ? i - 1 : i + 1;
        if (i < 0 || j < 0 || j >= all.size()) {
            return; // already first or last
        }
        // number them 1..n first, so that equal or missing numbers from older uploads cannot stop a swap
        for (int k = 0; k < all.size(); k++) {
            all.get(k).setSeq(k + 1);
        }
        EventPhoto other = all.get(j);
        int s = p.getSeq();
        p.setSeq(other.getSeq());
        other.setSeq(s);
        audit.record("photo.move", "Event", e.getId(), e.getUnit().getId(), (up ? "↑ " : "↓ ") + "#" + p.getId(), null,
                Map.of("photo", p.getId(), "seq", p.getSeq()));
    }

    /** Deletes the photo (the stored files stay, addressed by their hash, as the file store keeps everything). */
    public void delete(long eventId, long photoId) {
        Event e = writable(eventId);
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        EventPhoto p = photoOf(e, photoId);
        boolean wasCover = p.isCover();
        Map<String, Object> before = snapshot(p);
        em.remove(p);
        em.flush();
        if (wasCover) {
            em.createQuery("select p from EventPhoto p where p.eventId = :e order by p.seq, p.id", EventPhoto.class)
                    .setParameter("e", e.getId()).setMaxResults(1).getResultList().forEach(next -> next.setCover(true));
        }
        audit.record("photo.delete", "Event", e.getId(), e.getUnit().getId(), p.getCaption() == null ? "#" + p.getId() : p.getCaption(),
                before, null);
    }

    /** One photo of an event the caller reads (staff or minute taker of its unit or above). */
    public EventPhotos.Photo find(long eventId, long photoId) {
        photos.readable(eventId);
        EventPhoto p = em.find(EventPhoto.class, photoId);
        if (p == null || !p.getEventId().equals(eventId)) {
            throw BusinessException.notFound("error.notFound");
        }
        return EventPhotos.Photo.of(p);
    }

    /** A photo marked public of a public event (published, ongoing or closed); 404 for anything else. No login. */
    public EventPhotos.Photo findPublic(String slug, long photoId) {
        Event e = publicEvent(slug);
        EventPhoto p = em.find(EventPhoto.class, photoId);
        if (p == null || !p.getEventId().equals(e.getId()) || !p.isPublicShown()) {
            throw BusinessException.notFound("error.notFound");
        }
        return EventPhotos.Photo.of(p);
    }

    /** The public gallery of an event: only photos marked public, of a published, ongoing or closed event; cover first. */
    public List<EventPhotos.Photo> publicGallery(String slug) {
        return photos.publicPhotos(publicEvent(slug).getId());
    }

    private Event publicEvent(String slug) {
        List<Event> found = em.createQuery("select e from Event e where e.slug = :s", Event.class)
                .setParameter("s", slug == null ? "" : slug).getResultList();
        if (found.isEmpty() || !found.get(0).getStatus().isPublic()) {
            throw BusinessException.notFound("error.notFound");
        }
        return found.get(0);
    }

    private static Map<String, Object> snapshot(EventPhoto p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("photo", p.getId());
        m.put("caption", p.getCaption());
        m.put("sessionId", p.getSessionId());
        m.put("public", p.isPublicShown());
        m.put("cover", p.isCover());
        m.put("sha256", p.getFileKey());
        return m;
    }
}
