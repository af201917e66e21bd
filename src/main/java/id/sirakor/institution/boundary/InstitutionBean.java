package id.sirakor.institution.boundary;

import id.sirakor.institution.control.InstitutionData;
import id.sirakor.institution.control.InstitutionService;
import id.sirakor.institution.entity.Institution;
import id.sirakor.institution.entity.InstitutionContact;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.phone.IndonesianPhone;
import id.sirakor.platform.web.Faces;
import id.sirakor.region.boundary.PickedRegion;
import id.sirakor.region.control.RegionService;
import id.sirakor.region.entity.Region;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** One institution: its data and contact persons. Read-only unless the user's unit maintains it. */
@Named
@ViewScoped
public class InstitutionBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InstitutionService institutions;

    @Inject
    RegionService regions;

    private Long id;
    private boolean found;
    private boolean editable;
    private String ownerName;
    private String name;
    private String shortName;
    private InstitutionType type;
    /** The picked region: its code replicates, the entity is looked up again (getRegion()). */
    private final PickedRegion region = new PickedRegion();
    private String address;
    private String email;
    private String phone;
    private boolean active = true;
    private List<ContactRow> contacts = new ArrayList<>();

    /** One editable contact row. */
    public static class ContactRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String position;
        private String phone;
        private String email;

        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getPosition() { return position; }
        public void setPosition(String v) { position = v; }
        public String getPhone() { return phone; }
        public void setPhone(String v) { phone = v; }
        public String getEmail() { return email; }
        public void setEmail(String v) { email = v; }
    }

    /** viewAction: loads ?id=, or prepares a new institution. */
    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                found = institutions.canCreate();
                editable = found;
                contacts.add(new ContactRow());
                return;
            }
            Institution i = institutions.find(id);
            found = true;
            editable = institutions.canEdit(i);
            ownerName = i.getOwnerUnit().getName();
            name = i.getName();
            shortName = i.getShortName();
            type = i.getType();
            setRegion(i.getRegion());
            address = i.getAddress();
            email = i.getEmail();
            phone = IndonesianPhone.display(i.getPhone());
            active = i.isActive();
            for (InstitutionContact c : i.getContacts()) {
                ContactRow r = new ContactRow();
                r.name = c.getName();
                r.position = c.getPosition();
                r.phone = IndonesianPhone.display(c.getPhone());
                r.email = c.getEmail();
                contacts.add(r);
            }
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    public void addContact() {
        contacts.add(new ContactRow());
    }

    public void removeContact(ContactRow row) {
        contacts.remove(row);
    }

    public void save() {
        InstitutionData d = new InstitutionData(name, shortName, type, region.code(), null,
                null, address, email, phone, active, contacts.stream()
                .map(c -> new InstitutionData.Contact(c.name, c.position, c.phone, c.email)).toList());
        if (id == null) {
            Institution i = institutions.create(d);
            Faces.info("institution.created", i.getName());
            Faces.redirect("/manage/institution.xhtml?id=" + i.getId());
        } else {
            Institution i = institutions.update(id, d);
            Faces.info("institution.saved", i.getName());
            Faces.redirect("/manage/institution.xhtml?id=" + id);
        }
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public boolean isEditable() { return editable; }
    public boolean isNew() { return id == null; }
    public String getOwnerName() { return ownerName; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public InstitutionType getType() { return type; }
    public void setType(InstitutionType type) { this.type = type; }
    public Region getRegion() { return region.get(regions); }
    public void setRegion(Region picked) { region.set(picked); }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public List<ContactRow> getContacts() { return contacts; }
}
