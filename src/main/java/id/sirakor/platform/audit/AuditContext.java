package id.sirakor.platform.audit;

/** Who is acting and from where; provided by the identity package for the current request. */
public interface AuditContext {

    String actor();

    Long actorUnitId();

    String clientIp();
}
