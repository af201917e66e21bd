package id.sirakor.identity.boundary;

import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.control.UnitService;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.UnitLevel;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** One unit: its profile and letterhead data. Read-only unless the user may write this unit. */
@Named
@ViewScoped
public class UnitBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitService units;

    @Inject
    UnitScope scope;

    private Long id;
    private Long parentId;
    private boolean found;
    private boolean editable;
    private String parentName;
    private String path;
    private final Form form = new Form();

    /** The form's fields; kept in the view so a rejected save shows what was typed. */
    public static class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        public String code;
        public String name;
        public String shortName;
        public UnitLevel level = UnitLevel.REGENCY;
        public String regionCode;
        public String address;
        public String city;
        public String phone;
        public String email;
        public String website;
        public String headTitle;
        public String headName;
        public String headNip;
        public String letterPattern;
        public boolean active = true;

        public String getCode() { return code; }
        public void setCode(String v) { code = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getShortName() { return shortName; }
        public void setShortName(String v) { shortName = v; }
        public UnitLevel getLevel() { return level; }
        public void setLevel(UnitLevel v) { level = v; }
        public String getRegionCode() { return regionCode; }
        public void setRegionCode(String v) { regionCode = v; }
        public String getAddress() { return address; }
        public void setAddress(String v) { address = v; }
        public String getCity() { return city; }
        public void setCity(String v) { city = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
        public String getWebsite() { return website; }
        public void setWebsite(String v) { website = v; }
        public String getHeadTitle() { return headTitle; }
        public void setHeadTitle(String v) { headTitle = v; }
        public String getHeadNip() { return headNip; }
        public void setHeadNip(String v) { headNip = v; }
        public String getLetterPattern() { return letterPattern; }
        public void setLetterPattern(String v) { letterPattern = v; }
        public String getHeadName() { return headName; }
        public void setHeadName(String v) { headName = v; }
        public boolean isActive() { return active; }
        public void setActive(boolean v) { active = v; }
    }

    /** viewAction: loads the unit of ?id=, or prepares a new one (ADMIN, ?parent=). */
    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                found = scope.isAdmin();
                editable = found;
                if (parentId != null) {
                    OrgUnit p = units.find(parentId);
                    parentName = p.getName();
                }
                return;
            }
            OrgUnit u = units.find(id);
            found = true;
            editable = units.canEdit(u);
            path = u.getPath();
            parentId = u.getParent() == null ? null : u.getParent().getId();
            parentName = u.getParent() == null ? null : u.getParent().getName();
            form.code = u.getCode();
            form.name = u.getName();
            form.shortName = u.getShortName();
            form.level = u.getLevel();
            form.regionCode = u.getRegionCode();
            form.address = u.getAddress();
            form.city = u.getCity();
            form.phone = u.getPhone();
            form.email = u.getEmail();
            form.website = u.getWebsite();
            form.headTitle = u.getHeadTitle();
            form.headName = u.getHeadName();
            form.headNip = u.getHeadNip();
            form.letterPattern = u.getLetterPattern();
            form.active = u.isActive();
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    public void save() {
        UnitService.UnitData d = new UnitService.UnitData(form.code, form.name, form.shortName, form.level, parentId,
                form.regionCode, form.address, form.city, form.phone, form.email, form.website, form.headTitle,
                form.headName, form.active, form.headNip, form.letterPattern);
        if (id == null) {
            OrgUnit u = units.create(d);
            Faces.info("unit.created", u.getName());
            Faces.redirect("/manage/unit.xhtml?id=" + u.getId());
        } else {
            units.update(id, d);
            Faces.info("unit.saved");
            Faces.redirect("/manage/unit.xhtml?id=" + id);
        }
    }

    public List<OrgUnit> getChildren() {
        if (id == null || !found) {
            return List.of();
        }
        return units.readable(null).stream()
                .filter(u -> u.getParent() != null && u.getParent().getId().equals(id)).toList();
    }

    public UnitLevel[] getLevels() {
        return UnitLevel.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public boolean isFound() { return found; }
    public boolean isEditable() { return editable; }
    public boolean isNew() { return id == null; }
    public boolean isAdmin() { return scope.isAdmin(); }
    public String getParentName() { return parentName; }
    public String getPath() { return path; }
    public Form getForm() { return form; }
}
