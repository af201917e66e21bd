package id.sirakor.platform.ops;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A job run every N seconds on the server's managed scheduler, that lets go of the application
 * when it stops.
 *
 * <p>A cancelled periodic task stays in the scheduler's queue until its next due time (the
 * server's executor does not remove cancelled tasks). A job run every ten minutes would so keep an
 * undeployed application, all its classes and its Hibernate metamodel, for up to ten minutes:
 * seen as one leaked deployment per redeploy, until the server ran out of heap. So the task
 * ticks at most every {@value #TICK_SECONDS} seconds and runs the job when its period has passed;
 * a stopped task is gone from the queue within one tick. Nothing the job throws escapes (a
 * periodic task that throws is never run again): it goes to {@code failed}.
 */
public final class PeriodicTask {

    static final long TICK_SECONDS = 10;

    private final ScheduledFuture<?> future;
    private volatile boolean stopped;
    private volatile long nextRun;

    private PeriodicTask(ManagedScheduledExecutorService scheduler, long everySeconds, Runnable job, Consumer<Throwable> failed) {
        long period = Math.max(1, everySeconds);
        long tick = Math.min(period, TICK_SECONDS);
        long periodNanos = TimeUnit.SECONDS.toNanos(period);
        nextRun = System.nanoTime() + periodNanos;
        future = scheduler.scheduleWithFixedDelay(() -> {
            if (stopped || System.nanoTime() - nextRun < 0) {
                return;
            }
            try {
                job.run();
            } catch (Throwable e) {
                failed.accept(e);
            } finally {
                nextRun = System.nanoTime() + periodNanos;
            }
        }, tick, tick, TimeUnit.SECONDS);
    }

    /** Runs {@code job} every {@code everySeconds} seconds, the first time after one period. */
    public static PeriodicTask every(ManagedScheduledExecutorService scheduler, long everySeconds, Runnable job, Consumer<Throwable> failed) {
        return new PeriodicTask(scheduler, everySeconds, job, failed);
    }

    /** No run starts after this; the task leaves the scheduler's queue within one tick. */
    public void stop() {
        stopped = true;
        future.cancel(false);
    }
}
