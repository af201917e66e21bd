package id.sirakor.event.entity;

import id.sirakor.identity.entity.OrgUnit;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A rakor, rakornas, sosialisasi …: owned by one organizer unit, held on one or more days. */
@Entity
@Table(name = "event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;
    private String slug;
    @Enumerated(EnumType.STRING)
    private EventType type;
    private String title;
    private String theme;
    private String description;
    @Enumerated(EnumType.STRING)
    private EventStatus status = EventStatus.DRAFT;
    @Column(name = "time_zone")
    private String timeZone;
    private Integer capacity;
    /** Months after the last day before the participants are anonymized (ADR 0096); null = the default, 24. */
    @Column(name = "retention_months")
    private Integer retentionMonths;
    @Column(name = "budget_line")
    private String budgetLine;
    @Column(name = "cloned_from")
    private Long clonedFrom;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    private long version;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("dayDate")
    private List<EventDay> days = new ArrayList<>();
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startsAt, id")
    private List<EventSession> sessions = new ArrayList<>();

    @Column(name = "requires_approval")
    private boolean requiresApproval;
    /** The letters' "Hal"; empty means "Undangan" + the event title. */
    @Column(name = "letter_subject")
    private String letterSubject;
    /** The letters' "Sifat" (Biasa, Penting, Segera). */
    @Column(name = "letter_nature")
    private String letterNature;
    /** The letters' "Tembusan", one addressee per line. */
    @Column(name = "letter_copies")
    private String letterCopies;

    /** Why the event was cancelled (status CANCELLED), when and by whom. */
    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "cancelled_at")
    private Instant cancelledAt;
    @Column(name = "cancelled_by")
    private String cancelledBy;
    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The end of the last day, or null while the event has no days. */
    public Instant endsAt() {
        return days.stream().map(EventDay::getEndsAt).max(Instant::compareTo).orElse(null);
    }

    /** The last day is over (an event without days is not over). */
    public boolean isOver(Instant now) {
        Instant end = endsAt();
        return end != null && !end.isAfter(now);
    }

    /**
     * Whether people may still register: published or ongoing, and the last day not over. After
     * that, people who come are walk-ins at the door, not registrations.
     */
    public static boolean registrationOpen(EventStatus status, Instant endsAt, Instant now) {
        return (status == EventStatus.PUBLISHED || status == EventStatus.ONGOING) && endsAt != null && endsAt.isAfter(now);
    }

    public boolean isRegistrationOpen(Instant now) {
        return registrationOpen(status, endsAt(), now);
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", type);
        m.put("title", title);
        m.put("theme", theme);
        m.put("description", description);
        m.put("status", status);
        m.put("timeZone", timeZone);
        m.put("capacity", capacity);
        m.put("budgetLine", budgetLine);
        m.put("slug", slug);
        return m;
    }

    public String getCancelReason() { return cancelReason; }
    public Instant getCancelledAt() { return cancelledAt; }
    public String getCancelledBy() { return cancelledBy; }

    /** Cancels the event for good (the caller checked it may be cancelled). */
    public void cancel(String reason, Instant at, String by) {
        this.status = EventStatus.CANCELLED;
        this.cancelReason = reason;
        this.cancelledAt = at;
        this.cancelledBy = by;
    }

    public Long getId() { return id; }
    public OrgUnit getUnit() { return unit; }
    public void setUnit(OrgUnit unit) { this.unit = unit; }
    public String getSlug() { return slug; }
    public void setSlug(String slug) { this.slug = slug; }
    public EventType getType() { return type; }
    public void setType(EventType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getTheme() { return theme; }
    public void setTheme(String theme) { this.theme = theme; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public EventStatus getStatus() { return status; }
    public void setStatus(EventStatus status) { this.status = status; }
    public String getTimeZone() { return timeZone; }
    public void setTimeZone(String timeZone) { this.timeZone = timeZone; }
    public Integer getRetentionMonths() { return retentionMonths; }
    public void setRetentionMonths(Integer retentionMonths) { this.retentionMonths = retentionMonths; }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer capacity) { this.capacity = capacity; }
    public String getBudgetLine() { return budgetLine; }
    public void setBudgetLine(String budgetLine) { this.budgetLine = budgetLine; }
    public Long getClonedFrom() { return clonedFrom; }
    public void setClonedFrom(Long clonedFrom) { this.clonedFrom = clonedFrom; }
    public Instant getPublishedAt() { return publishedAt; }
    public void setPublishedAt(Instant publishedAt) { this.publishedAt = publishedAt; }
    public long getVersion() { return version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public List<EventDay> getDays() { return days; }
    public void setDays(List<EventDay> days) { this.days = days; }
    public List<EventSession> getSessions() { return sessions; }
    public void setSessions(List<EventSession> sessions) { this.sessions = sessions; }
    public boolean isRequiresApproval() { return requiresApproval; }
    public void setRequiresApproval(boolean requiresApproval) { this.requiresApproval = requiresApproval; }
    public String getLetterSubject() { return letterSubject; }
    public void setLetterSubject(String letterSubject) { this.letterSubject = letterSubject; }
    public String getLetterNature() { return letterNature; }
    public void setLetterNature(String letterNature) { this.letterNature = letterNature; }
    public String getLetterCopies() { return letterCopies; }
    public void setLetterCopies(String letterCopies) { this.letterCopies = letterCopies; }
}
