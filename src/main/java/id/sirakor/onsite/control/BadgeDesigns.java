package id.sirakor.onsite.control;

import id.sirakor.event.boundary.EventDisplay;
import id.sirakor.event.entity.Event;
import id.sirakor.onsite.entity.BadgeDesign;
import id.sirakor.onsite.entity.BadgeRoleKind;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.document.BadgePdf;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.storage.FileStore;
import id.sirakor.platform.time.IndonesianTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The badge designer of an event: the sheet, the optional fields, the colour of each role's band
 * and the event's logo; the live preview of one badge; and what every printed badge of the event
 * shares (BadgeService prints with it). Read by the event's staff, changed by its secretariat
 * (OnsiteAccess); every change is audited.
 */
@ApplicationScoped
@Transactional
public class BadgeDesigns {

    /** The largest logo accepted, in bytes. */
    public static final int LOGO_MAX = 1024 * 1024;
    /** The longest side of a logo in pixels: larger images are refused before they are decoded. */
    public static final int LOGO_MAX_SIDE = 4000;

    @PersistenceContext
    EntityManager em;

    @Inject
    OnsiteAccess access;

    @Inject
    FileStore files;

    @Inject
    AuditLog audit;

    @Inject
    AppClock clock;

    /** The values being edited: sheet A6 | A4_4 | A4_8, the shown fields, colours by role name (PESERTA …). */
    public record DesignData(String sheet, Boolean showInstitution, Boolean showRole, Boolean showDates, Map<String, String> colours)
            implements java.io.Serializable {
    }

    /** The design as saved (or the defaults, saved=false), and whether the caller may change it. */
    public record DesignView(String sheet, boolean showInstitution, boolean showRole, boolean showDates, Map<String, String> colours,
                             boolean hasLogo, boolean saved, boolean editable) {
    }

    public DesignView view(long eventId) {
        Event e = access.staffReadable(eventId);
        BadgeDesign d = effective(e.getId());
        Map<String, String> colours = new LinkedHashMap<>();
        d.colours().forEach((k, v) -> colours.put(k.name(), v));
        return new DesignView(d.getSheet(), d.isShowInstitution(), d.isShowRole(), d.isShowDates(), colours, d.getLogoFile() != null,
                d.getUpdatedAt() != null, access.canWrite(eventId));
    }

    public DesignView save(long eventId, DesignData data) {
        Event e = access.writable(eventId);
        validate(data);
        BadgeDesign d = em.find(BadgeDesign.class, e.getId());
        boolean created = d == null;
        if (created) {
            d = new BadgeDesign(e.getId());
        }
        Map<String, Object> before = created ? null : Map.of("sheet", d.getSheet(), "colours", d.colours().toString(),
                "fields", fields(d));
        apply(d, data);
        d.setUpdatedAt(clock.now());
        if (created) {
            em.persist(d);
        }
        audit.record("badge.design", "BadgeDesign", e.getId(), e.getUnit().getId(), e.getTitle(), before,
                Map.of("sheet", d.getSheet(), "colours", d.colours().toString(), "fields", fields(d)));
        return view(eventId);
    }

    private static String fields(BadgeDesign d) {
        return (d.isShowInstitution() ? "institution " : "") + (d.isShowRole() ? "role " : "") + (d.isShowDates() ? "dates" : "");
    }

    /**
     * Stores the event's logo (PNG or JPEG, at most 1 MB, decoded to make sure it is an image) or,
     * with null, removes it. A design with the defaults is saved along.
     */
    public void logo(long eventId, byte[] content) {
        Event e = access.writable(eventId);
        String key = null;
        if (content != null) {
            checkImage(content);
            key = files.store(content);
        }
        BadgeDesign d = em.find(BadgeDesign.class, e.getId());
        if (d == null) {
            d = new BadgeDesign(e.getId());
            d.setUpdatedAt(clock.now());
            em.persist(d);
        }
        String before = d.getLogoFile();
        d.setLogoFile(key);
        d.setUpdatedAt(clock.now());
        if (key == null) {
            audit.record("badge.logoRemoved", "BadgeDesign", e.getId(), e.getUnit().getId(), e.getTitle(),
                    before == null ? null : Map.of("file", before), null);
        } else {
            audit.record("badge.logo", "BadgeDesign", e.getId(), e.getUnit().getId(), e.getTitle(),
                    before == null ? null : Map.of("file", before), Map.of("file", key, "bytes", content.length));
        }
    }

