package id.sirakor.spj.boundary;

import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import id.sirakor.identity.control.UnitScope;
import id.sirakor.spj.control.SpjRates;
import id.sirakor.spj.entity.SpjCategory;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The unit's SPJ rates: Standar Biaya Masukan per year, the PPh 21 rule, transport per region. */
@Named
@ViewScoped
public class RatesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SpjRates rates;

    @Inject
    UnitScope scope;

    /** One editable line: an SBM category's rate, or a region's transport amount. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private String key;
        private String label;
        private BigDecimal amount;

        public Line() {
        }

        Line(String key, String label, BigDecimal amount) {
            this.key = key;
            this.label = label;
            this.amount = amount;
        }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public String getLabel() { return label; }
        public BigDecimal getAmount() { return amount; }
        public void setAmount(BigDecimal amount) { this.amount = amount; }
    }

    /** Fields with their own message on the page; the others (in repeated rows) are shown at the top. */
    private static final java.util.Set<String> ON_PAGE = java.util.Set.of("year", "golI", "golII", "golIII", "golIV", "nonAsn", "nonAsnNoNpwp");

    private Long unit;
    private Integer year;
    private boolean found;
    private boolean writable;
    private String unitName;
    private String honorFrom;
    private boolean honorOwn;
    private String taxFrom;
    private boolean taxOwn;
    private String transportFrom;
    private boolean transportOwn;
    private List<Line> honor = new ArrayList<>();
    private List<Line> transport = new ArrayList<>();
    private BigDecimal golI;
    private BigDecimal golII;
    private BigDecimal golIII;
    private BigDecimal golIV;
    private BigDecimal nonAsn;
    private BigDecimal nonAsnNoNpwp;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            if (unit == null) {
                unit = scope.user().unitId();
            }
            fill(rates.view(unit, year));
            found = true;
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void fill(SpjRates.RatesView v) {
        unitName = v.unitName();
        writable = v.writable();
        year = v.year();
        honorFrom = v.honorFrom();
        honorOwn = v.honorOwn();
        taxFrom = v.taxFrom();
        taxOwn = v.taxOwn();
        transportFrom = v.transportFrom();
        transportOwn = v.transportOwn();
        honor = new ArrayList<>();
        for (SpjCategory c : SpjCategory.values()) {
            honor.add(new Line(c.name(), c.label(), v.honor().get(c.name())));
        }
        golI = v.tax().golI();
        golII = v.tax().golII();
        golIII = v.tax().golIII();
        golIV = v.tax().golIV();
        nonAsn = v.tax().nonAsn();
        nonAsnNoNpwp = v.tax().nonAsnNoNpwp();
        transport = new ArrayList<>();
        for (SpjRates.TransportDto t : v.transport()) {
            transport.add(new Line(t.regionCode(), t.regionName(), t.amount()));
        }
    }

    public void changeYear() {
        try {
            fill(rates.view(unit, year));
        } catch (BusinessException e) {
            Faces.error(e.field() == null ? null : "rates:" + e.field(), e.key(), e.args());
        }
    }

    public void addTransport() {
        transport.add(new Line(null, null, null));
    }

    public void removeTransport(Line l) {
        transport.remove(l);
    }

    public void save() {
        try {
            Map<String, BigDecimal> h = new LinkedHashMap<>();
            for (Line l : honor) {
                if (l.getAmount() != null) {
                    h.put(l.getKey(), l.getAmount());
                }
            }
            List<SpjRates.TransportDto> t = new ArrayList<>();
            for (Line l : transport) {
                if (l.getKey() != null && !l.getKey().isBlank()) {
                    t.add(new SpjRates.TransportDto(l.getKey(), null, l.getAmount()));
                }
            }
            fill(rates.save(unit, new SpjRates.RatesForm(year, h,
                    new SpjRates.TaxDto(golI, golII, golIII, golIV, nonAsn, nonAsnNoNpwp), t)));
            Faces.info("spj.ratesSaved", year);
        } catch (BusinessException e) {
            Faces.error(ON_PAGE.contains(e.field()) ? "rates:" + e.field() : null, e.key(), e.args());
        }
    }

    public Long getUnit() { return unit; }
    public void setUnit(Long unit) { this.unit = unit; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public boolean isFound() { return found; }
    public boolean isWritable() { return writable; }
    public String getUnitName() { return unitName; }
    public String getHonorFrom() { return honorFrom; }
    public boolean isHonorOwn() { return honorOwn; }
    public String getTaxFrom() { return taxFrom; }
    public boolean isTaxOwn() { return taxOwn; }
    public String getTransportFrom() { return transportFrom; }
    public boolean isTransportOwn() { return transportOwn; }
    public List<Line> getHonor() { return honor; }
    public List<Line> getTransport() { return transport; }
    public BigDecimal getGolI() { return golI; }
    public void setGolI(BigDecimal v) { this.golI = v; }
    public BigDecimal getGolII() { return golII; }
    public void setGolII(BigDecimal v) { this.golII = v; }
    public BigDecimal getGolIII() { return golIII; }
    public void setGolIII(BigDecimal v) { this.golIII = v; }
    public BigDecimal getGolIV() { return golIV; }
    public void setGolIV(BigDecimal v) { this.golIV = v; }
    public BigDecimal getNonAsn() { return nonAsn; }
    public void setNonAsn(BigDecimal v) { this.nonAsn = v; }
    public BigDecimal getNonAsnNoNpwp() { return nonAsnNoNpwp; }
    public void setNonAsnNoNpwp(BigDecimal v) { this.nonAsnNoNpwp = v; }
}
