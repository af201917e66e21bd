package id.sirakor.news.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * The news release draft of one event (issue 14, ADR 0094): a title and a body of plain paragraphs
 * separated by a blank line (the first starts with the dateline). Generated from the event's data,
 * then edited by its secretariat; {@code edited} says a regeneration would overwrite someone's work.
 */
@Entity
@Table(name = "news_draft")
public class NewsDraft implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    @Size(max = 200)
    private String title;
    @Size(max = 20000)
    private String body;
    /** The minutes version the text was generated from (null: no minutes yet). */
    @Column(name = "minutes_version")
    private Integer minutesVersion;
    @Column(name = "minutes_status")
    private String minutesStatus;
    private boolean edited;
    @Column(name = "generated_at")
    private Instant generatedAt;
    @Column(name = "generated_by")
    private String generatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;
    @Version
    private long version;

    public NewsDraft() {
    }

    public NewsDraft(Long eventId) {
        this.eventId = eventId;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public Integer getMinutesVersion() { return minutesVersion; }
    public void setMinutesVersion(Integer minutesVersion) { this.minutesVersion = minutesVersion; }
    public String getMinutesStatus() { return minutesStatus; }
    public void setMinutesStatus(String minutesStatus) { this.minutesStatus = minutesStatus; }
    public boolean isEdited() { return edited; }
    public void setEdited(boolean edited) { this.edited = edited; }
    public Instant getGeneratedAt() { return generatedAt; }
    public void setGeneratedAt(Instant generatedAt) { this.generatedAt = generatedAt; }
    public String getGeneratedBy() { return generatedBy; }
    public void setGeneratedBy(String generatedBy) { this.generatedBy = generatedBy; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public String getUpdatedBy() { return updatedBy; }
    public void setUpdatedBy(String updatedBy) { this.updatedBy = updatedBy; }
    public long getVersion() { return version; }
}
