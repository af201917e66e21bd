package id.sirakor.venue.boundary;

import id.sirakor.platform.api.ApiDoc;
import id.sirakor.venue.control.VenueService;
import id.sirakor.venue.entity.Venue;
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
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

@Path("/venues")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class VenueResource {

    @Inject
    VenueService venues;

    public record HallDto(long id, String name, String floor, Integer theatre, Integer classroom, Integer ushape,
                          Integer roundtable, boolean active) {
    }

    public record VenueDto(long id, String name, String address, String regionCode, String timeZone, BigDecimal latitude,
                           BigDecimal longitude, String phone, String email, String contactName, String mapUrl,
                           List<HallDto> halls) {
    }

    static VenueDto dto(Venue v) {
        return new VenueDto(v.getId(), v.getName(), v.getAddress(), v.getRegionCode(), v.getTimeZone(), v.getLatitude(),
                v.getLongitude(), v.getPhone(), v.getEmail(), v.getContactName(), v.mapUrl(),
                v.getHalls().stream().map(h -> new HallDto(h.getId(), h.getName(), h.getFloor(), h.getCapacityTheatre(),
                        h.getCapacityClassroom(), h.getCapacityUshape(), h.getCapacityRoundtable(), h.isActive())).toList());
    }

    @GET
    @ApiDoc("Venues (hotels) with their halls")
    public List<VenueDto> list(@QueryParam("q") String q) {
        return venues.list(q).stream().map(v -> dto(venues.find(v.getId()))).toList();
    }

    @GET
    @Path("/{id}")
    @ApiDoc("One venue")
    public VenueDto get(@PathParam("id") long id) {
        return dto(venues.find(id));
    }

    @POST
    @ApiDoc("Create a venue (SEKRETARIAT, ADMIN)")
    public Response create(VenueService.VenueData data) {
        Venue v = venues.create(data);
        return Response.created(URI.create("/api/v1/venues/" + v.getId())).entity(dto(venues.find(v.getId()))).build();
    }

    @PUT
    @Path("/{id}")
    @ApiDoc("Change a venue and its halls (owner unit or ADMIN)")
    public VenueDto update(@PathParam("id") long id, VenueService.VenueData data) {
        venues.update(id, data);
        return dto(venues.find(id));
    }
}
