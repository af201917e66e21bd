package id.sirakor.event.boundary;

import id.sirakor.event.control.Materials;
import id.sirakor.event.entity.SpeakerMaterial;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.storage.FileStore;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Downloads of published speaker materials. */
@Path("/")
@RequestScoped
public class MaterialResource {

    @Inject
    Materials materials;

    @Inject
    FileStore files;

    @GET
    @Path("public/materials/{id}")
    @ApiDoc("A published material (PDF or PPTX) of a public event")
    public Response download(@PathParam("id") long id) throws IOException {
        return file(materials.publicMaterial(id));
    }

    @GET
    @Path("materials/{id}")
    @ApiDoc("Any material, published or not, for the event's staff and the session's speakers")
    public Response downloadOwn(@PathParam("id") long id) throws IOException {
        return file(materials.forDownload(id));
    }

    private Response file(SpeakerMaterial m) throws IOException {
        return Response.ok(files.open(m.getSha256()), m.getContentType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(m.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Length", m.getSizeBytes())
                .build();
    }
}
