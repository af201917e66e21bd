package id.sirakor.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The head of one audit chain; locked FOR UPDATE while a row is appended. */
@Entity
@Table(name = "audit_chain")
public class AuditChainHead {

    @Id
    private String name;
    @Column(name = "last_seq")
    private long lastSeq;
    @Column(name = "last_hash")
    private String lastHash;

    protected AuditChainHead() {
    }

    public AuditChainHead(String name) {
        this.name = name;
        this.lastSeq = 0;
        this.lastHash = AuditEntry.GENESIS;
    }

    void advance(AuditEntry entry) {
        this.lastSeq = entry.getSeq();
        this.lastHash = entry.getHash();
    }

    public String getName() { return name; }
    public long getLastSeq() { return lastSeq; }
    public String getLastHash() { return lastHash; }
}
