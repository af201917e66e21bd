package id.sirakor.lodging.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A participant's stay: whether they need a room (and who decided), arrival, departure, gender, travel. */
@Entity
@Table(name = "lodging")
public class Lodging {

    /** DEFAULT (from the regions), PARTICIPANT (own page), STAFF (secretariat). */
    public static final String BY_DEFAULT = "DEFAULT";
    public static final String BY_PARTICIPANT = "PARTICIPANT";
    public static final String BY_STAFF = "STAFF";

    @Id
    @Column(name = "registration_id")
    private Long registrationId;
    @Column(name = "needs_room")
    private boolean needsRoom;
    @Column(name = "decided_by")
    private String decidedBy = BY_DEFAULT;
    @Column(name = "arrival_on")
    private LocalDate arrivalOn;
    @Column(name = "departure_on")
    private LocalDate departureOn;
    /** Stated gender, 'L' or 'P'; overrides what the NIP or NIK says. */
    private String gender;
    @Column(name = "travel_mode")
    private String travelMode;
    @Column(name = "arrival_time")
    private String arrivalTime;
    private boolean pickup;
    @Version
    private long version;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Lodging() {
    }

    public Lodging(Long registrationId) {
        this.registrationId = registrationId;
    }

    public Long getRegistrationId() { return registrationId; }
    public boolean isNeedsRoom() { return needsRoom; }
    public void setNeedsRoom(boolean needsRoom) { this.needsRoom = needsRoom; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public LocalDate getArrivalOn() { return arrivalOn; }
    public void setArrivalOn(LocalDate arrivalOn) { this.arrivalOn = arrivalOn; }
    public LocalDate getDepartureOn() { return departureOn; }
    public void setDepartureOn(LocalDate departureOn) { this.departureOn = departureOn; }
    public String getGender() { return gender; }
    public void setGender(String gender) { this.gender = gender; }
    public String getTravelMode() { return travelMode; }
    public void setTravelMode(String travelMode) { this.travelMode = travelMode; }
    public String getArrivalTime() { return arrivalTime; }
    public void setArrivalTime(String arrivalTime) { this.arrivalTime = arrivalTime; }
    public boolean isPickup() { return pickup; }
    public void setPickup(boolean pickup) { this.pickup = pickup; }
    public long getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
