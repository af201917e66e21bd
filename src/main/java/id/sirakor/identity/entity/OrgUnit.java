package id.sirakor.identity.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An organizer unit (Bawaslu RI, Bawaslu Provinsi Sumatera Barat, Bawaslu Kabupaten
 * Banjarnegara, or any government body). {@code path} is the chain of ids from the root,
 * "/1/2/7/", so "this unit and everything below it" is one indexed prefix query: the basis of
 * data scoping for every feature.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private String name;
    @Column(name = "short_name")
    private String shortName;
    @Enumerated(EnumType.STRING)
    private UnitLevel level;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;
    /** Completed by {@link #placeInTree()} once the insert has given the id. */
    private String path = "/";
    @Column(name = "region_code")
    private String regionCode;
    private String address;
    private String city;
    private String phone;
    private String email;
    private String website;
    @Column(name = "head_title")
    private String headTitle;
    @Column(name = "head_name")
    private String headName;
    private boolean active = true;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "head_nip")
    private String headNip;
    /** Letter numbering scheme, e.g. "{seq}/PM.00.02/K.SB/{month-roman}/{year}". */
    @Column(name = "letter_pattern")
    private String letterPattern;
    public OrgUnit() {
    }

    public OrgUnit(String code, String name, UnitLevel level, OrgUnit parent) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parent = parent;
    }

    /** Called once the id is known. */
    public void placeInTree() {
        this.path = (parent == null ? "/" : parent.getPath()) + id + "/";
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnit other) {
        return other != null && other.getPath() != null && path != null && other.getPath().startsWith(path);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("shortName", shortName);
        m.put("level", level);
        m.put("parentId", parent == null ? null : parent.getId());
        m.put("regionCode", regionCode);
        m.put("address", address);
        m.put("city", city);
        m.put("phone", phone);
        m.put("email", email);
        m.put("website", website);
        m.put("headTitle", headTitle);
        m.put("headName", headName);
        m.put("headNip", headNip);
        m.put("letterPattern", letterPattern);
        m.put("active", active);
        return m;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getShortName() { return shortName; }
    public void setShortName(String shortName) { this.shortName = shortName; }
    public UnitLevel getLevel() { return level; }
    public void setLevel(UnitLevel level) { this.level = level; }
    public OrgUnit getParent() { return parent; }
    public void setParent(OrgUnit parent) { this.parent = parent; }
    public String getPath() { return path; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getHeadTitle() { return headTitle; }
    public void setHeadTitle(String headTitle) { this.headTitle = headTitle; }
    public String getHeadName() { return headName; }
    public void setHeadName(String headName) { this.headName = headName; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getHeadNip() { return headNip; }
    public void setHeadNip(String headNip) { this.headNip = headNip; }
    public String getLetterPattern() { return letterPattern; }
    public void setLetterPattern(String letterPattern) { this.letterPattern = letterPattern; }
}
