package id.sirakor.event.control;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.event.entity.SpeakerMaterial;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.config.Settings;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.storage.FileStore;
import id.sirakor.speaker.entity.Speaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Speaker materials. A NARASUMBER uploads for the sessions they speak in; the event's
 * secretariat may upload for any speaker of its event. The file type is decided by the content,
 * not by the name: a PDF starts with %PDF-, a PPTX is a ZIP with ppt/presentation.xml.
 */
@ApplicationScoped
@Transactional
public class Materials {

    public static final String PDF = "application/pdf";
    public static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

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

    public static long maxBytes() {
        return Long.parseLong(Settings.get("sirakor.material.max.mb", "SIRAKOR_MATERIAL_MAX_MB", "20")) * 1024 * 1024;
    }

    /** The sessions the logged-in NARASUMBER speaks in (as official, representative or moderator). */
    public List<EventSession> mySessions() {
        // left joins throughout: a path like sl.representedBy.user would be an inner join and drop
        // every slot without a representative
        List<EventSession> sessions = em.createQuery("select distinct s from EventSession s left join s.slots sl"
                        + " left join sl.speaker sp left join sp.user su left join sl.representedBy rp left join rp.user ru"
                        + " left join s.moderator mo left join mo.user mu"
                        + " where su.id = :u or ru.id = :u or mu.id = :u order by s.startsAt", EventSession.class)
                .setParameter("u", scope.user().userId()).getResultList();
        sessions.forEach(s -> {
            EventService.initialize(s.getEvent());
            s.getEvent().getDays().size();
        });
        return sessions;
    }

    /** The published materials of an event, for its public page (the caller checks the event is public). */
    public List<SpeakerMaterial> published(long eventId) {
        return load(em.createQuery("select m from SpeakerMaterial m join m.session s where s.event.id = :e"
                + " and m.published = true order by s.startsAt, m.id", SpeakerMaterial.class).setParameter("e", eventId).getResultList());
    }

    /** Every material of an event, published or not: staff of a unit that reads the event. */
    public List<SpeakerMaterial> ofEvent(long eventId) {
        scope.requireStaff();
        Event e = em.find(Event.class, eventId);
        if (e == null || !scope.canRead(e.getUnit())) {
            throw BusinessException.notFound("error.notFound");
        }
        return load(em.createQuery("select m from SpeakerMaterial m join m.session s where s.event.id = :e"
                + " order by s.startsAt, m.id", SpeakerMaterial.class).setParameter("e", eventId).getResultList());
    }

    /** The materials of the sessions the logged-in NARASUMBER speaks in (their own and their co-speakers'). */
    public List<SpeakerMaterial> ofMySessions() {
        List<Long> sessions = mySessions().stream().map(EventSession::getId).toList();
        if (sessions.isEmpty()) {
            return List.of();
        }
        return load(em.createQuery("select m from SpeakerMaterial m join m.session s where s.id in :s"
                + " order by s.startsAt, m.id", SpeakerMaterial.class).setParameter("s", sessions).getResultList());
    }

    /**
     * A material for download by someone who may see it unpublished: staff of a unit that reads
     * the event, or a speaker of its session.
     */
    public SpeakerMaterial forDownload(long id) {
        scope.user();
        SpeakerMaterial m = em.find(SpeakerMaterial.class, id);
        if (m == null) {
            throw BusinessException.notFound("error.notFound");
        }
        EventSession session = m.getSession();
        boolean staff = scope.isStaff() && scope.canRead(session.getEvent().getUnit());
        boolean speaker = !staff && mySessions().stream().anyMatch(x -> x.getId().equals(session.getId()));
        if (!staff && !speaker) {
            throw BusinessException.notFound("error.notFound");
        }
        return m;
    }

    private static List<SpeakerMaterial> load(List<SpeakerMaterial> list) {
        list.forEach(m -> {
            m.getSpeaker().getName();
            m.getSession().getTitle();
        });
        return list;
    }

