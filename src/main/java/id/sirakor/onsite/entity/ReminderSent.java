package id.sirakor.onsite.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A reminder queued for one registration, H-n days before: the unique key makes it once only. */
@Entity
@Table(name = "reminder_sent")
public class ReminderSent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "registration_id")
    private Long registrationId;
    @Column(name = "days_before")
    private int daysBefore;
    @Column(name = "sent_at")
    private Instant sentAt;

    public ReminderSent() {
    }

    public ReminderSent(Long eventId, Long registrationId, int daysBefore, Instant sentAt) {
        this.eventId = eventId;
        this.registrationId = registrationId;
        this.daysBefore = daysBefore;
        this.sentAt = sentAt;
    }

    public Long getId() { return id; }
    public Long getRegistrationId() { return registrationId; }
    public int getDaysBefore() { return daysBefore; }
}
