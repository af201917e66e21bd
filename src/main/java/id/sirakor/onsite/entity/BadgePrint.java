package id.sirakor.onsite.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One printing of badges: when, by whom, which selection, how many. "Changed since" reads the last. */
@Entity
@Table(name = "badge_print")
public class BadgePrint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "printed_at")
    private Instant printedAt;
    @Column(name = "printed_by")
    private String printedBy;
    private String selection;
    private String sheet;
    @Column(name = "badge_count")
    private int badgeCount;

    public BadgePrint() {
    }

    public BadgePrint(Long eventId, Instant printedAt, String printedBy, String selection, String sheet, int badgeCount) {
        this.eventId = eventId;
        this.printedAt = printedAt;
        this.printedBy = printedBy;
        this.selection = selection;
        this.sheet = sheet;
        this.badgeCount = badgeCount;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public Instant getPrintedAt() { return printedAt; }
    public String getPrintedBy() { return printedBy; }
    public String getSelection() { return selection; }
    public String getSheet() { return sheet; }
    public int getBadgeCount() { return badgeCount; }
}