    /** Refuses what is not a PNG or JPEG image of at most 1 MB and 4000 pixels a side (400, field "file"). */
    public static void checkImage(byte[] content) {
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("file", "badge.logo.required");
        }
        if (content.length > LOGO_MAX) {
            throw BusinessException.invalid("file", "badge.logo.tooLarge");
        }
        boolean png = content.length > 8 && (content[0] & 0xff) == 0x89 && content[1] == 'P' && content[2] == 'N' && content[3] == 'G';
        boolean jpeg = content.length > 3 && (content[0] & 0xff) == 0xFF && (content[1] & 0xff) == 0xD8;
        if (!png && !jpeg) {
            throw BusinessException.invalid("file", "badge.logo.notImage");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                throw BusinessException.invalid("file", "badge.logo.notImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w < 1 || h < 1 || w > LOGO_MAX_SIDE || h > LOGO_MAX_SIDE) {
                    throw BusinessException.invalid("file", "badge.logo.tooManyPixels", LOGO_MAX_SIDE);
                }
                if (reader.read(0) == null) {
                    throw BusinessException.invalid("file", "badge.logo.notImage");
                }
            } finally {
                reader.dispose();
            }
            // what the PDF toolkit will embed: it must read it too
            com.itextpdf.io.image.ImageDataFactory.create(content);
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof BusinessException b) {
                throw b;
            }
            throw BusinessException.invalid("file", "badge.logo.notImage");
        }
    }

    /** 400 naming the field: sheet, colours (an unknown role) or colourPESERTA … (not #rrggbb). */
    public static void validate(DesignData d) {
        if (d == null) {
            throw BusinessException.invalid("sheet", "validation.required");
        }
        if (d.sheet() != null && !d.sheet().isBlank()) {
            try {
                BadgePdf.Sheet.valueOf(d.sheet().trim());
            } catch (IllegalArgumentException e) {
                throw BusinessException.invalid("sheet", "badge.design.badSheet");
            }
        }
        if (d.colours() != null) {
            for (var c : d.colours().entrySet()) {
                BadgeRoleKind role;
                try {
                    role = BadgeRoleKind.valueOf(String.valueOf(c.getKey()));
                } catch (IllegalArgumentException e) {
                    throw BusinessException.invalid("colours", "badge.design.badRole", c.getKey());
                }
                if (c.getValue() != null && !c.getValue().isBlank() && !c.getValue().trim().matches("#[0-9a-fA-F]{6}")) {
                    throw BusinessException.invalid("colour" + role.name(), "badge.design.badColour", role.label());
                }
            }
        }
    }

    static void apply(BadgeDesign d, DesignData data) {
        if (data.sheet() != null && !data.sheet().isBlank()) {
            d.setSheet(data.sheet().trim());
        }
        if (data.showInstitution() != null) {
            d.setShowInstitution(data.showInstitution());
        }
        if (data.showRole() != null) {
            d.setShowRole(data.showRole());
        }
        if (data.showDates() != null) {
            d.setShowDates(data.showDates());
        }
        if (data.colours() != null) {
            var colours = d.colours();
            data.colours().forEach((k, v) -> {
                if (v != null && !v.isBlank()) {
                    colours.put(BadgeRoleKind.valueOf(k), v.trim().toLowerCase(java.util.Locale.ROOT));
                }
            });
            d.setColours(colours);
        }
    }

    /**
     * The saved design, detached (a preview may change it without saving), or the defaults for an
     * event without one. What this transaction changed on it is written first: detaching a managed,
     * changed design would drop the change (save returns the view read through here).
     */
    BadgeDesign effective(long eventId) {
        BadgeDesign d = em.find(BadgeDesign.class, eventId);
        if (d == null) {
            return new BadgeDesign(eventId);
        }
        em.flush();
        em.detach(d);
        return d;
    }

    /** What every badge of the event shares, with the design's fields and logo. */
    BadgePdf.Event shared(Event e, BadgeDesign d) {
        String dates = e.getDays().isEmpty() ? null : EventDisplay.dateRange(e, IndonesianTime.ID);
        return new BadgePdf.Event(e.getUnit().getName(), e.getTitle(), dates, logoBytes(d), d.isShowInstitution(), d.isShowRole(),
                d.isShowDates());
    }

    private byte[] logoBytes(BadgeDesign d) {
        if (d.getLogoFile() == null) {
            return null;
        }
        try (InputStream in = files.open(d.getLogoFile())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One badge on an A6 page as the design would print it, with the values being edited (unsaved;
     * null: the saved design): a sample name, the event's organizer and logo, a sample ticket.
     */
    public byte[] preview(long eventId, DesignData draft, BadgeRoleKind role) {
        Event e = access.staffReadable(eventId);
        BadgeDesign d = effective(e.getId());
        if (draft != null) {
            validate(draft);
            apply(d, draft);
        }
        BadgeRoleKind r = role == null ? BadgeRoleKind.PESERTA : role;
        BadgePdf.Badge sample = new BadgePdf.Badge("Dr. Rahmi Yusnita, S.H., M.H.", "Badan Kepegawaian dan Pengembangan SDM Kabupaten Agam",
                r.label(), d.colours().get(r), "SIRAKOR-TIKET:CONTOH0000", "CONTOH-0000");
        return BadgePdf.renderOne(shared(e, d), sample, BadgePdf.Sheet.valueOf(d.getSheet()));
    }
}
