package id.sirakor.event.entity;

import id.sirakor.speaker.entity.Speaker;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One item of the timetable: sambutan, paparan, diskusi, sumbang saran, penutupan, istirahat. */
@Entity
@Table(name = "event_session")
public class EventSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_day_id")
    private EventDay day;
    @Column(name = "starts_at")
    private Instant startsAt;
    @Column(name = "ends_at")
    private Instant endsAt;
    private String title;
    @Enumerated(EnumType.STRING)
    private SessionKind kind;
    private String description;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "moderator_id")
    private Speaker moderator;
    @Version
    private long version;
    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<SessionSpeaker> slots = new ArrayList<>();

    public boolean overlaps(EventSession other) {
        return other != this && startsAt.isBefore(other.endsAt) && other.startsAt.isBefore(endsAt);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dayId", day == null ? null : day.getId());
        m.put("startsAt", startsAt);
        m.put("endsAt", endsAt);
        m.put("title", title);
        m.put("kind", kind);
        m.put("moderatorId", moderator == null ? null : moderator.getId());
        m.put("speakers", slots.stream().map(SessionSpeaker::snapshot).toList());
        return m;
    }

    public Long getId() { return id; }
    public Event getEvent() { return event; }
    public void setEvent(Event event) { this.event = event; }
    public EventDay getDay() { return day; }
    public void setDay(EventDay day) { this.day = day; }
    public Instant getStartsAt() { return startsAt; }
    public void setStartsAt(Instant startsAt) { this.startsAt = startsAt; }
    public Instant getEndsAt() { return endsAt; }
    public void setEndsAt(Instant endsAt) { this.endsAt = endsAt; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public SessionKind getKind() { return kind; }
    public void setKind(SessionKind kind) { this.kind = kind; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Speaker getModerator() { return moderator; }
    public void setModerator(Speaker moderator) { this.moderator = moderator; }
    public long getVersion() { return version; }
    public List<SessionSpeaker> getSlots() { return slots; }
    public void setSlots(List<SessionSpeaker> slots) { this.slots = slots; }
}
