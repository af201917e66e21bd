package id.sirakor.minutes.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A follow-up promised in one version of the minutes: action, who is responsible, due date, status. */
@Entity
@Table(name = "minutes_followup")
public class FollowUp implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public enum Status { OPEN, DONE, DROPPED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "minutes_id")
    private Long minutesId;
    private int seq;
    private String action;
    private String responsible;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private Status status = Status.OPEN;

    public FollowUp() {
    }

    public FollowUp(Long minutesId, int seq, String action, String responsible, LocalDate dueDate, Status status) {
        this.minutesId = minutesId;
        this.seq = seq;
        this.action = action;
        this.responsible = responsible;
        this.dueDate = dueDate;
        this.status = status == null ? Status.OPEN : status;
    }

    public Long getId() { return id; }
    public Long getMinutesId() { return minutesId; }
    public int getSeq() { return seq; }
    public String getAction() { return action; }
    public String getResponsible() { return responsible; }
    public LocalDate getDueDate() { return dueDate; }
    public Status getStatus() { return status; }
    public void setStatus(Status status) { this.status = status; }
}
