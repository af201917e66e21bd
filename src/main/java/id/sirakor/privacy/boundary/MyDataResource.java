package id.sirakor.privacy.boundary;

import id.sirakor.platform.api.ApiDoc;
import id.sirakor.privacy.control.MyDataPdf;
import id.sirakor.privacy.control.PrivacyService;
import id.sirakor.privacy.entity.DeletionRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** The participant's own data by the personal link (UU 27/2022): download and the deletion request (ADR 0096). */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyDataResource {

    @Inject
    PrivacyService privacy;

    public record DeletionAsk(String reason, boolean confirmed) {
    }

    public record DeletionView(long id, String status, String requestedAt) {
    }

    @GET
    @Path("public/registrations/{token}/my-data")
    @ApiDoc("Everything held about the person the personal link belongs to, as JSON (NIK masked)")
    public Response json(@PathParam("token") String token) {
        Map<String, Object> data = privacy.myData(token);
        return Response.ok(data).header("Content-Disposition", "attachment; filename=\"data-saya.json\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("public/registrations/{token}/my-data.pdf")
    @Produces("application/pdf")
    @ApiDoc("The same as a PDF")
    public Response pdf(@PathParam("token") String token) {
        return Response.ok(MyDataPdf.render(privacy.myData(token)), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"data-saya.pdf\"").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("public/registrations/{token}/deletion-request")
    @ApiDoc(value = "Ask for the deletion of one's data (reason, confirmed = true); asking again answers the open request",
            success = {202})
    public Response requestDeletion(@PathParam("token") String token, DeletionAsk ask) {
        DeletionRequest q = privacy.requestDeletion(token, ask == null ? null : ask.reason(), ask != null && ask.confirmed());
        return Response.status(202).entity(new DeletionView(q.getId(), q.getStatus(), q.getRequestedAt().toString())).build();
    }
}
