package id.sirakor.registration.control;

import id.sirakor.platform.config.Settings;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.registration.control.RegistrationService.Outcome;
import id.sirakor.registration.control.RegistrationService.Prepared;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Group commit of registrations: one writer per event on this node. A request queues its
 * prepared registration on the event's lane and waits; whenever the lane has work and no writer,
 * a task on the managed executor takes everything queued (at most {@value #MAX_BATCH}) and has it
 * decided in one transaction ({@link RegistrationService#decideBatch}), then completes each
 * request's future, and goes again if more arrived meanwhile. While one group commits, the next
 * one gathers, so the group grows with the load and the per-registration cost of the commit, the
 * event's counter-row lock and the audit chain's lock shrinks.
 *
 * <p>The writer is an optimisation, not the arbiter: several nodes each have their own writer
 * for the same event, and their groups serialise on the event's counter row in the database
 * (SeatLedger). A group that fails as a whole (a unique key taken by another node at the same
 * moment, a deadlock) is decided again one registration per transaction, so one bad submission
 * never fails the others.
 */
@ApplicationScoped
public class RegistrationWriter {

    private static final Logger LOG = Logger.getLogger(RegistrationWriter.class.getName());
    static final int MAX_BATCH = 200;

    @Resource
    ManagedExecutorService executor;

    @Inject
    RegistrationService registrations;

    private final ConcurrentHashMap<Long, Lane> lanes = new ConcurrentHashMap<>();

    /** Groups that failed as a whole and were decided again one by one (health of the group path). */
    private final java.util.concurrent.atomic.AtomicLong groupsDecidedAgain = new java.util.concurrent.atomic.AtomicLong();

    private static final class Job {
        final Prepared prepared;
        final CompletableFuture<Outcome> outcome = new CompletableFuture<>();

        Job(Prepared prepared) {
            this.prepared = prepared;
        }
    }

    private static final class Lane {
        final long eventId;
        final ConcurrentLinkedQueue<Job> queue = new ConcurrentLinkedQueue<>();
        final AtomicBoolean scheduled = new AtomicBoolean();

        Lane(long eventId) {
            this.eventId = eventId;
        }
    }

    /** Queues the registration for its event's next group and waits for its outcome (or refusal). */
    public Outcome decide(Prepared p) {
        Job job = new Job(p);
        Lane lane = lanes.computeIfAbsent(p.eventId(), Lane::new);
        lane.queue.add(job);
        schedule(lane);
        long timeout = Long.parseLong(Settings.get("sirakor.registration.timeout.seconds", "SIRAKOR_REGISTRATION_TIMEOUT_SECONDS", "60"));
        try {
            return job.outcome.get(timeout, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            // still queued or being decided: a retry with the same idempotency key gets the answer
            throw new IllegalStateException("registration not decided within " + timeout + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Queues several registrations of one event as one arrival, so they are decided in the same
     * group (a list brought in at once; the test of the group path). Returns, per registration,
     * its {@link Outcome} or the {@link RuntimeException} that refused it.
     */
    public List<Object> decideTogether(List<Prepared> prepared) {
        if (prepared.isEmpty()) {
            return List.of();
        }
        long eventId = prepared.get(0).eventId();
        List<Job> jobs = prepared.stream().map(Job::new).toList();
        Lane lane = lanes.computeIfAbsent(eventId, Lane::new);
        synchronized (lane) {
            lane.queue.addAll(jobs);
        }
        schedule(lane);
        List<Object> out = new ArrayList<>();
        for (Job job : jobs) {
            try {
                out.add(job.outcome.get(60, TimeUnit.SECONDS));
            } catch (ExecutionException e) {
                out.add(e.getCause());
            } catch (TimeoutException | InterruptedException e) {
                out.add(new IllegalStateException("not decided", e));
            }
        }
        return out;
    }

    /** How many groups failed as a whole (a unique key lost to another node's group) and were decided one by one. */
    public long groupsDecidedAgain() {
        return groupsDecidedAgain.get();
    }

    private void schedule(Lane lane) {
        if (lane.scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(() -> drainOnce(lane));
            } catch (RejectedExecutionException e) {
                LOG.log(Level.WARNING, "registration writer not scheduled; deciding on the request's thread", e);
                drainOnce(lane);
            }
        }
    }

    /** One group per task, so no task runs for long; the lane is scheduled again if work is left. */
    private void drainOnce(Lane lane) {
        try {
            List<Job> group = new ArrayList<>();
            Job j;
            synchronized (lane) { // jobs queued together (decideTogether) are taken together
                while (group.size() < MAX_BATCH && (j = lane.queue.poll()) != null) {
                    group.add(j);
                }
            }
            if (!group.isEmpty()) {
                decide(lane.eventId, group);
            }
        } finally {
            lane.scheduled.set(false);
            if (!lane.queue.isEmpty()) {
                schedule(lane);
            }
        }
    }

    private void decide(long eventId, List<Job> group) {
        List<Prepared> prepared = group.stream().map(g -> g.prepared).toList();
        List<Object> results;
        try {
            results = registrations.decideBatch(eventId, prepared);
        } catch (RuntimeException e) {
            if (group.size() > 1) {
                groupsDecidedAgain.incrementAndGet();
                LOG.log(Level.FINE, "registration group of " + group.size() + " failed, deciding one by one", e);
            }
            for (Job job : group) {
                decideAlone(eventId, job);
            }
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            complete(group.get(i), results.get(i));
        }
    }

    private void decideAlone(long eventId, Job job) {
        try {
            complete(job, registrations.decideBatch(eventId, List.of(job.prepared)).get(0));
        } catch (RuntimeException failure) {
            try {
                job.outcome.complete(registrations.afterConflict(job.prepared, failure));
            } catch (RuntimeException e) {
                job.outcome.completeExceptionally(e);
            }
        }
    }

    private static void complete(Job job, Object result) {
        if (result instanceof Outcome o) {
            job.outcome.complete(o);
        } else if (result instanceof BusinessException e) {
            job.outcome.completeExceptionally(e);
        } else {
            job.outcome.completeExceptionally(new IllegalStateException("unexpected result " + result));
        }
    }
}
