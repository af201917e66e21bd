package id.sirakor.lodging.entity;

import id.sirakor.registration.entity.Registration;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One guest in one room of a block. */
@Entity
@Table(name = "room_assignment")
public class RoomAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "block_id")
    private RoomBlock block;
    @Column(name = "room_no")
    private String roomNo;
    @Column(name = "room_type")
    private String roomType;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    protected RoomAssignment() {
    }

    public RoomAssignment(RoomBlock block, String roomNo, String roomType, Registration registration) {
        this.block = block;
        this.roomNo = roomNo;
        this.roomType = roomType;
        this.registration = registration;
    }

    public Long getId() { return id; }
    public RoomBlock getBlock() { return block; }
    public String getRoomNo() { return roomNo; }
    public void setRoomNo(String roomNo) { this.roomNo = roomNo; }
    public String getRoomType() { return roomType; }
    public void setRoomType(String roomType) { this.roomType = roomType; }
    public Registration getRegistration() { return registration; }
}
