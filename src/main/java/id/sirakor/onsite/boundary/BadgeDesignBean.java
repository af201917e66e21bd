package id.sirakor.onsite.boundary;

import id.sirakor.onsite.control.BadgeDesigns;
import id.sirakor.onsite.control.OnsiteAccess;
import id.sirakor.onsite.entity.BadgeRoleKind;
import id.sirakor.platform.document.BadgePdf;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.primefaces.model.file.UploadedFile;

/**
 * The badge designer of an event (manage/badges.xhtml): sheet, shown fields, the colour of each
 * role's band and the event's logo, with a live preview of one badge as it is edited.
 */
@Named
@ViewScoped
public class BadgeDesignBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BadgeDesigns designs;

    @Inject
    OnsiteAccess access;

    private Long id;
    private boolean found;
    private boolean writable;
    private boolean saved;
    private boolean hasLogo;
    private String title;
    private String sheet;
    private boolean showInstitution;
    private boolean showRole;
    private boolean showDates;
    private final Map<String, String> colours = new LinkedHashMap<>();
    private BadgeRoleKind previewRole = BadgeRoleKind.PESERTA;
    private long stamp = System.currentTimeMillis();
    private transient UploadedFile upload;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            title = access.staffReadable(id == null ? -1 : id).getTitle();
            found = true;
            Faces.request().getSession().removeAttribute(OnsiteResource.badgePreviewAttribute(id));
            loadDesign();
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void loadDesign() {
        BadgeDesigns.DesignView d = designs.view(id);
        writable = d.editable();
        saved = d.saved();
        hasLogo = d.hasLogo();
        sheet = d.sheet();
        showInstitution = d.showInstitution();
        showRole = d.showRole();
        showDates = d.showDates();
        colours.clear();
        colours.putAll(d.colours());
    }

    private BadgeDesigns.DesignData data() {
        return new BadgeDesigns.DesignData(sheet, showInstitution, showRole, showDates, new LinkedHashMap<>(colours));
    }

    /** On every change: the values go to the session for the preview frame, which reloads. */
    public void preview() {
        try {
            BadgeDesigns.validate(data());
            Faces.request().getSession().setAttribute(OnsiteResource.badgePreviewAttribute(id), data());
            stamp = System.currentTimeMillis();
        } catch (BusinessException e) {
            Faces.error(e.field() == null ? null : "design:" + e.field(), e.key(), e.args());
        }
    }

    public void save() {
        try {
            designs.save(id, data());
            Faces.request().getSession().removeAttribute(OnsiteResource.badgePreviewAttribute(id));
            loadDesign();
            stamp = System.currentTimeMillis();
            Faces.info("badge.design.saved");
        } catch (BusinessException e) {
            Faces.error(e.field() == null ? null : "design:" + e.field(), e.key(), e.args());
        }
    }

    public void uploadLogo() {
        try {
            if (upload == null || upload.getSize() == 0) {
                throw BusinessException.invalid("file", "badge.logo.required");
            }
            if (upload.getSize() > BadgeDesigns.LOGO_MAX) {
                throw BusinessException.invalid("file", "badge.logo.tooLarge");
            }
            designs.logo(id, upload.getContent());
            loadDesign();
            stamp = System.currentTimeMillis();
            Faces.info("badge.logo.saved");
        } catch (BusinessException e) {
            Faces.error("logo:file", e.key(), e.args());
        }
    }

    public void removeLogo() {
        try {
            designs.logo(id, null);
            loadDesign();
            stamp = System.currentTimeMillis();
            Faces.info("badge.logo.removed");
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
        }
    }

    public BadgePdf.Sheet[] getSheets() { return BadgePdf.Sheet.values(); }
    public BadgeRoleKind[] getRoles() { return BadgeRoleKind.values(); }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public boolean isWritable() { return writable; }
    public boolean isSaved() { return saved; }
    public boolean isHasLogo() { return hasLogo; }
    public String getTitle() { return title; }
    public String getSheet() { return sheet; }
    public void setSheet(String sheet) { this.sheet = sheet; }
    public boolean isShowInstitution() { return showInstitution; }
    public void setShowInstitution(boolean showInstitution) { this.showInstitution = showInstitution; }
    public boolean isShowRole() { return showRole; }
    public void setShowRole(boolean showRole) { this.showRole = showRole; }
    public boolean isShowDates() { return showDates; }
    public void setShowDates(boolean showDates) { this.showDates = showDates; }
    public Map<String, String> getColours() { return colours; }
    public BadgeRoleKind getPreviewRole() { return previewRole; }
    public void setPreviewRole(BadgeRoleKind previewRole) { this.previewRole = previewRole; }
    public long getStamp() { return stamp; }
    public UploadedFile getUpload() { return upload; }
    public void setUpload(UploadedFile upload) { this.upload = upload; }
}
