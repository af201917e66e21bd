package id.sirakor.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A photo (JPEG/PNG) or slides (PDF) attached to a version of the minutes, or to one of its sessions; the bytes live in the file store. */
@Entity
@Table(name = "minutes_attachment")
public class MinutesAttachment implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "minutes_id")
    private Long minutesId;
    @Column(name = "session_id")
    private Long sessionId;
    private int seq;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "file_key")
    private String fileKey;
    @Column(name = "file_name")
    private String fileName;
    private String caption;
    @Column(name = "size_bytes")
    private long sizeBytes;

    public MinutesAttachment() {
    }

    public MinutesAttachment(Long minutesId, Long sessionId, int seq, String contentType, String fileKey, String fileName, String caption,
                             long sizeBytes) {
        this.minutesId = minutesId;
        this.sessionId = sessionId;
        this.seq = seq;
        this.contentType = contentType;
        this.fileKey = fileKey;
        this.fileName = fileName;
        this.caption = caption;
        this.sizeBytes = sizeBytes;
    }

    public boolean isPhoto() {
        return contentType.startsWith("image/");
    }

    public Long getId() { return id; }
    public Long getMinutesId() { return minutesId; }
    public Long getSessionId() { return sessionId; }
    public int getSeq() { return seq; }
    public String getContentType() { return contentType; }
    public String getFileKey() { return fileKey; }
    public String getFileName() { return fileName; }
    public String getCaption() { return caption; }
    public long getSizeBytes() { return sizeBytes; }
}
