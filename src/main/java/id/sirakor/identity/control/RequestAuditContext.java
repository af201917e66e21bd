package id.sirakor.identity.control;

import id.sirakor.platform.audit.AuditContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The actor of an audit row: the logged-in user, or "system" for startup and background work. */
@ApplicationScoped
public class RequestAuditContext implements AuditContext {

    private static final ThreadLocal<String> SYSTEM_ACTOR = new ThreadLocal<>();

    @Inject
    Instance<CurrentUser> currentUser;

    @Inject
    Instance<HttpServletRequest> request;

    /** Runs work that is audited as the given system actor (e.g. "system:demo-data"). */
    public static void runAsSystem(String actor, Runnable work) {
        String before = SYSTEM_ACTOR.get();
        SYSTEM_ACTOR.set(actor);
        try {
            work.run();
        } finally {
            if (before == null) {
                SYSTEM_ACTOR.remove();
            } else {
                SYSTEM_ACTOR.set(before);
            }
        }
    }

    private CurrentUser.Snapshot user() {
        if (SYSTEM_ACTOR.get() != null) {
            return null;
        }
        try {
            return currentUser.get().get();
        } catch (ContextNotActiveException | IllegalStateException e) {
            return null;
        }
    }

    @Override
    public String actor() {
        String system = SYSTEM_ACTOR.get();
        if (system != null) {
            return system;
        }
        CurrentUser.Snapshot u = user();
        return u == null ? "anonymous" : u.username();
    }

    @Override
    public Long actorUnitId() {
        CurrentUser.Snapshot u = user();
        return u == null ? null : u.unitId();
    }

    @Override
    public String clientIp() {
        if (SYSTEM_ACTOR.get() != null) {
            return null;
        }
        try {
            return id.sirakor.platform.web.ClientAddress.of(request.get());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
