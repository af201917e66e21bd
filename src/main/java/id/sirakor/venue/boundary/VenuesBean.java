package id.sirakor.venue.boundary;

import id.sirakor.venue.control.VenueService;
import id.sirakor.venue.entity.Venue;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

@Named
@ViewScoped
public class VenuesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VenueService venues;

    private String search;
    /** Entities: not replicated; read again through getRows() after a failover. */
    private transient List<Venue> rows;

    public List<Venue> getRows() {
        if (rows == null) {
            rows = venues.list(search);
            rows.forEach(v -> v.getHalls().size());
        }
        return rows;
    }

    public void find() {
        rows = null;
    }

    public String getSearch() { return search; }
    public void setSearch(String v) { search = v; }
}
