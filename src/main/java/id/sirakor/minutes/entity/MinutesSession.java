package id.sirakor.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What one version of the minutes records for one session of the timetable: a summary and the
 * decisions (the points raised are {@link MinutesPoint} rows). The title is a copy, so an approved
 * version reads the same after the timetable changes.
 */
@Entity
@Table(name = "minutes_session")
public class MinutesSession implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "minutes_id")
    private Long minutesId;
    @Column(name = "session_id")
    private Long sessionId;
    @Column(name = "session_title")
    private String sessionTitle;
    private String summary;
    private String decisions;

    public MinutesSession() {
    }

    public MinutesSession(Long minutesId, Long sessionId, String sessionTitle, String summary, String decisions) {
        this.minutesId = minutesId;
        this.sessionId = sessionId;
        this.sessionTitle = sessionTitle;
        this.summary = summary;
        this.decisions = decisions;
    }

    public Long getId() { return id; }
    public Long getMinutesId() { return minutesId; }
    public Long getSessionId() { return sessionId; }
    public String getSessionTitle() { return sessionTitle; }
    public String getSummary() { return summary; }
    public String getDecisions() { return decisions; }
}
