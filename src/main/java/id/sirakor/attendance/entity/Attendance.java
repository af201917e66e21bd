package id.sirakor.attendance.entity;

import id.sirakor.registration.entity.Registration;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A person present on a day ({@code slotKey} "D&lt;dayId&gt;") or in a session ("S&lt;sessionId&gt;").
 * Unique per registration and slot, and per idempotency key: see V30.
 */
@Entity
@Table(name = "attendance")
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;
    @Column(name = "day_id")
    private Long dayId;
    @Column(name = "session_id")
    private Long sessionId;
    @Column(name = "slot_key")
    private String slotKey;
    @Column(name = "checked_in_at")
    private Instant checkedInAt;
    @Column(name = "checked_out_at")
    private Instant checkedOutAt;
    /** SCAN, CODE, SEARCH, WALKIN, MANUAL (from a paper list, with a reason), OFFLINE (queued on a device). */
    private String method;
    private String reason;
    @Column(name = "idempotency_key")
    private String idempotencyKey;
    private String device;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signature_png")
    private byte[] signaturePng;
    @Column(name = "created_at")
    private Instant createdAt;

    public static String daySlot(long dayId) {
        return "D" + dayId;
    }

    public static String sessionSlot(long sessionId) {
        return "S" + sessionId;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public void setEventId(Long eventId) { this.eventId = eventId; }
    public Registration getRegistration() { return registration; }
    public void setRegistration(Registration registration) { this.registration = registration; }
    public Long getDayId() { return dayId; }
    public void setDayId(Long dayId) { this.dayId = dayId; }
    public Long getSessionId() { return sessionId; }
    public void setSessionId(Long sessionId) { this.sessionId = sessionId; }
    public String getSlotKey() { return slotKey; }
    public void setSlotKey(String slotKey) { this.slotKey = slotKey; }
    public Instant getCheckedInAt() { return checkedInAt; }
    public void setCheckedInAt(Instant checkedInAt) { this.checkedInAt = checkedInAt; }
    public Instant getCheckedOutAt() { return checkedOutAt; }
    public void setCheckedOutAt(Instant checkedOutAt) { this.checkedOutAt = checkedOutAt; }
    public String getMethod() { return method; }
    public void setMethod(String method) { this.method = method; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public String getDevice() { return device; }
    public void setDevice(String device) { this.device = device; }
    public String getRecordedBy() { return recordedBy; }
    public void setRecordedBy(String recordedBy) { this.recordedBy = recordedBy; }
    public byte[] getSignaturePng() { return signaturePng; }
    public void setSignaturePng(byte[] signaturePng) { this.signaturePng = signaturePng; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
}
