package id.sirakor.spj.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A unit's PPh 21 rule for honoraria, in percent: ASN by golongan (defaults I/II 0 %, III 5 %,
 * IV 15 %), non-ASN with an NPWP (default 5 %) and without one (default 6 %: the 20 % higher
 * rate for a recipient without NPWP). A unit without a row uses its parent's, then {@link #defaults}.
 */
@Entity
@Table(name = "spj_tax_rule")
public class TaxRule {

    @Id
    @Column(name = "unit_id")
    private Long unitId;
    @Column(name = "pct_gol_1", precision = 5, scale = 2)
    private BigDecimal pctGol1;
    @Column(name = "pct_gol_2", precision = 5, scale = 2)
    private BigDecimal pctGol2;
    @Column(name = "pct_gol_3", precision = 5, scale = 2)
    private BigDecimal pctGol3;
    @Column(name = "pct_gol_4", precision = 5, scale = 2)
    private BigDecimal pctGol4;
    @Column(name = "pct_non_asn", precision = 5, scale = 2)
    private BigDecimal pctNonAsn;
    @Column(name = "pct_non_asn_no_npwp", precision = 5, scale = 2)
    private BigDecimal pctNonAsnNoNpwp;
    @Column(name = "updated_at")
    private Instant updatedAt;

    public static TaxRule defaults(Long unitId) {
        TaxRule r = new TaxRule();
        r.unitId = unitId;
        r.pctGol1 = new BigDecimal("0.00");
        r.pctGol2 = new BigDecimal("0.00");
        r.pctGol3 = new BigDecimal("5.00");
        r.pctGol4 = new BigDecimal("15.00");
        r.pctNonAsn = new BigDecimal("5.00");
        r.pctNonAsnNoNpwp = new BigDecimal("6.00");
        return r;
    }

    /** The percentage for a recipient; golongan "I".."IV" for an ASN, ignored otherwise. */
    public BigDecimal percentFor(boolean asn, String golongan, boolean hasNpwp) {
        if (!asn) {
            return hasNpwp ? pctNonAsn : pctNonAsnNoNpwp;
        }
        if (golongan == null) {
            return null;
        }
        return switch (golongan) {
            case "I" -> pctGol1;
            case "II" -> pctGol2;
            case "III" -> pctGol3;
            case "IV" -> pctGol4;
            default -> null;
        };
    }

    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public BigDecimal getPctGol1() { return pctGol1; }
    public void setPctGol1(BigDecimal v) { this.pctGol1 = v; }
    public BigDecimal getPctGol2() { return pctGol2; }
    public void setPctGol2(BigDecimal v) { this.pctGol2 = v; }
    public BigDecimal getPctGol3() { return pctGol3; }
    public void setPctGol3(BigDecimal v) { this.pctGol3 = v; }
    public BigDecimal getPctGol4() { return pctGol4; }
    public void setPctGol4(BigDecimal v) { this.pctGol4 = v; }
    public BigDecimal getPctNonAsn() { return pctNonAsn; }
    public void setPctNonAsn(BigDecimal v) { this.pctNonAsn = v; }
    public BigDecimal getPctNonAsnNoNpwp() { return pctNonAsnNoNpwp; }
    public void setPctNonAsnNoNpwp(BigDecimal v) { this.pctNonAsnNoNpwp = v; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
