package id.sirakor.stats.boundary;

import id.sirakor.platform.i18n.LanguageFilter;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.web.Faces;
import id.sirakor.stats.control.Stats;
import id.sirakor.stats.control.StatsMath;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** What the event's and the unit's statistics pages share: language, figures in words, the common charts. */
public abstract class StatsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The figures shown, or null before they are loaded. */
    protected abstract Stats.Blocks blocks();

    /** The portal's language (session or cookie): the view root's locale is not set yet in the view action. */
    static Locale locale() {
        return LanguageFilter.locale(Faces.request());
    }

    public String percent(long part, long whole) {
        return StatsMath.percentText(part, whole, !"en".equals(locale().getLanguage()));
    }

    public long total(List<Stats.Count> rows) {
        return rows.stream().mapToLong(Stats.Count::value).sum();
    }

    public int height(int n, int series) {
        return Charts.height(n, series);
    }

    public String getTypeChart() {
        return Charts.counts(blocks().byType(), Messages.get(locale(), "stats.registered"));
    }

    public String getRegionChart() {
        return Charts.counts(blocks().byRegion(), Messages.get(locale(), "stats.registered"));
    }

    public String getCoverageChart() {
        return Charts.ratios(blocks().coverage(), Messages.get(locale(), "stats.signed"), Messages.get(locale(), "stats.invited"), true);
    }

    public String getFollowUpChart() {
        return Charts.counts(blocks().followUps(), Messages.get(locale(), "stats.count"));
    }
}
