package id.sirakor.identity.boundary;

import id.sirakor.platform.text.Inputs;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.audit.AuditEntry;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.audit.AuditQueries;
import id.sirakor.platform.audit.AuditVerifier;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** ADMIN: the audit log and its verification. */
@Named
@ViewScoped
public class AuditBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditQueries queries;

    @Inject
    AuditVerifier verifier;

    @Inject
    UnitScope scope;

    private String entityType;
    private AuditVerifier.Report report;

    /** Rows are entities: not replicated; made again after a failover (PrimeFaces then reloads the page). */
    private transient LazyDataModel<AuditEntry> model;

    private LazyDataModel<AuditEntry> newModel() {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                scope.requireRole(Role.ADMIN);
                return (int) queries.count(Inputs.trimToNull(entityType), null);
            }

            @Override
            public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> f) {
                scope.requireRole(Role.ADMIN);
                return queries.page(Inputs.trimToNull(entityType), null, first, pageSize);
            }

            @Override
            public String getRowKey(AuditEntry e) {
                return String.valueOf(e.getId());
            }
        };
    }

    public void verify() {
        scope.requireRole(Role.ADMIN);
        report = verifier.verify(AuditLog.MAIN_CHAIN);
    }

    public String getReportText() {
        if (report == null) {
            return null;
        }
        return report.intact() ? Faces.text("audit.intact", report.checked())
                : Faces.text("audit.broken", report.brokenAtSeq(), report.problem(), report.checked());
    }

    public LazyDataModel<AuditEntry> getModel() {
        if (model == null) {
            model = newModel();
        }
        return model;
    }
    public String getEntityType() { return entityType; }
    public void setEntityType(String entityType) { this.entityType = entityType; }
    public AuditVerifier.Report getReport() { return report; }
}
