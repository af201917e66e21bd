package id.sirakor.venue.entity;

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
import java.util.LinkedHashMap;
import java.util.Map;

/** A hall or meeting room of a venue, with its capacity per seating layout. */
@Entity
@Table(name = "hall")
public class Hall {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;
    private String name;
    private String floor;
    @Column(name = "capacity_theatre")
    private Integer capacityTheatre;
    @Column(name = "capacity_classroom")
    private Integer capacityClassroom;
    @Column(name = "capacity_ushape")
    private Integer capacityUshape;
    @Column(name = "capacity_roundtable")
    private Integer capacityRoundtable;
    private boolean active = true;
    @Version
    private long version;

    public Integer capacity(HallLayout layout) {
        return switch (layout) {
            case THEATRE -> capacityTheatre;
            case CLASSROOM -> capacityClassroom;
            case U_SHAPE -> capacityUshape;
            case ROUND_TABLE -> capacityRoundtable;
        };
    }

    /** The largest capacity of any layout; 0 when none is known. */
    public int maxCapacity() {
        int max = 0;
        for (HallLayout l : HallLayout.values()) {
            Integer c = capacity(l);
            if (c != null && c > max) {
                max = c;
            }
        }
        return max;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("floor", floor);
        m.put("theatre", capacityTheatre);
        m.put("classroom", capacityClassroom);
        m.put("ushape", capacityUshape);
        m.put("roundtable", capacityRoundtable);
        m.put("active", active);
        return m;
    }

    public Long getId() { return id; }
    public Venue getVenue() { return venue; }
    public void setVenue(Venue venue) { this.venue = venue; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getFloor() { return floor; }
    public void setFloor(String floor) { this.floor = floor; }
    public Integer getCapacityTheatre() { return capacityTheatre; }
    public void setCapacityTheatre(Integer capacityTheatre) { this.capacityTheatre = capacityTheatre; }
    public Integer getCapacityClassroom() { return capacityClassroom; }
    public void setCapacityClassroom(Integer capacityClassroom) { this.capacityClassroom = capacityClassroom; }
    public Integer getCapacityUshape() { return capacityUshape; }
    public void setCapacityUshape(Integer capacityUshape) { this.capacityUshape = capacityUshape; }
    public Integer getCapacityRoundtable() { return capacityRoundtable; }
    public void setCapacityRoundtable(Integer capacityRoundtable) { this.capacityRoundtable = capacityRoundtable; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
}
