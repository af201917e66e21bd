package id.sirakor.privacy.control;

import id.sirakor.identity.control.RequestAuditContext;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.ops.PeriodicTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anonymizes the participants of events past their retention (ADR 0096): every six hours on each
 * node; each event is claimed in the database, so on a cluster it is done once. Each run logs its
 * count; each event is one audit row ({@code privacy.retention}).
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

    public record Run(int events, int persons) {
    }

    @Inject
    PrivacyService privacy;

    @Inject
    UnitScope scope;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;

    private volatile PeriodicTask task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        long every = Long.getLong("sirakor.retention.every", 6 * 3600L);
        task = PeriodicTask.every(scheduler, every, () -> RequestAuditContext.runAsSystem("system:retention", this::run),
                e -> LOG.log(Level.WARNING, "retention run failed", e));
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (task != null) {
            task.stop();
        }
    }

    /** The administrator's "run now" (operations, tests). */
    public Run runNow() {
        scope.requireRole(Role.ADMIN);
        return run();
    }

    Run run() {
        int events = 0;
        int persons = 0;
        for (Long id : privacy.dueEvents()) {
            int n = privacy.anonymizeEvent(id);
            if (n >= 0) {
                events++;
                persons += n;
            }
        }
        if (events > 0) {
            LOG.info("Retention: " + persons + " participant(s) of " + events + " event(s) anonymized.");
        }
        return new Run(events, persons);
    }
}
