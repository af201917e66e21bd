package id.sirakor.news.control;

import id.sirakor.event.entity.Event;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.news.entity.NewsDraft;
import id.sirakor.photo.control.EventPhotos;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
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
import java.util.Optional;

/**
 * The news release draft of an event (issue 14, ADR 0094): generate it from the event's data, the
 * minutes (approved version preferred) and their points marked "kutipan"; edit; export as HTML and
 * .docx. Who: staff (SEKRETARIAT, ADMIN) of the event's unit or a unit above read; the event's own
 * secretariat (or ADMIN) generates and edits. NOTULIS, operators and speakers: 403 (docs/access.md).
 * Checks in the documented order: 401, role (403), visibility (404), own unit (403), state (409), input (400).
 */
@ApplicationScoped
@Transactional
public class NewsService {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    UnitScope scope;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    @Inject
    EventPhotos photos;

    @Inject
    NewsComposer composer;

    /** What the page and the API show: the draft (null before "Buat draf"), the event, the cover photo. */
    public record View(long eventId, String eventTitle, String unitName, NewsDraft draft, boolean canEdit,
                       Optional<EventPhotos.Photo> cover, String source) implements java.io.Serializable {
    }

    // ---- access -----------------------------------------------------------------------------

    /** Staff of the event's unit or a unit above: 401 / 403 by role / 404 when not visible. */
    Event readable(long eventId) {
        scope.requireStaff();
        Event e = em.find(Event.class, eventId);
        if (e == null || !scope.canRead(e.getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        return e;
    }

    /** The event's own secretariat, or ADMIN. */
    Event writable(long eventId) {
        Event e = readable(eventId);
        if (!scope.canWrite(e.getUnit())) {
            throw BusinessException.forbidden("error.readOnlyUnit", e.getUnit().getName());
        }
        return e;
    }

    public NewsDraft draft(long eventId) {
        List<NewsDraft> l = em.createQuery("select n from NewsDraft n where n.eventId = :e", NewsDraft.class)
                .setParameter("e", eventId).getResultList();
        return l.isEmpty() ? null : l.get(0);
    }

    public View view(long eventId) {
        Event e = readable(eventId);
        NewsDraft d = draft(eventId);
        if (d != null) {
            em.detach(d);
        }
        return new View(e.getId(), e.getTitle(), e.getUnit().getName(), d, scope.canWrite(e.getUnit()), photos.cover(eventId),
                d == null ? null : source(d));
    }

    /** "notula versi 2 (disetujui)" for the page; null when generated without minutes. */
    static String source(NewsDraft d) {
        return d.getMinutesVersion() == null ? null : d.getMinutesVersion() + "|" + d.getMinutesStatus();
    }

    // ---- generate ---------------------------------------------------------------------------

    /**
     * Fills the template from the event's data. An existing draft that someone edited is only
     * overwritten when {@code overwrite} is set (409 otherwise), so "Buat draf" asks first.
     */
    public NewsDraft generate(long eventId, boolean overwrite) {
        Event e = writable(eventId);
        em.lock(e, LockModeType.PESSIMISTIC_WRITE);
        NewsDraft d = draft(eventId);
        if (d != null && d.isEdited() && !overwrite) {
            throw BusinessException.conflict("news.overwriteEdited");
        }
        String me = scope.user().username();
        boolean created = d == null;
        if (created) {
            d = new NewsDraft(eventId);
        }
        NewsComposer.Result r = composer.compose(e);
        d.setTitle(r.article().title());
        d.setBody(cut(r.article().body(), BODY_MAX));
        d.setMinutesVersion(r.minutes() == null ? null : r.minutes().getVersionNo());
        d.setMinutesStatus(r.minutes() == null ? null : r.minutes().getStatus().name());
        d.setEdited(false);
        d.setGeneratedAt(clock.now());
        d.setGeneratedBy(me);
        d.setUpdatedAt(clock.now());
        d.setUpdatedBy(me);
        if (created) {
            em.persist(d);
        }
        em.flush();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("title", d.getTitle());
        after.put("minutesVersion", d.getMinutesVersion());
        after.put("overwrote", !created);
        audit.record("news.generate", "Event", e.getId(), e.getUnit().getId(), d.getTitle(), null, after);
        return d;
    }

    static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    // ---- edit -------------------------------------------------------------------------------

    /** Saves the edited title and body (both required, bounded); {@code expectedVersion} guards against a lost update. */
    public NewsDraft save(long eventId, String title, String body, Long expectedVersion) {
        Event e = writable(eventId);
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.replace("\r\n", "\n").replace('\r', '\n').strip();
        if (t.isEmpty()) {
            throw BusinessException.invalid("title", "news.titleRequired");
        }
        if (t.length() > TITLE_MAX) {
            throw BusinessException.invalid("title", "news.titleTooLong", TITLE_MAX);
        }
        if (t.chars().anyMatch(c -> c < 0x20)) {
            throw BusinessException.invalid("title", "news.titleOneLine");
        }
        if (b.isEmpty()) {
            throw BusinessException.invalid("body", "news.bodyRequired");
        }
        if (b.length() > BODY_MAX) {
            throw BusinessException.invalid("body", "news.bodyTooLong", BODY_MAX);
        }
        NewsDraft d = draft(eventId);
        String me = scope.user().username();
        Map<String, Object> before = null;
        if (d == null) {
            d = new NewsDraft(eventId);
            d.setGeneratedAt(clock.now());
            d.setGeneratedBy(me);
        } else {
            if (expectedVersion != null && expectedVersion != d.getVersion()) {
                throw BusinessException.conflict("news.changedMeanwhile");
            }
            before = Map.of("title", d.getTitle(), "bodyLength", d.getBody().length());
        }
        d.setTitle(t);
        d.setBody(b);
        d.setEdited(true);
        d.setUpdatedAt(clock.now());
        d.setUpdatedBy(me);
        if (d.getId() == null) {
            em.persist(d);
        }
        em.flush();
        audit.record("news.save", "Event", e.getId(), e.getUnit().getId(), t, before, Map.of("title", t, "bodyLength", b.length()));
        return d;
    }

    // ---- exports ----------------------------------------------------------------------------

    /** The draft and its cover photo's bytes, for the exports; 404 before a draft exists. */
    public record Export(NewsDraft draft, byte[] coverJpeg, String coverCaption, int coverWidth, int coverHeight, String slug) {
    }

    public Export export(long eventId) {
        Event e = readable(eventId);
        NewsDraft d = draft(eventId);
        if (d == null) {
            throw BusinessException.notFound("news.none");
        }
        Optional<EventPhotos.Photo> c = photos.cover(eventId);
        return new Export(d, c.map(p -> photos.bytes(p.fileKey())).orElse(null), c.map(EventPhotos.Photo::caption).orElse(null),
                c.map(EventPhotos.Photo::width).orElse(0), c.map(EventPhotos.Photo::height).orElse(0),
                e.getSlug() == null ? "berita-" + e.getId() : "berita-" + e.getSlug());
    }

    public String html(long eventId) {
        return NewsExport.html(export(eventId));
    }

    public byte[] docx(long eventId) {
        return NewsExport.docx(export(eventId));
    }
}
