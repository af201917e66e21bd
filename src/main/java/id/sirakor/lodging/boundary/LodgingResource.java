package id.sirakor.lodging.boundary;

import id.sirakor.lodging.control.LodgingService;
import id.sirakor.lodging.control.RoomPlanner;
import id.sirakor.lodging.control.RoomingList;
import id.sirakor.lodging.entity.RoomBlock;
import id.sirakor.platform.api.ApiDoc;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;

/** Hotel room blocks, who needs a room, the room plan and the rooming list of an event. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LodgingResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    LodgingService lodging;

    public record BlockDto(long id, long venueId, String venue, LocalDate checkIn, LocalDate checkOut, int singleRooms, int twinRooms,
                           Long singlePrice, Long twinPrice, LocalDate releaseOn, boolean sent) {
    }

    public record RoomDto(String no, String type, List<Long> guests, List<String> names) {
    }

    public record ViewDto(BlockDto block, List<RoomDto> rooms, List<RoomPlanner.Conflict> conflicts, List<Long> waiting,
                          List<RoomingList.Difference> changes) {
    }

    public record Move(Long registrationId, String room, String type) {
    }

    static BlockDto dto(RoomBlock b) {
        return new BlockDto(b.getId(), b.getVenue().getId(), b.getVenue().getName(), b.getCheckIn(), b.getCheckOut(), b.getSingleRooms(),
                b.getTwinRooms(), b.getSinglePrice(), b.getTwinPrice(), b.getReleaseOn(), b.getSentAt() != null);
    }

    static ViewDto dto(LodgingService.BlockView v) {
        return new ViewDto(dto(v.block()), v.rooms().stream().map(r -> new RoomDto(r.no(), r.type().name(),
                r.guests().stream().map(LodgingService.GuestRow::id).toList(),
                r.guests().stream().map(LodgingService.GuestRow::name).toList())).toList(), v.conflicts(),
                v.waiting().stream().map(LodgingService.GuestRow::id).toList(), v.changes());
    }

    @GET
    @Path("events/{id}/room-blocks")
    @ApiDoc("The event's hotel room blocks")
    public List<BlockDto> blocks(@PathParam("id") long eventId) {
        return lodging.blocks(eventId).stream().map(LodgingResource::dto).toList();
    }

    @POST
    @Path("events/{id}/room-blocks")
    @ApiDoc("Add a room block: hotel, check-in, check-out, single and twin rooms per night, prices, release date")
    public Response addBlock(@PathParam("id") long eventId, LodgingService.BlockData d) {
        return Response.status(201).entity(dto(lodging.addBlock(eventId, d))).build();
    }

    @GET
    @Path("events/{id}/lodging")
    @ApiDoc("Confirmed participants with their stay: needs a room, arrival, departure, gender, room")
    public List<LodgingService.GuestRow> guests(@PathParam("id") long eventId) {
        return lodging.guests(eventId);
    }

    @PUT
    @Path("events/{id}/participants/{pid}/lodging")
    @ApiDoc("Change a participant's stay (secretariat)")
    public LodgingService.GuestRow setLodging(@PathParam("id") long eventId, @PathParam("pid") long pid, LodgingService.LodgingData d) {
        return lodging.setLodging(eventId, pid, d);
    }

    @GET
    @Path("events/{id}/room-blocks/{b}")
    @ApiDoc("A block's rooms, conflicts, guests waiting for a room and changes since the list was sent")
    public ViewDto view(@PathParam("id") long eventId, @PathParam("b") long blockId) {
        return dto(lodging.view(eventId, blockId));
    }

    @POST
    @Path("events/{id}/room-blocks/{b}/assign")
    @ApiDoc("Assign the rooms of a block automatically (same gender shares a twin, same institution first)")
    public ViewDto assign(@PathParam("id") long eventId, @PathParam("b") long blockId) {
        return dto(lodging.assign(eventId, blockId));
    }

    @PUT
    @Path("events/{id}/room-blocks/{b}/rooms")
    @ApiDoc("Move a participant to a room of the block (an empty room takes them out)")
    public ViewDto move(@PathParam("id") long eventId, @PathParam("b") long blockId, Move m) {
        if (m == null || m.registrationId() == null) {
            throw id.sirakor.platform.error.BusinessException.invalid("registrationId", "validation.required");
        }
        return dto(lodging.move(eventId, blockId, m.registrationId(), m.room(), m.type()));
    }

    @GET
    @Path("events/{id}/room-blocks/{b}/rooming.xlsx")
    @Produces(XLSX)
    @ApiDoc("The rooming list for the hotel as Excel, with the changes since it was last sent")
    public Response rooming(@PathParam("id") long eventId, @PathParam("b") long blockId) {
        return Response.ok(lodging.roomingExcel(eventId, blockId), XLSX)
                .header("Content-Disposition", "attachment; filename=\"rooming-list-" + blockId + ".xlsx\"").build();
    }

    @POST
    @Path("events/{id}/room-blocks/{b}/sent")
    @ApiDoc("Mark the rooming list as sent to the hotel; later changes are shown against it")
    public ViewDto sent(@PathParam("id") long eventId, @PathParam("b") long blockId) {
        return dto(lodging.markSent(eventId, blockId));
    }

    @PUT
    @Path("public/registrations/{token}/lodging")
    @ApiDoc("The participant changes their own stay by the personal link")
    public LodgingService.GuestRow own(@PathParam("token") String token, LodgingService.LodgingData d) {
        return lodging.setOwnLodging(token, d);
    }
}
