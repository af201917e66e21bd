package id.sirakor.lodging.entity;

import id.sirakor.event.entity.Event;
import id.sirakor.venue.entity.Venue;
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
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** Hotel rooms held for an event: the same rooms each night from check-in to check-out. */
@Entity
@Table(name = "room_block")
public class RoomBlock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "venue_id")
    private Venue venue;
    @Column(name = "check_in")
    private LocalDate checkIn;
    @Column(name = "check_out")
    private LocalDate checkOut;
    @Column(name = "single_rooms")
    private int singleRooms;
    @Column(name = "twin_rooms")
    private int twinRooms;
    @Column(name = "single_price")
    private Long singlePrice;
    @Column(name = "twin_price")
    private Long twinPrice;
    @Column(name = "release_on")
    private LocalDate releaseOn;
    @Column(name = "sent_at")
    private Instant sentAt;
    /** The rooming list as last sent to the hotel (see RoomingList.encode), for the changes since. */
    @Column(name = "sent_list")
    private String sentList;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;

    public long nights() {
        return ChronoUnit.DAYS.between(checkIn, checkOut);
    }

    /** Room-nights times price, of the whole block. */
    public long total() {
        return nights() * (singleRooms * (singlePrice == null ? 0 : singlePrice) + twinRooms * (twinPrice == null ? 0 : twinPrice));
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("venueId", venue == null ? null : venue.getId());
        m.put("checkIn", String.valueOf(checkIn));
        m.put("checkOut", String.valueOf(checkOut));
        m.put("singleRooms", singleRooms);
        m.put("twinRooms", twinRooms);
        m.put("singlePrice", singlePrice);
        m.put("twinPrice", twinPrice);
        m.put("releaseOn", releaseOn == null ? null : releaseOn.toString());
        return m;
    }

    public Long getId() { return id; }
    public Event getEvent() { return event; }
    public void setEvent(Event event) { this.event = event; }
    public Venue getVenue() { return venue; }
    public void setVenue(Venue venue) { this.venue = venue; }
    public LocalDate getCheckIn() { return checkIn; }
    public void setCheckIn(LocalDate checkIn) { this.checkIn = checkIn; }
    public LocalDate getCheckOut() { return checkOut; }
    public void setCheckOut(LocalDate checkOut) { this.checkOut = checkOut; }
    public int getSingleRooms() { return singleRooms; }
    public void setSingleRooms(int singleRooms) { this.singleRooms = singleRooms; }
    public int getTwinRooms() { return twinRooms; }
    public void setTwinRooms(int twinRooms) { this.twinRooms = twinRooms; }
    public Long getSinglePrice() { return singlePrice; }
    public void setSinglePrice(Long singlePrice) { this.singlePrice = singlePrice; }
    public Long getTwinPrice() { return twinPrice; }
    public void setTwinPrice(Long twinPrice) { this.twinPrice = twinPrice; }
    public LocalDate getReleaseOn() { return releaseOn; }
    public void setReleaseOn(LocalDate releaseOn) { this.releaseOn = releaseOn; }
    public Instant getSentAt() { return sentAt; }
    public void setSentAt(Instant sentAt) { this.sentAt = sentAt; }
    public String getSentList() { return sentList; }
    public void setSentList(String sentList) { this.sentList = sentList; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
