package id.sirakor.onsite.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * An event's badge design: the sheet the badges are printed on (A6, 4 or 8 per A4), whether the
 * institution, the role band and the event's dates are shown, the band colour of each role, and
 * the event's logo (a file store key; without one the organizer's monogram is drawn).
 */
@Entity
@Table(name = "badge_design")
public class BadgeDesign implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "event_id")
    private Long eventId;
    private String sheet = "A4_4";
    @Column(name = "show_institution")
    private boolean showInstitution = true;
    @Column(name = "show_role")
    private boolean showRole = true;
    @Column(name = "show_dates")
    private boolean showDates = true;
    @Column(name = "colour_peserta")
    private String colourPeserta = BadgeRoleKind.PESERTA.colour();
    @Column(name = "colour_narasumber")
    private String colourNarasumber = BadgeRoleKind.NARASUMBER.colour();
    @Column(name = "colour_panitia")
    private String colourPanitia = BadgeRoleKind.PANITIA.colour();
    @Column(name = "colour_pers")
    private String colourPers = BadgeRoleKind.PERS.colour();
    @Column(name = "colour_vip")
    private String colourVip = BadgeRoleKind.VIP.colour();
    @Column(name = "logo_file")
    private String logoFile;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    public BadgeDesign() {
    }

    public BadgeDesign(Long eventId) {
        this.eventId = eventId;
    }

    /** The band colour of each role, "#rrggbb". */
    public Map<BadgeRoleKind, String> colours() {
        Map<BadgeRoleKind, String> m = new EnumMap<>(BadgeRoleKind.class);
        m.put(BadgeRoleKind.PESERTA, colourPeserta);
        m.put(BadgeRoleKind.NARASUMBER, colourNarasumber);
        m.put(BadgeRoleKind.PANITIA, colourPanitia);
        m.put(BadgeRoleKind.PERS, colourPers);
        m.put(BadgeRoleKind.VIP, colourVip);
        return m;
    }

    public void setColours(Map<BadgeRoleKind, String> c) {
        colourPeserta = c.get(BadgeRoleKind.PESERTA);
        colourNarasumber = c.get(BadgeRoleKind.NARASUMBER);
        colourPanitia = c.get(BadgeRoleKind.PANITIA);
        colourPers = c.get(BadgeRoleKind.PERS);
        colourVip = c.get(BadgeRoleKind.VIP);
    }

    public Long getEventId() { return eventId; }
    public String getSheet() { return sheet; }
    public void setSheet(String sheet) { this.sheet = sheet; }
    public boolean isShowInstitution() { return showInstitution; }
    public void setShowInstitution(boolean showInstitution) { this.showInstitution = showInstitution; }
    public boolean isShowRole() { return showRole; }
    public void setShowRole(boolean showRole) { this.showRole = showRole; }
    public boolean isShowDates() { return showDates; }
    public void setShowDates(boolean showDates) { this.showDates = showDates; }
    public String getLogoFile() { return logoFile; }
    public void setLogoFile(String logoFile) { this.logoFile = logoFile; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
