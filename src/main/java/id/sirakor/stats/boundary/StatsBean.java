package id.sirakor.stats.boundary;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.LanguageFilter;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.web.Faces;
import id.sirakor.stats.control.Stats;
import id.sirakor.stats.control.StatsMath;
import id.sirakor.stats.control.StatsService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The "Rekap &amp; statistik" page of an event: each block a chart and its table; the Excel
 * downloads are links to the streamed API exports (the session's cookie authenticates them).
 */
@Named
@ViewScoped
public class StatsBean implements Serializable {

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

    /** The portal's language (session or cookie): the view root's locale is not set yet in the view action. */
    static java.util.Locale locale() {
        return "en".equals(LanguageFilter.language(Faces.request())) ? Messages.ENGLISH : Messages.INDONESIAN;
    }

    public String percent(long part, long whole) {
        return StatsMath.percentText(part, whole, !"en".equals(locale().getLanguage()));
    }

    public long total(List<Stats.Count> rows) {
        return rows.stream().mapToLong(Stats.Count::value).sum();
    }

    public String getTypeChart() {
        return Charts.counts(stats.byType(), Messages.get(locale(), "stats.registered"));
    }

    public String getRegionChart() {
        return Charts.counts(stats.byRegion(), Messages.get(locale(), "stats.registered"));
    }

    public String getDaysChart() {
        return Charts.ratios(stats.days(), Messages.get(locale(), "stats.present"), Messages.get(locale(), "stats.registered"), false);
    }

    public String getCoverageChart() {
        return Charts.ratios(stats.coverage(), Messages.get(locale(), "stats.signed"), Messages.get(locale(), "stats.invited"), true);
    }

    public String getCertificateChart() {
        return Charts.counts(stats.certificates(), Messages.get(locale(), "stats.issued"));
    }

    public String getFollowUpChart() {
        return Charts.counts(stats.followUps(), Messages.get(locale(), "stats.count"));
    }

    public int height(int n, int series) {
        return Charts.height(n, series);
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public Stats.EventStats getStats() { return stats; }
}
