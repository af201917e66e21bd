package id.sirakor.registration.boundary;

import id.sirakor.platform.api.ApiDoc;
import id.sirakor.registration.control.PersonalIds;
import id.sirakor.registration.control.RegistrationService;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Public registration (no login); the personal link's secret identifies a registration afterwards. */
// Root "/" like EventResource: a class at "/public" would capture every /public/... request and
// hide the event resource's public paths (JAX-RS picks the class with the longest literal prefix).
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegistrationResource {

    @Inject
    RegistrationService registrations;

    public record Result(long id, RegistrationStatus status, Integer waitlistPosition, String token) {
    }

    public record View(long id, String eventTitle, String name, String institution, String idMasked,
                       RegistrationStatus status, Integer waitlistPosition) {
    }

    @POST
    @Path("public/events/{slug}/registrations")
    @ApiDoc(value = "Register for a public event. Send the same Idempotency-Key when retrying: the first answer is returned"
            + " (200); a new registration answers 201", success = {200, 201})
    public Response register(@PathParam("slug") String slug, @HeaderParam("Idempotency-Key") String key,
                             RegistrationService.Form form) {
        RegistrationService.Outcome o = registrations.register(slug, form, key);
        return Response.status(o.token() == null ? 200 : 201)
                .entity(new Result(o.registrationId(), o.status(), o.waitlistPosition(), o.token())).build();
    }

    @GET
    @Path("public/registrations/{token}")
    @ApiDoc("A registration by its personal link")
    public View get(@PathParam("token") String token) {
        Registration r = registrations.byToken(token);
        return view(r);
    }

    @DELETE
    @Path("public/registrations/{token}")
    @ApiDoc("Cancel a registration by its personal link; a freed seat goes to the waitlist")
    public View cancel(@PathParam("token") String token) {
        return view(registrations.cancel(token));
    }

    private View view(Registration r) {
        String id = "NIP".equals(r.getIdKind()) ? PersonalIds.formatNip(r.getNip()) : "NIK \u2022\u2022\u2022\u2022";
        return new View(r.getId(), r.getEvent().getTitle(), r.getName(), r.getInstitutionName(), id, r.getStatus(),
                registrations.position(r));
    }
}
