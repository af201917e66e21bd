package id.sirakor.program.entity;

import id.sirakor.event.entity.Event;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;

/** An event's place in a program and the region it serves (kept apart from the event table). */
@Entity
@Table(name = "program_event")
public class ProgramEvent {

    @Id
    @Column(name = "event_id")
    private Long eventId;
    @MapsId
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;
    @Column(name = "region_code")
    private String regionCode;

    protected ProgramEvent() {
    }

    public ProgramEvent(Event event, Program program, String regionCode) {
        this.event = event;
        this.program = program;
        this.regionCode = regionCode;
    }

    public Long getEventId() { return eventId; }
    public Event getEvent() { return event; }
    public Program getProgram() { return program; }
    public String getRegionCode() { return regionCode; }
}
