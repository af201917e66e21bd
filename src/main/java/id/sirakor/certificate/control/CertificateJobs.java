package id.sirakor.certificate.control;

import id.sirakor.platform.audit.AuditLog;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The bulk run of an event's certificates in the background: chunks of {@value #CHUNK} holders,
 * each its own transaction ({@link CertificateIssuer#issueChunk}), progress and failures kept for
 * the page's progress bar, cancel between chunks. The database is the job's state: a run started
 * again (after a cancel or a crash) issues only to holders without a valid certificate, and the
 * counter is locked and advanced inside each chunk's transaction, so numbers have no gaps or
 * duplicates. Progress is kept in memory on the node that runs the job (ADR 0062).
 */
@ApplicationScoped
public class CertificateJobs {

    static final int CHUNK = 25;
    private static final Logger LOG = Logger.getLogger(CertificateJobs.class);

    @Resource
    ManagedExecutorService executor;

    @Inject
    CertificateIssuer issuer;

    /** What the page shows. */
    public record Progress(long eventId, int total, int done, int issued, boolean running, boolean cancelled, List<String> failures)
            implements java.io.Serializable {
        public int getPercent() {
            return total == 0 ? 100 : Math.min(100, done * 100 / total);
        }
    }

    static final class Job {
        final long eventId;
        final int total;
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger issued = new AtomicInteger();
        final AtomicBoolean cancel = new AtomicBoolean();
        final AtomicBoolean running = new AtomicBoolean(true);
        final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

        Job(long eventId, int total) {
            this.eventId = eventId;
            this.total = total;
        }

        Progress progress() {
            return new Progress(eventId, total, done.get(), issued.get(), running.get(), cancel.get(), List.copyOf(failures));
        }
    }

    private final Map<Long, Job> jobs = new ConcurrentHashMap<>();

    /** Starts a run for the given holders (already checked by the caller); a run already going is returned as it is. */
    public Progress start(long eventId, List<CertificateIssuer.Holder> holders, AuditLog.Actor actor, boolean mail) {
        Job job = new Job(eventId, holders.size());
        Job running = jobs.compute(eventId, (k, old) -> old != null && old.running.get() ? old : job);
        if (running != job) {
            return running.progress();
        }
        executor.submit(() -> run(job, holders, actor, mail));
        return job.progress();
    }

    /** Runs in the caller's thread (the demo data, the benchmark, tests in the container). */
    public Progress runNow(long eventId, List<CertificateIssuer.Holder> holders, AuditLog.Actor actor, boolean mail) {
        Job job = new Job(eventId, holders.size());
        jobs.put(eventId, job);
        run(job, holders, actor, mail);
        return job.progress();
    }

    void run(Job job, List<CertificateIssuer.Holder> holders, AuditLog.Actor actor, boolean mail) {
        try {
            for (int i = 0; i < holders.size() && !job.cancel.get(); i += CHUNK) {
                List<CertificateIssuer.Holder> chunk = holders.subList(i, Math.min(holders.size(), i + CHUNK));
                try {
                    job.issued.addAndGet(issuer.issueChunk(job.eventId, chunk, actor, mail));
                } catch (RuntimeException e) {
                    // the chunk rolled back as a whole: try its holders one by one to name the failing ones
                    for (CertificateIssuer.Holder h : chunk) {
                        try {
                            job.issued.addAndGet(issuer.issueChunk(job.eventId, List.of(h), actor, mail));
                        } catch (RuntimeException one) {
                            LOG.warnf(one, "certificate for %s of event %d failed", h.key(), job.eventId);
                            job.failures.add(h.name() + ": " + (one.getMessage() == null ? one.getClass().getSimpleName() : one.getMessage()));
                        }
                    }
                }
                job.done.addAndGet(chunk.size());
            }
        } finally {
            job.running.set(false);
        }
    }

    public Progress progress(long eventId) {
        Job j = jobs.get(eventId);
        return j == null ? null : j.progress();
    }

    public void cancel(long eventId) {
        Job j = jobs.get(eventId);
        if (j != null) {
            j.cancel.set(true);
        }
    }
}