    public SpeakerMaterial upload(long sessionId, long speakerId, String fileName, byte[] content, boolean publish) {
        EventSession session = em.find(EventSession.class, sessionId);
        Speaker speaker = em.find(Speaker.class, speakerId);
        if (session == null || speaker == null) {
            throw BusinessException.notFound("error.notFound");
        }
        requireUploader(session, speaker);
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("file", "material.empty");
        }
        if (content.length > maxBytes()) {
            throw BusinessException.invalid("file", "material.tooLarge", maxBytes() / (1024 * 1024));
        }
        String type = detect(content);
        if (type == null) {
            throw BusinessException.invalid("file", "material.type");
        }
        SpeakerMaterial m = new SpeakerMaterial();
        m.setSession(session);
        m.setSpeaker(speaker);
        m.setFileName(cleanName(fileName, type));
        m.setContentType(type);
        m.setSizeBytes(content.length);
        m.setSha256(files.store(content));
        m.setPublished(publish);
        m.setUploadedBy(scope.user().username());
        m.setUploadedAt(clock.now());
        em.persist(m);
        em.flush();
        Event e = session.getEvent();
        audit.record("material.upload", "Event", e.getId(), e.getUnit().getId(), m.getFileName(), null,
                Map.of("materialId", m.getId(), "sha256", m.getSha256(), "published", publish));
        return m;
    }

    public void setPublished(long materialId, boolean published) {
        SpeakerMaterial m = em.find(SpeakerMaterial.class, materialId);
        if (m == null) {
            throw BusinessException.notFound("error.notFound");
        }
        requireUploader(m.getSession(), m.getSpeaker());
        m.setPublished(published);
        Event e = m.getSession().getEvent();
        audit.record("material.publish", "Event", e.getId(), e.getUnit().getId(), m.getFileName(), null,
                Map.of("materialId", m.getId(), "published", published));
    }

    /** A published material of a public event, for download by anybody. */
    public SpeakerMaterial publicMaterial(long id) {
        SpeakerMaterial m = em.find(SpeakerMaterial.class, id);
        if (m == null || !m.isPublished() || !m.getSession().getEvent().getStatus().isPublic()) {
            throw BusinessException.notFound("error.notFound");
        }
        return m;
    }

    private void requireUploader(EventSession session, Speaker speaker) {
        var user = scope.user();
        boolean speaks = session.getSlots().stream().anyMatch(sl -> is(sl.getSpeaker(), speaker) || is(sl.getRepresentedBy(), speaker))
                || is(session.getModerator(), speaker);
        if (!speaks) {
            throw BusinessException.invalid("speaker", "material.notInSession");
        }
        boolean ownSpeaker = user.has(Role.NARASUMBER) && speaker.getUser() != null
                && speaker.getUser().getId().equals(user.userId());
        if (ownSpeaker) {
            return;
        }
        scope.requireRole(Role.ADMIN, Role.SEKRETARIAT);
        scope.requireWritable(session.getEvent().getUnit());
    }

    private static boolean is(Speaker a, Speaker b) {
        return a != null && b != null && a.getId().equals(b.getId());
    }

    /** PDF or PPTX by their content; null for anything else. */
    public static String detect(byte[] c) {
        if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
            return PDF;
        }
        if (c.length >= 4 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4) {
            boolean types = false;
            boolean presentation = false;
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(c))) {
                for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                    types |= e.getName().equals("[Content_Types].xml");
                    presentation |= e.getName().equals("ppt/presentation.xml");
                }
            } catch (IOException | IllegalArgumentException e) {
                return null;
            }
            return types && presentation ? PPTX : null;
        }
        return null;
    }

    static String cleanName(String name, String type) {
        String base = name == null ? "materi" : name.replaceAll(".*[/\\\\]", "").replaceAll("[^\\p{L}\\p{N} ._()-]", "_").trim();
        if (base.isEmpty()) {
            base = "materi";
        }
        String ext = PDF.equals(type) ? ".pdf" : ".pptx";
        base = base.replaceAll("(?i)\\.(pdf|pptx)$", "");
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + ext;
    }
}
