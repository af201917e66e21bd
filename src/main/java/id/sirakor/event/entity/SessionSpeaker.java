package id.sirakor.event.entity;

import id.sirakor.speaker.entity.Speaker;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A speaking slot given to an official, and who actually spoke for them: recorded and printed
 * as "Pj Bupati Banjarnegara … diwakili oleh Kepala Bakesbangpol …".
 */
@Entity
@Table(name = "session_speaker")
public class SessionSpeaker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id")
    private EventSession session;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    private Speaker speaker;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "represented_by_id")
    private Speaker representedBy;
    @Column(name = "sort_order")
    private int sortOrder;

    /** The person who actually speaks: the representative if there is one. */
    public Speaker getActualSpeaker() {
        return representedBy != null ? representedBy : speaker;
    }

    public Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("speakerId", speaker.getId());
        m.put("representedById", representedBy == null ? null : representedBy.getId());
        return m;
    }

    public Long getId() { return id; }
    public EventSession getSession() { return session; }
    public void setSession(EventSession session) { this.session = session; }
    public Speaker getSpeaker() { return speaker; }
    public void setSpeaker(Speaker speaker) { this.speaker = speaker; }
    public Speaker getRepresentedBy() { return representedBy; }
    public void setRepresentedBy(Speaker representedBy) { this.representedBy = representedBy; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
}
