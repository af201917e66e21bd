package id.sirakor.platform.web;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.Set;

/**
 * Makes the public pages without a form (home, public event page) transient for an anonymous visitor
 * as soon as their view root exists, so nothing opens an HTTP session for them (ADR 0100).
 *
 * <p>The layout's {@code <f:view transient="…">} says the same, but it is applied only when the view
 * is built, at the start of rendering; PrimeFaces' CSP listener runs before that and keeps the nonce
 * in the view map of a view it does not yet know is transient, and Mojarra registers a new view map
 * in the session: every anonymous visitor got a JSESSIONID again (ADR 0069 with ADR 0100).</p>
 */
public class StatelessViews implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** The pages whose layout marks them {@code statelessPage}. */
    static final Set<String> VIEWS = Set.of("/index.xhtml", "/event.xhtml");

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext fc = event.getFacesContext();
        UIViewRoot root = fc.getViewRoot();
        if (root == null || fc.isPostback() || !VIEWS.contains(root.getViewId())) {
            return;
        }
        ExternalContext ec = fc.getExternalContext();
        if (ec.getSession(false) == null && ec.getUserPrincipal() == null) {
            root.setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
