package id.sirakor.platform.error;

import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * A database that does not answer (stopped, unreachable, pool exhausted waiting for it) is not a
 * bug: callers get 503 with Retry-After (API) or the "try again shortly" page (UI), no incident
 * and no stack trace. The log gets one warning line per outage: the first failure after a
 * quiet minute is logged, the rest are counted and reported with the next line.
 */
public final class Outage {

    private static final Logger LOG = Logger.getLogger("id.sirakor.outage");
    private static final long QUIET_NANOS = 60_000_000_000L;
    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final AtomicLong LAST_LOGGED = new AtomicLong(System.nanoTime() - QUIET_NANOS - 1);
    private static final AtomicLong SUPPRESSED = new AtomicLong();

    private Outage() {
    }

    /** Whether {@code t} (or a cause) says the database cannot be reached. */
    public static boolean isDatabaseDown(Throwable t) {
        int guard = 0;
        for (Throwable c = t; c != null && guard++ < 30; c = c.getCause()) {
            if (c instanceof java.sql.SQLTransientConnectionException || c instanceof java.sql.SQLNonTransientConnectionException
                    || c instanceof java.sql.SQLRecoverableException || c instanceof java.net.ConnectException) {
                return true;
            }
            String name = c.getClass().getName();
            if (name.equals("org.hibernate.exception.JDBCConnectionException")
                    || name.equals("jakarta.resource.ResourceException") || name.startsWith("jakarta.resource.spi.")
                    || name.equals("com.mysql.cj.jdbc.exceptions.CommunicationsException")
                    || name.equals("com.mysql.cj.exceptions.CJCommunicationsException")
                    || name.equals("org.h2.jdbc.JdbcSQLNonTransientConnectionException")) {
                return true;
            }
            String m = c.getMessage();
            if (m != null && (m.contains("IJ000453") || m.contains("IJ000655") || m.contains("Unable to acquire JDBC Connection")
                    || m.contains("Could not open connection"))) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    /** Notes a failure caused by the outage: one warning per outage, without a stack trace. */
    public static void note(Throwable t, String where) {
        long now = System.nanoTime();
        long last = LAST_LOGGED.get();
        if (now - last > QUIET_NANOS && LAST_LOGGED.compareAndSet(last, now)) {
            long more = SUPPRESSED.getAndSet(0);
            Throwable root = t;
            for (int guard = 0; root.getCause() != null && root.getCause() != root && guard < 30; guard++) {
                root = root.getCause(); // bounded: a chain of causes can loop
            }
            LOG.warning("database unavailable at " + where + ": " + root.getClass().getSimpleName() + ": " + root.getMessage()
                    + (more > 0 ? " (" + more + " more failures since the last line)" : "")
                    + "; answering 503 until it is back");
        } else {
            SUPPRESSED.incrementAndGet();
        }
    }
}
