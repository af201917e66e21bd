package id.sirakor.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A point raised in a session: by a speaker or by a participant/institution; from a sumbang saran when {@code suggestionId} is set. */
@Entity
@Table(name = "minutes_point")
public class MinutesPoint implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum By { SPEAKER, PARTICIPANT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "minutes_id")
    private Long minutesId;
    @Column(name = "session_id")
    private Long sessionId;
    private int seq;
    @Enumerated(EnumType.STRING)
    @Column(name = "by_kind")
    private By byKind;
    @Column(name = "by_name")
    private String byName;
    private String body;
    @Column(name = "suggestion_id")
    private Long suggestionId;
    /** Marked "kutipan": the news release draft quotes this point (issue 14, V93). */
    @Column(name = "is_quote")
    private boolean quote;

    public MinutesPoint() {
    }

    public MinutesPoint(Long minutesId, Long sessionId, int seq, By byKind, String byName, String body, Long suggestionId) {
        this.minutesId = minutesId;
        this.sessionId = sessionId;
        this.seq = seq;
        this.byKind = byKind;
        this.byName = byName;
        this.body = body;
        this.suggestionId = suggestionId;
    }

    public Long getId() { return id; }
    public Long getMinutesId() { return minutesId; }
    public Long getSessionId() { return sessionId; }
    public int getSeq() { return seq; }
    public By getByKind() { return byKind; }
    public String getByName() { return byName; }
    public String getBody() { return body; }
    public Long getSuggestionId() { return suggestionId; }
    public boolean isQuote() { return quote; }
    public void setQuote(boolean quote) { this.quote = quote; }
}
