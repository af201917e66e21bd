package id.sirakor.identity.boundary;

import id.sirakor.identity.control.UnitScope;
import id.sirakor.identity.entity.Role;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.crypto.PersonalDataRotation;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The administrator's step of a personal data key rotation (docs/operations.md). */
@Path("admin/personal-data")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PersonalDataResource {

    @Inject
    UnitScope scope;

    @Inject
    PersonalDataRotation rotation;

    public record Result(int reencrypted) {
    }

    @POST
    @Path("reencrypt")
    @ApiDoc("Re-encrypt every NIK stored under a retired key with the current key (ADMIN; safe to repeat)")
    public Result reencrypt() {
        scope.requireRole(Role.ADMIN);
        return new Result(rotation.reencryptAll());
    }
}
