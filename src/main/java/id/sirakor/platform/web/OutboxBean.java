package id.sirakor.platform.web;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.error.FacesErrorHandler;
import id.sirakor.platform.mail.OutboxQueries;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** /manage/outbox.xhtml: the mails of the staff member's units, by status, with retry for dead letters. */
@Named
@ViewScoped
public class OutboxBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> STATUSES = Set.of("PENDING", "SENDING", "SENT", "FAILED");

    @Inject
    OutboxQueries queries;

    private String status;
    private List<OutboxQueries.Row> rows;
    private Map<String, Long> counts;

    public String getStatus() { return status; }

    public void setStatus(String v) {
        status = v != null && STATUSES.contains(v) ? v : null;
    }

    public List<OutboxQueries.Row> getRows() {
        if (rows == null) {
            rows = queries.list(status);
        }
        return rows;
    }

    public Map<String, Long> getCounts() {
        if (counts == null) {
            counts = queries.counts();
        }
        return counts;
    }

    public List<String> getStatuses() {
        return List.of("FAILED", "PENDING", "SENDING", "SENT");
    }

    public void retry(long id) {
        try {
            queries.retry(id);
            rows = null;
            counts = null;
            Faces.info("outbox.retried");
        } catch (BusinessException e) {
            FacesErrorHandler.showBusiness(FacesContext.getCurrentInstance(), e);
        }
    }
}
