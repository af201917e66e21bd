package id.sirakor.event.boundary;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventStatus;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The events of the user's units, paged in the database. */
@Named
@ViewScoped
public class EventsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventService events;

    private String search;
    private EventStatus status;

    /**
     * Transient: the rows are entities and do not replicate. After a failover the model is created
     * anew and PrimeFaces loads the page again (its wrapped data is null) through the same scoped
     * service calls; the search and status it filters by are kept.
     */
    private transient LazyDataModel<Event> model;

    public LazyDataModel<Event> getModel() {
        if (model == null) {
            model = newModel();
        }
        return model;
    }

    private LazyDataModel<Event> newModel() {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) events.count(search, status);
            }

            @Override
            public List<Event> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return events.list(search, status, first, pageSize);
            }

            @Override
            public String getRowKey(Event e) {
                return String.valueOf(e.getId());
            }
        };
    }

    public String getSearch() { return search; }
    public void setSearch(String search) { this.search = search; }
    public EventStatus getStatus() { return status; }
    public void setStatus(EventStatus status) { this.status = status; }
    public EventStatus[] getStatuses() { return EventStatus.values(); }
}
