package id.sirakor.platform.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One view or export of personal data by a logged-in user (ADR 0097). */
@Entity
@Table(name = "personal_data_access")
public class PersonalDataAccess {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String username;
    private String roles;
    @Column(name = "actor_unit")
    private Long actorUnit;
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "event_id")
    private Long eventId;
    private String subject;
    private String access;
    private int persons;
    @Column(name = "client_ip")
    private String clientIp;

    public PersonalDataAccess() {
    }

    public PersonalDataAccess(Instant at, String username, String roles, Long actorUnit, Long unitId, Long eventId,
                              String subject, String access, int persons, String clientIp) {
        this.at = at;
        this.username = username;
        this.roles = roles;
        this.actorUnit = actorUnit;
        this.unitId = unitId;
        this.eventId = eventId;
        this.subject = subject;
        this.access = access;
        this.persons = persons;
        this.clientIp = clientIp;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getUsername() { return username; }
    public String getRoles() { return roles; }
    public Long getActorUnit() { return actorUnit; }
    public Long getUnitId() { return unitId; }
    public Long getEventId() { return eventId; }
    public String getSubject() { return subject; }
    public String getAccess() { return access; }
    public int getPersons() { return persons; }
    public String getClientIp() { return clientIp; }
}
