package id.sirakor.onsite.entity;

import id.sirakor.event.entity.Event;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** One line of the susunan acara: a time to the minute, a duration, who acts and the MC's note. */
@Entity
@Table(name = "rundown_item")
public class RundownItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;
    @Column(name = "day_date")
    private LocalDate dayDate;
    @Column(name = "start_time")
    private LocalTime startTime;
    private int minutes;
    @Enumerated(EnumType.STRING)
    private RundownKind kind;
    private String title;
    private String person;
    @Column(name = "mc_note")
    private String mcNote;
    @Version
    private long version;

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", String.valueOf(dayDate));
        m.put("start", String.valueOf(startTime));
        m.put("minutes", minutes);
        m.put("kind", String.valueOf(kind));
        m.put("title", title);
        m.put("person", person);
        m.put("mcNote", mcNote);
        return m;
    }

    public Long getId() { return id; }
    public Event getEvent() { return event; }
    public void setEvent(Event event) { this.event = event; }
    public LocalDate getDayDate() { return dayDate; }
    public void setDayDate(LocalDate dayDate) { this.dayDate = dayDate; }
    public LocalTime getStartTime() { return startTime; }
    public void setStartTime(LocalTime startTime) { this.startTime = startTime; }
    public int getMinutes() { return minutes; }
    public void setMinutes(int minutes) { this.minutes = minutes; }
    public RundownKind getKind() { return kind; }
    public void setKind(RundownKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPerson() { return person; }
    public void setPerson(String person) { this.person = person; }
    public String getMcNote() { return mcNote; }
    public void setMcNote(String mcNote) { this.mcNote = mcNote; }
}
