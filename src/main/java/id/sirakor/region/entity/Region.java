package id.sirakor.region.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.ZoneId;
import org.hibernate.annotations.Immutable;

/**
 * One area of the official region tree (Kemendagri code), loaded from idn-area-data by the
 * migration V3__Load_regions. Read-only master data: the application never writes it.
 */
@Entity
@Immutable
@Table(name = "region")
public class Region implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    private String code;
    @Column(name = "parent_code")
    private String parentCode;
    @Enumerated(EnumType.STRING)
    private RegionLevel level;
    private String name;
    @Column(name = "name_lower")
    private String nameLower;
    /** Set on provinces only; see {@link id.sirakor.region.control.RegionService#zoneOf(String)}. */
    @Column(name = "time_zone")
    private String timeZone;

    protected Region() {
    }

    public Region(String code, String parentCode, RegionLevel level, String name, String timeZone) {
        this.code = code;
        this.parentCode = parentCode;
        this.level = level;
        this.name = name;
        this.nameLower = name.toLowerCase(java.util.Locale.ROOT);
        this.timeZone = timeZone;
    }

    /** The province's code: the first two digits of any code. */
    public String provinceCode() {
        return code.substring(0, 2);
    }

    public ZoneId zone() {
        return timeZone == null ? null : ZoneId.of(timeZone);
    }

    public String getCode() { return code; }
    public String getParentCode() { return parentCode; }
    public RegionLevel getLevel() { return level; }
    public String getName() { return name; }
    public String getNameLower() { return nameLower; }
    public String getTimeZone() { return timeZone; }

    /** "Kota Bukittinggi (13.75)": the label used in pickers. */
    public String getLabel() {
        return name + " (" + code + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region r && code != null && code.equals(r.code);
    }

    @Override
    public int hashCode() {
        return code == null ? 0 : code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
