package id.sirakor.speaker.boundary;

import id.sirakor.platform.api.ApiDoc;
import id.sirakor.speaker.control.SpeakerService;
import id.sirakor.speaker.entity.Speaker;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

@Path("/speakers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpeakerResource {

    @Inject
    SpeakerService speakers;

    public record SpeakerDto(long id, String displayName, String rankTitle, String frontTitle, String name,
                             String backTitle, String position, String institutionName) {
        static SpeakerDto of(Speaker s) {
            return new SpeakerDto(s.getId(), s.displayName(), s.getRankTitle(), s.getFrontTitle(), s.getName(),
                    s.getBackTitle(), s.getPosition(), s.getInstitutionName());
        }
    }

    @GET
    @ApiDoc("Speakers of the caller's units")
    public List<SpeakerDto> list(@QueryParam("q") String q) {
        return speakers.list(q).stream().map(SpeakerDto::of).toList();
    }

    @GET
    @Path("/{id}")
    @ApiDoc("One speaker")
    public SpeakerDto get(@PathParam("id") long id) {
        return SpeakerDto.of(speakers.find(id));
    }

    @POST
    @ApiDoc("Create a speaker (SEKRETARIAT, ADMIN)")
    public Response create(SpeakerService.SpeakerData data) {
        Speaker s = speakers.create(data);
        return Response.created(URI.create("/api/v1/speakers/" + s.getId())).entity(SpeakerDto.of(s)).build();
    }

    @PUT
    @Path("/{id}")
    @ApiDoc("Change a speaker")
    public SpeakerDto update(@PathParam("id") long id, SpeakerService.SpeakerData data) {
        return SpeakerDto.of(speakers.update(id, data));
    }
}
