package id.sirakor.platform.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of the application. Everything that asks "what time is it" asks this bean, so a
 * test can move time (lockout expiry, event status changes) without sleeping.
 * Instants are truncated to microseconds, what DATETIME(6) keeps. (MySQL Connector/J talking to
 * MariaDB keeps whole seconds only, so nothing may depend on sub-second values surviving a round
 * trip; the audit hash covers whole seconds for that reason.)
 */
@ApplicationScoped
public class AppClock {

    private volatile Clock clock = Clock.systemUTC();

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** For tests only: pin or shift the clock. */
    public void use(Clock replacement) {
        this.clock = replacement == null ? Clock.systemUTC() : replacement;
    }
}
