package id.sirakor.venue.entity;

import id.sirakor.identity.entity.OrgUnit;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A hotel or building where events take place; its region gives the time zone of its events. */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_unit_id")
    private OrgUnit ownerUnit;
    private String name;
    private String address;
    @Column(name = "region_code")
    private String regionCode;
    @Column(name = "time_zone")
    private String timeZone;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String phone;
    private String email;
    @Column(name = "contact_name")
    private String contactName;
    private String website;
    private boolean active = true;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @OneToMany(mappedBy = "venue", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Hall> halls = new ArrayList<>();

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** A link that opens the venue in a map application on a phone. */
    public String mapUrl() {
        String q = latitude != null && longitude != null ? latitude.toPlainString() + "," + longitude.toPlainString()
                : (name + ", " + (address == null ? "" : address));
        return "https://www.google.com/maps/search/?api=1&query=" + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("address", address);
        m.put("regionCode", regionCode);
        m.put("timeZone", timeZone);
        m.put("latitude", latitude);
        m.put("longitude", longitude);
        m.put("phone", phone);
        m.put("email", email);
        m.put("contactName", contactName);
        m.put("active", active);
        m.put("halls", halls.stream().map(Hall::snapshot).toList());
        return m;
    }

    public Long getId() { return id; }
    public OrgUnit getOwnerUnit() { return ownerUnit; }
    public void setOwnerUnit(OrgUnit ownerUnit) { this.ownerUnit = ownerUnit; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public BigDecimal getLatitude() { return latitude; }
    public void setLatitude(BigDecimal latitude) { this.latitude = latitude; }
    public BigDecimal getLongitude() { return longitude; }
    public void setLongitude(BigDecimal longitude) { this.longitude = longitude; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public List<Hall> getHalls() { return halls; }
    public void setHalls(List<Hall> halls) { this.halls = halls; }
}
