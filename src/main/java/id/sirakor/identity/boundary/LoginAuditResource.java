package id.sirakor.identity.boundary;

import id.sirakor.identity.control.LoginAudit;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.error.BusinessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/admin/logins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LoginAuditResource {

    @Inject
    LoginAudit logins;

    @GET
    @ApiDoc("Failed logins of the last ?days= days (1-180, default 7): per account, per client address, the latest 100 (ADMIN)")
    public LoginAudit.Report report(@QueryParam("days") String days) {
        int d = 7;
        if (days != null && !days.isBlank()) {
            if (!days.matches("\\d{1,3}") || Integer.parseInt(days) < 1 || Integer.parseInt(days) > LoginAudit.MAX_DAYS) {
                throw BusinessException.invalid("days", "logins.days", LoginAudit.MAX_DAYS);
            }
            d = Integer.parseInt(days);
        }
        return logins.report(d);
    }
}
