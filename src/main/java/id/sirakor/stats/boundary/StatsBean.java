package id.sirakor.stats.boundary;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.web.Faces;
import id.sirakor.stats.control.Stats;
import id.sirakor.stats.control.StatsService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The "Rekap &amp; statistik" page of an event: each block a chart and its table; the Excel
 * downloads are links to the streamed API exports (the session's cookie authenticates them).
 */
@Named
@ViewScoped
public class StatsBean extends StatsPage {

    private static final long serialVersionUID = 1L;

    @Inject
    StatsService service;

    private Long id;
    private boolean found;
    private Stats.EventStats stats;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw BusinessException.notFound("error.notFound");
            }
            stats = service.event(id, locale());
            found = true;
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    public String getDaysChart() {
        return Charts.ratios(stats.days(), Messages.get(locale(), "stats.present"), Messages.get(locale(), "stats.registered"), false);
    }

    public String getCertificateChart() {
        return Charts.counts(stats.certificates(), Messages.get(locale(), "stats.issued"));
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    @Override
    protected Stats.Blocks blocks() {
        return stats;
    }

    public boolean isFound() { return found; }
    public Stats.EventStats getStats() { return stats; }
}
