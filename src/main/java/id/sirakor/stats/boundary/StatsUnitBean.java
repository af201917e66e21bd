package id.sirakor.stats.boundary;

import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.web.Faces;
import id.sirakor.stats.control.Stats;
import id.sirakor.stats.control.StatsService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;

/**
 * The "Rekap &amp; statistik" page of a unit and the units below it over a year, chosen with a
 * plain GET form ({@code ?unit=&year=}), so that each view has its own address.
 */
@Named
@ViewScoped
public class StatsUnitBean extends StatsPage {

    private static final long serialVersionUID = 1L;

    @Inject
    StatsService service;

    @Inject
    AppClock clock;

    private Long unit;
    private Integer year;
    private boolean found;
    private Stats.UnitStats stats;
    private List<Stats.UnitChoice> units;
    private List<Integer> years;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            int current = clock.now().atZone(IndonesianTime.WIB).getYear();
            OrgUnit u = service.readableUnit(unit);
            unit = u.getId();
            years = service.years(u, current);
            if (year == null) {
                year = current;
            }
            try {
                stats = service.unit(unit, year, locale());
            } catch (BusinessException e) {
                if (e.kind() != BusinessException.Kind.INVALID) {
                    throw e;
                }
                // a year out of range in the address: say so and show the current year
                Faces.error(null, e.key(), e.args());
                year = current;
                stats = service.unit(unit, year, locale());
            }
            units = service.units();
            found = true;
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    public String date(LocalDate d) {
        return d == null ? "\u2014" : IndonesianTime.shortDate(d, locale());
    }

    public String indent(int depth) {
        return "\u00a0\u00a0".repeat(Math.max(0, depth));
    }

    public String getMonthChart() {
        return Charts.periods(stats.months(), Messages.get(locale(), "stats.registered"), Messages.get(locale(), "stats.present"), false);
    }

    public String getEventTypeChart() {
        return Charts.periods(stats.types(), Messages.get(locale(), "stats.registered"), Messages.get(locale(), "stats.present"), true);
    }

    public String getCertificateChart() {
        return Charts.counts(stats.certificatesByRole(), Messages.get(locale(), "stats.issued"));
    }

    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    @Override
    protected Stats.Blocks blocks() {
        return stats;
    }

    public boolean isFound() { return found; }
    public Stats.UnitStats getStats() { return stats; }
    public List<Stats.UnitChoice> getUnits() { return units; }
    public List<Integer> getYears() { return years; }
}
