package id.sirakor.venue.boundary;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.web.Faces;
import id.sirakor.venue.control.VenueService;
import id.sirakor.venue.entity.Hall;
import id.sirakor.venue.entity.Venue;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One venue with its halls. */
@Named
@ViewScoped
public class VenueBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VenueService venues;

    private Long id;
    private boolean found = true;
    private boolean editable = true;
    private String ownerName;
    private String name;
    private String address;
    private String regionCode;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String phone;
    private String email;
    private String contactName;
    private String website;
    private boolean active = true;
    private List<HallRow> halls = new ArrayList<>();

    /** A row of the halls table. */
    public static class HallRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long id;
        private String name;
        private String floor;
        private Integer theatre;
        private Integer classroom;
        private Integer ushape;
        private Integer roundtable;

        public Long getId() { return id; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getFloor() { return floor; }
        public void setFloor(String v) { floor = v; }
        public Integer getTheatre() { return theatre; }
        public void setTheatre(Integer v) { theatre = v; }
        public Integer getClassroom() { return classroom; }
        public void setClassroom(Integer v) { classroom = v; }
        public Integer getUshape() { return ushape; }
        public void setUshape(Integer v) { ushape = v; }
        public Integer getRoundtable() { return roundtable; }
        public void setRoundtable(Integer v) { roundtable = v; }
    }

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        if (id == null) {
            halls.add(new HallRow());
            return;
        }
        try {
            Venue v = venues.find(id);
            editable = venues.canEdit(v);
            ownerName = v.getOwnerUnit().getName();
            name = v.getName();
            address = v.getAddress();
            regionCode = v.getRegionCode();
            latitude = v.getLatitude();
            longitude = v.getLongitude();
            phone = v.getPhone();
            email = v.getEmail();
            contactName = v.getContactName();
            website = v.getWebsite();
            active = v.isActive();
            for (Hall h : v.getHalls()) {
                if (!h.isActive()) {
                    continue;
                }
                HallRow r = new HallRow();
                r.id = h.getId();
                r.name = h.getName();
                r.floor = h.getFloor();
                r.theatre = h.getCapacityTheatre();
                r.classroom = h.getCapacityClassroom();
                r.ushape = h.getCapacityUshape();
                r.roundtable = h.getCapacityRoundtable();
                halls.add(r);
            }
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    public void addHall() {
        halls.add(new HallRow());
    }

    public void removeHall(HallRow r) {
        halls.remove(r);
    }

    public void save() {
        List<VenueService.HallData> data = halls.stream()
                .filter(r -> r.name != null && !r.name.isBlank() || r.id != null)
                .map(r -> new VenueService.HallData(r.id, r.name, r.floor, r.theatre, r.classroom, r.ushape, r.roundtable, true))
                .toList();
        VenueService.VenueData d = new VenueService.VenueData(name, address, regionCode, latitude, longitude, phone, email,
                contactName, website, active, data);
        Venue v = id == null ? venues.create(d) : venues.update(id, d);
        Faces.info("venue.saved");
        Faces.redirect("/manage/venue.xhtml?id=" + v.getId());
    }

    public String getZoneName() {
        try {
            return regionCode == null || regionCode.isBlank() ? ""
                    : IndonesianTime.zoneName(IndonesianTime.zoneOfProvince(regionCode.trim()));
        } catch (RuntimeException e) {
            return "";
        }
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public boolean isFound() { return found; }
    public boolean isEditable() { return editable; }
    public boolean isNew() { return id == null; }
    public String getOwnerName() { return ownerName; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public BigDecimal getLatitude() { return latitude; }
    public void setLatitude(BigDecimal v) { latitude = v; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLongitude(BigDecimal v) { longitude = v; }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = v; }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = v; }
    public String getContactName() { return contactName; }
    public void setContactName(String v) { contactName = v; }
    public String getWebsite() { return website; }
    public void setWebsite(String v) { website = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
    public List<HallRow> getHalls() { return halls; }
}
