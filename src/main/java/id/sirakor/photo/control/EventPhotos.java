package id.sirakor.photo.control;

import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.photo.entity.EventPhoto;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The photos of an event, read side: what the gallery, the laporan kegiatan (lampiran) and the
 * news release draft use. Staff of the event's unit or a unit above read them; the public gallery
 * reads only the photos marked public of a published event ({@link #publicPhotos}).
 * Uploading (resizing, orientation, metadata stripped) is {@code PhotoUploads}.
 */
@ApplicationScoped
@Transactional
public class EventPhotos {

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    FileStore files;

    /** A photo as documents need it. */
    public record Photo(long id, long eventId, Long sessionId, int seq, String fileKey, String thumbKey, int width, int height,
                        String caption, boolean cover, boolean publicShown, java.time.Instant takenAt) {

        /** The record without when it was taken (the first shape of this record; the laporan and news use it). */
        public Photo(long id, long eventId, Long sessionId, int seq, String fileKey, String thumbKey, int width, int height,
                     String caption, boolean cover, boolean publicShown) {
            this(id, eventId, sessionId, seq, fileKey, thumbKey, width, height, caption, cover, publicShown, null);
        }

        static Photo of(EventPhoto p) {
            return new Photo(p.getId(), p.getEventId(), p.getSessionId(), p.getSeq(), p.getFileKey(), p.getThumbKey(), p.getWidth(),
                    p.getHeight(), p.getCaption(), p.isCover(), p.isPublicShown(), p.getTakenAt());
        }
    }

    /** The event if the caller may read it (staff or minute taker of its unit or above): 403 by role, 404 when not visible. */
    Event readable(long eventId) {
        scope.requireEventReader();
        Event e = em.find(Event.class, eventId);
        if (e == null || !scope.canRead(e.getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        return e;
    }

    /** What the gallery page shows about its event: the title, whether it is public, its sessions in timetable order. */
    public record Header(long id, String title, String slug, boolean publicEvent, List<SessionRef> sessions) implements java.io.Serializable {
    }

    public record SessionRef(long id, String title) implements java.io.Serializable {
    }

    public Header header(long eventId) {
        Event e = readable(eventId);
        id.sirakor.event.control.EventService.initialize(e);
        return new Header(e.getId(), e.getTitle(), e.getSlug(), e.getStatus().isPublic(),
                e.getSessions().stream().map(s -> new SessionRef(s.getId(), s.getTitle())).toList());
    }

    /** The photos in the gallery's order (seq), the cover where it stands: what the manage page lists. */
    public List<Photo> inOrder(long eventId) {
        readable(eventId);
        return em.createQuery("select p from EventPhoto p where p.eventId = :e order by p.seq, p.id", EventPhoto.class)
                .setParameter("e", eventId).getResultList().stream().map(Photo::of).toList();
    }

    /** All photos of the event, cover first, then in their order. */
    public List<Photo> forEvent(long eventId) {
        readable(eventId);
        return list(eventId, false);
    }

    /** The cover photo, or else the first photo; empty when the event has none. */
    public Optional<Photo> cover(long eventId) {
        List<Photo> all = forEvent(eventId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** The photos marked public, for the event page; no login. The caller checks the event is public. */
    public List<Photo> publicPhotos(long eventId) {
        return list(eventId, true);
    }

    List<Photo> list(long eventId, boolean onlyPublic) {
        return em.createQuery("select p from EventPhoto p where p.eventId = :e" + (onlyPublic ? " and p.publicShown = true" : "")
                        + " order by p.cover desc, p.seq, p.id", EventPhoto.class)
                .setParameter("e", eventId)
                .getResultList().stream().map(Photo::of).toList();
    }

    /** The normalized JPEG of a photo (or its thumbnail). */
    public byte[] bytes(String fileKey) {
        try (InputStream in = files.open(fileKey)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
