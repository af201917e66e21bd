package id.sirakor.institution.entity;

import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.region.entity.Region;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An institution that organizers invite (Kejaksaan Negeri Banjarnegara, BKPSDM Kota Bukittinggi,
 * Kantor Kepala Desa ...), placed in the region tree. The directory is shared: everybody reads it;
 * the owner unit maintains the row. Unique per owner, name and region, so re-importing a list
 * updates instead of duplicating.
 */
@Entity
@Table(name = "institution")
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Column(name = "short_name")
    private String shortName;
    @Enumerated(EnumType.STRING)
    private InstitutionType type;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code")
    private Region region;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Institution parent;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_unit_id")
    private OrgUnit ownerUnit;
    private String address;
    private String email;
    /** E.164, "+62286591234". */
    private String phone;
    private boolean active = true;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @OneToMany(mappedBy = "institution", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<InstitutionContact> contacts = new ArrayList<>();

    protected Institution() {
    }

    public Institution(String name, InstitutionType type, Region region, OrgUnit ownerUnit) {
        this.name = name;
        this.type = type;
        this.region = region;
        this.ownerUnit = ownerUnit;
    }

    /** Replaces the contacts, keeping their order. */
    public void replaceContacts(List<InstitutionContact> fresh) {
        contacts.clear();
        contacts.addAll(fresh);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("shortName", shortName);
        m.put("type", type);
        m.put("regionCode", region == null ? null : region.getCode());
        m.put("parentId", parent == null ? null : parent.getId());
        m.put("ownerUnitId", ownerUnit == null ? null : ownerUnit.getId());
        m.put("address", address);
        m.put("email", email);
        m.put("phone", phone);
        m.put("active", active);
        m.put("contacts", contacts.stream().map(InstitutionContact::snapshot).toList());
        return m;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public InstitutionType getType() { return type; }
    public void setType(InstitutionType type) { this.type = type; }
    public Region getRegion() { return region; }
    public void setRegion(Region region) { this.region = region; }
    public Institution getParent() { return parent; }
    public void setParent(Institution parent) { this.parent = parent; }
    public OrgUnit getOwnerUnit() { return ownerUnit; }
    public void setOwnerUnit(OrgUnit ownerUnit) { this.ownerUnit = ownerUnit; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public List<InstitutionContact> getContacts() { return contacts; }
}
