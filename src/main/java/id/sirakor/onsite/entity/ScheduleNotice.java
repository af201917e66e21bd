package id.sirakor.onsite.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The schedule as participants were told it: seq 1 is the baseline, later rows change notices. */
@Entity
@Table(name = "schedule_notice")
public class ScheduleNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    private int seq;
    private String fingerprint;
    private String schedule;
    private int recipients;
    /** CHANGE or CANCEL; both raise the calendar SEQUENCE. */
    private String kind = "CHANGE";
    /** The told schedule per day, "date\ttime\tplace" lines (null in rows from before V81). */
    @Column(name = "day_rows")
    private String dayRows;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "created_by")
    private String createdBy;

    public ScheduleNotice() {
    }

    public ScheduleNotice(Long eventId, int seq, String fingerprint, String schedule, int recipients, Instant createdAt,
                          String createdBy) {
        this.eventId = eventId;
        this.seq = seq;
        this.fingerprint = fingerprint;
        this.schedule = schedule;
        this.recipients = recipients;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public String getDayRows() { return dayRows; }
    public void setDayRows(String dayRows) { this.dayRows = dayRows; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public int getSeq() { return seq; }
    public String getFingerprint() { return fingerprint; }
    public String getSchedule() { return schedule; }
    public int getRecipients() { return recipients; }
    public void setRecipients(int recipients) { this.recipients = recipients; }
    public Instant getCreatedAt() { return createdAt; }
    public String getCreatedBy() { return createdBy; }
}
