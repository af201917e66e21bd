package id.sirakor.minutes.control;

import id.sirakor.event.entity.Event;
import id.sirakor.minutes.entity.Minutes;
import id.sirakor.minutes.entity.MinutesAttachment;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.storage.FileStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * Photos of the sessions (JPEG, PNG) and slides (PDF) attached to the draft of the minutes or to
 * one of its sessions: at most {@value #MAX_COUNT} per version and {@value #MAX_MB} MB each, the
 * type decided by the content (not the name or the header), the bytes in the file store.
 */
@ApplicationScoped
@Transactional
public class MinutesAttachments {

    public static final int MAX_COUNT = 20;
    public static final int MAX_MB = 5;
    static final long MAX_BYTES = MAX_MB * 1024L * 1024L;

    @PersistenceContext
    EntityManager em;

    @Inject
    MinutesService minutes;

    @Inject
    FileStore files;

    @Inject
    id.sirakor.identity.control.UnitScope scope;

    @Inject
    AuditLog audit;

    /** "image/jpeg", "image/png" or "application/pdf" by the first bytes; null for anything else. */
    public static String sniff(byte[] c) {
        if (c.length > 3 && (c[0] & 0xff) == 0xFF && (c[1] & 0xff) == 0xD8 && (c[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (c.length > 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G' && c[4] == 0x0D && c[5] == 0x0A) {
            return "image/png";
        }
        if (c.length > 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
            return "application/pdf";
        }
        return null;
    }

    private Event draftOf(long eventId, Minutes[] out) {
        scope.requireEventReader();
        Event e = minutes.writable(eventId);
        Minutes m = minutes.lockedLatest(e);
        minutes.requireTakerOrStaff(m);
        if (m.getStatus() != Minutes.Status.DRAFT) {
            throw BusinessException.conflict("minutes.locked");
        }
        out[0] = m;
        return e;
    }

    public MinutesAttachment add(long eventId, Long sessionId, String fileName, String caption, byte[] content) {
        Minutes[] m = new Minutes[1];
        Event e = draftOf(eventId, m);
        if (sessionId != null) {
            MinutesSessions.session(e, sessionId, "sessionId");
        }
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("file", "minutes.attachmentEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw BusinessException.invalid("file", "minutes.attachmentTooLarge", MAX_MB);
        }
        String type = sniff(content);
        if (type == null) {
            throw BusinessException.invalid("file", "minutes.attachmentType");
        }
        MinutesService.max("caption", caption, 300);
        Long count = em.createQuery("select count(a) from MinutesAttachment a where a.minutesId = :m", Long.class)
                .setParameter("m", m[0].getId()).getSingleResult();
        if (count >= MAX_COUNT) {
            throw BusinessException.invalid("file", "minutes.attachmentTooMany", MAX_COUNT);
        }
        Integer last = em.createQuery("select max(a.seq) from MinutesAttachment a where a.minutesId = :m", Integer.class)
                .setParameter("m", m[0].getId()).getSingleResult();
        String name = fileName == null || fileName.isBlank() ? "lampiran" : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        name = MinutesService.cut(name, 200);
        MinutesAttachment a = new MinutesAttachment(m[0].getId(), sessionId, (last == null ? 0 : last) + 1, type, files.store(content), name,
                MinutesService.trim(caption), content.length);
        em.persist(a);
        audit.record("minutes.attach", "Minutes", m[0].getId(), e.getUnit().getId(), name, null,
                Map.of("version", m[0].getVersionNo(), "type", type, "bytes", content.length, "sha256", a.getFileKey()));
        return a;
    }

    public void remove(long eventId, long attachmentId) {
        Minutes[] m = new Minutes[1];
        Event e = draftOf(eventId, m);
        MinutesAttachment a = em.find(MinutesAttachment.class, attachmentId);
        if (a == null || !a.getMinutesId().equals(m[0].getId())) {
            throw BusinessException.notFound("error.notFound");
        }
        em.remove(a);
        audit.record("minutes.detach", "Minutes", m[0].getId(), e.getUnit().getId(), a.getFileName(), null,
                Map.of("version", m[0].getVersionNo(), "sha256", a.getFileKey()));
    }

    /** An attachment of any version of an event the caller reads. */
    public MinutesAttachment find(long eventId, long attachmentId) {
        scope.requireEventReader();
        minutes.readable(eventId);
        MinutesAttachment a = em.find(MinutesAttachment.class, attachmentId);
        Minutes m = a == null ? null : em.find(Minutes.class, a.getMinutesId());
        if (m == null || m.getEventId() != eventId) {
            throw BusinessException.notFound("error.notFound");
        }
        return a;
    }
}
