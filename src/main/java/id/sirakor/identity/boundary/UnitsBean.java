package id.sirakor.identity.boundary;

import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.control.UnitService;
import id.sirakor.identity.entity.OrgUnit;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The units the user may see, searchable. */
@Named
@ViewScoped
public class UnitsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitService units;

    @Inject
    UnitScope scope;

    private String search;
    /** Entities: not replicated; read again through getRows() after a failover. */
    private transient List<OrgUnit> rows;

    public List<OrgUnit> getRows() {
        if (rows == null) {
            rows = units.readable(search);
        }
        return rows;
    }

    public void find() {
        rows = null;
    }

    public boolean canEdit(OrgUnit u) {
        return scope.canWrite(u);
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
}
