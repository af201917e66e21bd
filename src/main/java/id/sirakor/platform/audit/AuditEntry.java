package id.sirakor.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** One row of the hash-chained audit log. Immutable once written: there are no setters. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final String GENESIS = "0".repeat(64);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String chain;
    private long seq;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    private String actor;
    @Column(name = "actor_unit_id")
    private Long actorUnitId;
    private String action;
    @Column(name = "entity_type")
    private String entityType;
    @Column(name = "entity_id")
    private String entityId;
    @Column(name = "unit_id")
    private Long unitId;
    private String summary;
    @Column(name = "before_state")
    private String beforeState;
    @Column(name = "after_state")
    private String afterState;
    @Column(name = "client_ip")
    private String clientIp;
    @Column(name = "prev_hash")
    private String prevHash;
    private String hash;

    protected AuditEntry() {
    }

    AuditEntry(String chain, long seq, Instant occurredAt, String actor, Long actorUnitId, String action,
               String entityType, String entityId, Long unitId, String summary, String beforeState,
               String afterState, String clientIp, String prevHash) {
        this.chain = chain;
        this.seq = seq;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorUnitId = actorUnitId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.unitId = unitId;
        this.summary = summary;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.clientIp = clientIp;
        this.prevHash = prevHash;
        this.hash = computeHash();
    }

    /** The canonical content: every field but id and hash, as sorted-key JSON. */
    public String canonicalContent() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("chain", chain);
        m.put("seq", seq);
        // Whole seconds: MySQL Connector/J talking to MariaDB (which announces itself as 5.5.5)
        // drops fractional seconds on insert, so only seconds survive a round trip everywhere.
        m.put("occurredAt", occurredAt.truncatedTo(ChronoUnit.SECONDS).toString());
        m.put("actor", actor);
        m.put("actorUnitId", actorUnitId);
        m.put("action", action);
        m.put("entityType", entityType);
        m.put("entityId", entityId);
        m.put("unitId", unitId);
        m.put("summary", summary);
        m.put("before", beforeState);
        m.put("after", afterState);
        m.put("clientIp", clientIp);
        return CanonicalJson.write(m);
    }

    /** SHA-256 over the previous row's hash and this row's canonical content. */
    public String computeHash() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            md.update((byte) '\n');
            md.update(canonicalContent().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long getId() { return id; }
    public String getChain() { return chain; }
    public long getSeq() { return seq; }
    public Instant getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public Long getActorUnitId() { return actorUnitId; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public String getEntityId() { return entityId; }
    public Long getUnitId() { return unitId; }
    public String getSummary() { return summary; }
    public String getBeforeState() { return beforeState; }
    public String getAfterState() { return afterState; }
    public String getClientIp() { return clientIp; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
