package id.sirakor.onsite.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An event's seating layout: theatre rows, head table or round tables, and seats per row/table. */
@Entity
@Table(name = "seating_plan")
public class SeatingPlan {

    @Id
    @Column(name = "event_id")
    private Long eventId;
    @Enumerated(EnumType.STRING)
    private SeatingLayout layout;
    @Column(name = "seats_per_row")
    private int seatsPerRow;
    @Version
    private long version;

    public SeatingPlan() {
    }

    public SeatingPlan(Long eventId, SeatingLayout layout, int seatsPerRow) {
        this.eventId = eventId;
        this.layout = layout;
        this.seatsPerRow = seatsPerRow;
    }

    public Long getEventId() { return eventId; }
    public SeatingLayout getLayout() { return layout; }
    public void setLayout(SeatingLayout layout) { this.layout = layout; }
    public int getSeatsPerRow() { return seatsPerRow; }
    public void setSeatsPerRow(int seatsPerRow) { this.seatsPerRow = seatsPerRow; }
}
