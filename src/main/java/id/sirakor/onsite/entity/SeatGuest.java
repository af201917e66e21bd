package id.sirakor.onsite.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An official seated by protocol: the official invited (name, position, precedence) and, when
 * represented, who sits in the official's seat instead ("mewakili …").
 */
@Entity
@Table(name = "seat_guest")
public class SeatGuest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    private String name;
    private String position;
    @Column(name = "precedence_code")
    private String precedenceCode;
    @Column(name = "representative_name")
    private String representativeName;
    @Column(name = "representative_position")
    private String representativePosition;
    @Column(name = "sort_hint")
    private int sortHint;
    @Version
    private long version;

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("position", position);
        m.put("precedence", precedenceCode);
        m.put("representative", representativeName);
        m.put("representativePosition", representativePosition);
        return m;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPosition() { return position; }
    public void setPosition(String position) { this.position = position; }
    public String getPrecedenceCode() { return precedenceCode; }
    public void setPrecedenceCode(String precedenceCode) { this.precedenceCode = precedenceCode; }
    public String getRepresentativeName() { return representativeName; }
    public void setRepresentativeName(String representativeName) { this.representativeName = representativeName; }
    public String getRepresentativePosition() { return representativePosition; }
    public void setRepresentativePosition(String representativePosition) { this.representativePosition = representativePosition; }
    public int getSortHint() { return sortHint; }
    public void setSortHint(int sortHint) { this.sortHint = sortHint; }
}
