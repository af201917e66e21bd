package id.sirakor.attendance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An event's attendance rule; an event without a row uses {@link #defaults}. */
@Entity
@Table(name = "attendance_setting")
public class AttendanceSetting {

    public enum Rule { ALL_DAYS, SESSIONS, MINUTES }

    @Id
    @Column(name = "event_id")
    private Long eventId;
    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind")
    private Rule rule = Rule.ALL_DAYS;
    private Integer threshold;
    @Column(name = "counts_sessions")
    private boolean countsSessions;
    @Column(name = "checks_out")
    private boolean checksOut;

    public static AttendanceSetting defaults(long eventId) {
        AttendanceSetting s = new AttendanceSetting();
        s.eventId = eventId;
        return s;
    }

    public Long getEventId() { return eventId; }
    public Rule getRule() { return rule; }
    public void setRule(Rule rule) { this.rule = rule; }
    public Integer getThreshold() { return threshold; }
    public void setThreshold(Integer threshold) { this.threshold = threshold; }
    public boolean isCountsSessions() { return countsSessions; }
    public void setCountsSessions(boolean countsSessions) { this.countsSessions = countsSessions; }
    public boolean isChecksOut() { return checksOut; }
    public void setChecksOut(boolean checksOut) { this.checksOut = checksOut; }
}
