package id.sirakor.spj.entity;

import id.sirakor.identity.entity.OrgUnit;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** The uang transport a unit pays a participant from a region (a province or a regency/city, and all below it). */
@Entity
@Table(name = "spj_transport_rate")
public class TransportRate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;
    @Column(name = "region_code")
    private String regionCode;
    @Column(precision = 15, scale = 2)
    private BigDecimal amount;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public Long getId() { return id; }
    public OrgUnit getUnit() { return unit; }
    public void setUnit(OrgUnit unit) { this.unit = unit; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String regionCode) { this.regionCode = regionCode; }
    public BigDecimal getAmount() { return amount; }
    public void setAmount(BigDecimal amount) { this.amount = amount; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
