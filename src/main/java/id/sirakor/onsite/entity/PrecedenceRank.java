package id.sirakor.onsite.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of a unit's own order of precedence (lower rank sits more senior). */
@Entity
@Table(name = "precedence_rank")
public class PrecedenceRank {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_id")
    private Long unitId;
    private String code;
    private String label;
    @Column(name = "rank_no")
    private int rank;

    public PrecedenceRank() {
    }

    public PrecedenceRank(Long unitId, String code, String label, int rank) {
        this.unitId = unitId;
        this.code = code;
        this.label = label;
        this.rank = rank;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public String getCode() { return code; }
    public String getLabel() { return label; }
    public int getRank() { return rank; }
}
