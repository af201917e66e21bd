package id.sirakor.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One login attempt: when, the account name as sent (cut to 100), the client's address, the outcome, FORM or TOKEN. */
@Entity
@Table(name = "login_attempt")
public class LoginAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Instant at;
    private String username;
    @Column(name = "client_ip")
    private String clientIp;
    private String outcome;
    private String channel;

    public LoginAttempt() {
    }

    public LoginAttempt(Instant at, String username, String clientIp, String outcome, String channel) {
        this.at = at;
        this.username = username;
        this.clientIp = clientIp;
        this.outcome = outcome;
        this.channel = channel;
    }

    public Long getId() { return id; }
    public Instant getAt() { return at; }
    public String getUsername() { return username; }
    public String getClientIp() { return clientIp; }
    public String getOutcome() { return outcome; }
    public String getChannel() { return channel; }
}
