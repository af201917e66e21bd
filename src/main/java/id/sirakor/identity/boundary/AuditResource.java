package id.sirakor.identity.boundary;

import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.audit.AuditVerifier;
import id.sirakor.platform.api.ApiDoc;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditVerifier verifier;

    @Inject
    UnitScope scope;

    @GET
    @Path("/verify")
    @ApiDoc("Re-compute the hash chain of the audit log (ADMIN)")
    public AuditVerifier.Report verify() {
        scope.requireRole(Role.ADMIN);
        return verifier.verify(AuditLog.MAIN_CHAIN);
    }
}
