package id.sirakor.speaker.entity;

import id.sirakor.platform.text.PersonName;
import id.sirakor.identity.entity.AppUser;
import id.sirakor.identity.entity.OrgUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * A narasumber (or moderator, or an official who opens an event). Titles are kept apart from the
 * name and printed the Indonesian way: rank, front titles, name, comma, back titles —
 * "Drs. P. Marpaung, M.M.", "AKP Djoko Purwanto".
 */
@Entity
@Table(name = "speaker")
public class Speaker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_unit_id")
    private OrgUnit ownerUnit;
    @Column(name = "front_title")
    private String frontTitle;
    private String name;
    @Column(name = "back_title")
    private String backTitle;
    @Column(name = "rank_title")
    private String rankTitle;
    private String position;
    @Column(name = "institution_name")
    private String institutionName;
    private String email;
    private String phone;
    private String bio;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    private AppUser user;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;

    /** "Drs. P. Marpaung, M.M." */
    public String displayName() {
        return formatName(rankTitle, frontTitle, name, backTitle);
    }

    public static String formatName(String rank, String front, String name, String back) {
        return PersonName.format(rank, front, name, back);
    }

    /** "Drs. P. Marpaung, M.M. (Asisten KASN Bidang NKK-NET)" */
    public String displayNameWithPosition() {
        return position == null || position.isBlank() ? displayName() : displayName() + " (" + position + ")";
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rankTitle", rankTitle);
        m.put("frontTitle", frontTitle);
        m.put("name", name);
        m.put("backTitle", backTitle);
        m.put("position", position);
        m.put("institutionName", institutionName);
        m.put("email", email);
        m.put("phone", phone);
        m.put("userId", user == null ? null : user.getId());
        return m;
    }

    public Long getId() { return id; }
    public OrgUnit getOwnerUnit() { return ownerUnit; }
    public void setOwnerUnit(OrgUnit ownerUnit) { this.ownerUnit = ownerUnit; }
    public String getFrontTitle() { return frontTitle; }
    public void setFrontTitle(String frontTitle) { this.frontTitle = frontTitle; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getBackTitle() { return backTitle; }
    public void setBackTitle(String backTitle) { this.backTitle = backTitle; }
    public String getRankTitle() { return rankTitle; }
    public void setRankTitle(String rankTitle) { this.rankTitle = rankTitle; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getInstitutionName() { return institutionName; }
    public void setInstitutionName(String institutionName) { this.institutionName = institutionName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getBio() { return bio; }
    public void setBio(String bio) { this.bio = bio; }
    public AppUser getUser() { return user; }
    public void setUser(AppUser user) { this.user = user; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
