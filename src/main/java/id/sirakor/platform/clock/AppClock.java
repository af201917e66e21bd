package id.sirakor.platform.clock;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The one clock of the application. Everything that asks "what time is it" asks this bean, so a
 * test can move time (lockout expiry, event status changes) without sleeping.
 * Instants are truncated to microseconds because DATETIME(6) keeps no more: a value read back
 * must equal the value written, or hash-chained audit rows would not verify.
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
