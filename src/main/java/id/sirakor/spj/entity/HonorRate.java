package id.sirakor.spj.entity;

import id.sirakor.identity.entity.OrgUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of a unit's Standar Biaya Masukan: the honorarium per hour of a category in a year. */
@Entity
@Table(name = "spj_honor_rate")
public class HonorRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;
    @Column(name = "valid_year")
    private int validYear;
    @Enumerated(EnumType.STRING)
    private SpjCategory category;
    @Column(name = "rate_per_hour", precision = 15, scale = 2)
    private BigDecimal ratePerHour;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public Long getId() { return id; }
    public OrgUnit getUnit() { return unit; }
    public void setUnit(OrgUnit unit) { this.unit = unit; }
    public int getValidYear() { return validYear; }
    public void setValidYear(int validYear) { this.validYear = validYear; }
    public SpjCategory getCategory() { return category; }
    public void setCategory(SpjCategory category) { this.category = category; }
    public BigDecimal getRatePerHour() { return ratePerHour; }
    public void setRatePerHour(BigDecimal ratePerHour) { this.ratePerHour = ratePerHour; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
