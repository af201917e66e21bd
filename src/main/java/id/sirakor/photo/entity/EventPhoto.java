package id.sirakor.photo.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A photo of an event, or of one of its sessions: a normalized JPEG in the file store (upright,
 * resized, without metadata) and its thumbnail; a caption, at most one cover per event, and a flag
 * for the public gallery on the event page.
 */
@Entity
@Table(name = "event_photo")
public class EventPhoto implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "session_id")
    private Long sessionId;
    private int seq;
    @Column(name = "file_key")
    private String fileKey;
    @Column(name = "thumb_key")
    private String thumbKey;
    private int width;
    private int height;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String caption;
    @Column(name = "is_cover")
    private boolean cover;
    @Column(name = "is_public")
    private boolean publicShown;
    @Column(name = "taken_at")
    private Instant takenAt;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "created_at")
    private Instant createdAt;

    public EventPhoto() {
    }

    public EventPhoto(Long eventId, Long sessionId, int seq, String fileKey, String thumbKey, int width, int height, long sizeBytes,
                      String caption, Instant takenAt, String uploadedBy, Instant createdAt) {
        this.eventId = eventId;
        this.sessionId = sessionId;
        this.seq = seq;
        this.fileKey = fileKey;
        this.thumbKey = thumbKey;
        this.width = width;
        this.height = height;
        this.sizeBytes = sizeBytes;
        this.caption = caption;
        this.takenAt = takenAt;
        this.uploadedBy = uploadedBy;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
    public int getSeq() { return seq; }
    public void setSeq(int seq) { this.seq = seq; }
    public String getFileKey() { return fileKey; }
    public String getThumbKey() { return thumbKey; }
    public int getWidth() { return width; }
    public int getHeight() { return height; }
    public long getSizeBytes() { return sizeBytes; }
    public String getCaption() { return caption; }
    public void setCaption(String caption) { this.caption = caption; }
    public boolean isCover() { return cover; }
    public void setCover(boolean cover) { this.cover = cover; }
    public boolean isPublicShown() { return publicShown; }
    public void setPublicShown(boolean publicShown) { this.publicShown = publicShown; }
    public Instant getTakenAt() { return takenAt; }
    public String getUploadedBy() { return uploadedBy; }
    public Instant getCreatedAt() { return createdAt; }
}
