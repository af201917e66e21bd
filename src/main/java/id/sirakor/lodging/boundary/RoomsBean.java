package id.sirakor.lodging.boundary;

import id.sirakor.event.control.EventService;
import id.sirakor.event.entity.Event;
import id.sirakor.lodging.control.LodgingService;
import id.sirakor.lodging.control.RoomPlanner;
import id.sirakor.lodging.entity.RoomBlock;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import id.sirakor.venue.control.VenueService;
import id.sirakor.venue.entity.Venue;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** The rooms page of an event: room blocks, who needs a room, the room plan, the rooming list. */
@Named
@ViewScoped
public class RoomsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LodgingService lodging;

    @Inject
    EventService events;

    @Inject
    VenueService venues;

    private Long id;
    private boolean found = true;
    // entities, read again when null (after a failover the view arrives without them): see the getters
    private transient Event event;
    private boolean editable;
    private transient List<RoomBlock> blocks;
    private Long blockId;
    private transient LodgingService.BlockView view;
    private List<LodgingService.GuestRow> guests;
    private transient List<Venue> venueList;

    // new block
    private Long venueId;
    private LocalDate checkIn;
    private LocalDate checkOut;
    private Integer singleRooms = 0;
    private Integer twinRooms = 10;
    private Long singlePrice;
    private Long twinPrice;
    private LocalDate releaseOn;

    // a guest's stay / move
    private Long guestId;
    private boolean needsRoom;
    private LocalDate arrivalOn;
    private LocalDate departureOn;
    private String gender;
    private String travelMode;
    private String arrivalTime;
    private boolean pickup;
    private String targetRoom;

    private List<LodgingService.DayNeeds> needs = List.of();

    public List<LodgingService.DayNeeds> getNeeds() { return needs; }

    /** A capacity for the page: the number, or "—" when the hall does not say. */
    public String cap(Integer c) {
        return c == null ? "—" : String.valueOf(c);
    }

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw BusinessException.notFound("error.notFound");
            }
            event = events.find(id);
            editable = lodging.canEdit(id);
            if (!event.getDays().isEmpty()) {
                checkIn = event.getDays().get(0).getDayDate().minusDays(1);
                checkOut = event.getDays().get(event.getDays().size() - 1).getDayDate();
                releaseOn = checkIn.minusDays(7);
                if (event.getDays().get(0).getHall() != null) {
                    venueId = event.getDays().get(0).getHall().getVenue().getId();
                }
            }
            reload();
            if (!getBlocks().isEmpty()) {
                blockId = getBlocks().get(0).getId();
                view = lodging.view(id, blockId);
            }
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    private void reload() {
        blocks = lodging.blocks(id);
        guests = lodging.guests(id);
        needs = lodging.needs(id);
        if (blockId != null) {
            view = lodging.view(id, blockId);
        }
    }

    public List<Venue> getVenueList() {
        if (venueList == null) {
            venueList = venues.list(null);
        }
        return venueList;
    }

    public void addBlock() {
        RoomBlock b = lodging.addBlock(id, new LodgingService.BlockData(venueId, checkIn, checkOut, singleRooms, twinRooms, singlePrice,
                twinPrice, releaseOn));
        blockId = b.getId();
        reload();
        Faces.info("lodging.blockAdded");
    }

    public void showBlock(long b) {
        blockId = b;
        view = lodging.view(id, blockId);
    }

    public void assign() {
        view = lodging.assign(id, blockId);
        guests = lodging.guests(id);
        Faces.info("lodging.assigned");
    }

    public void markSent() {
        view = lodging.markSent(id, blockId);
        blocks = lodging.blocks(id);
        Faces.info("lodging.sentMarked");
    }

    public void edit(LodgingService.GuestRow g) {
        guestId = g.id();
        needsRoom = g.needsRoom();
        arrivalOn = g.arrivalOn();
        departureOn = g.departureOn();
        gender = g.genderStated() && g.gender() != null ? String.valueOf(g.gender()) : null;
        travelMode = g.travelMode();
        arrivalTime = g.arrivalTime();
        pickup = g.pickup();
        targetRoom = g.blockId() != null && g.blockId().equals(blockId) ? g.room() : null;
    }

    public void saveStay() {
        lodging.setLodging(id, guestId, new LodgingService.LodgingData(needsRoom, arrivalOn, departureOn, gender, travelMode, arrivalTime,
                pickup));
        reload();
        Faces.info("lodging.saved");
    }

    public void move() {
        view = lodging.move(id, blockId, guestId, targetRoom, null);
        guests = lodging.guests(id);
        needs = lodging.needs(id);
        Faces.info("lodging.moved");
    }

    /**
     * A guest dropped on a room of the plan (drag and drop): the same move as the dialog's, with the
     * guest and the room from the request. A guest dropped on the room they are in stays.
     */
    public void dropGuest() {
        var params = Faces.context().getExternalContext().getRequestParameterMap();
        String guest = params.get("guest");
        String room = params.get("room");
        if (guest == null || !guest.matches("[0-9]{1,18}") || room == null || room.length() > 10) {
            throw BusinessException.invalid("room", "lodging.roomNo");
        }
        view = lodging.move(id, blockId, Long.parseLong(guest), room, null);
        guests = lodging.guests(id);
        needs = lodging.needs(id);
        Faces.info("lodging.moved");
    }

    public StreamedContent getRoomingExcel() {
        return Faces.download("rooming-list-" + blockId + ".xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", lodging.roomingExcel(id, blockId));
    }

    public String date(LocalDate d) {
        return d == null ? "—" : java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", Faces.locale()).format(d);
    }

    public String money(Long v) {
        return v == null ? "—" : String.format(java.util.Locale.forLanguageTag("id-ID"), "%,d", v);
    }

    public long getNeedingRoom() {
        return guests == null ? 0 : guests.stream().filter(LodgingService.GuestRow::needsRoom).count();
    }

    public String guestName(Long registrationId) {
        if (registrationId == null || guests == null) {
            return "";
        }
        return guests.stream().filter(g -> g.id() == registrationId).map(LodgingService.GuestRow::name).findFirst()
                .orElse("#" + registrationId);
    }

    public String conflictText(RoomPlanner.Conflict c) {
        return Faces.text("lodging.problem." + c.problem().name(), c.room() == null ? "" : c.room(), guestName(c.guest()));
    }

    public Long getId() { return id; }
    public void setId(Long v) { id = v; }
    public boolean isFound() { return found; }
    /** The event as {@link #load()} read it; after a failover read again by the same scoped call. */
    public Event getEvent() {
        if (event == null && found && id != null) {
            event = events.find(id);
        }
        return event;
    }
    public boolean isEditable() { return editable; }
    public List<RoomBlock> getBlocks() {
        if (blocks == null && found && id != null) {
            blocks = lodging.blocks(id);
        }
        return blocks;
    }
    public Long getBlockId() { return blockId; }
    /** The plan of the block shown; after a failover read again from the block's id. */
    public LodgingService.BlockView getView() {
        if (view == null && blockId != null && found && id != null) {
            view = lodging.view(id, blockId);
        }
        return view;
    }
    public List<LodgingService.GuestRow> getGuests() { return guests; }
    public Long getVenueId() { return venueId; }
    public void setVenueId(Long v) { venueId = v; }
    public LocalDate getCheckIn() { return checkIn; }
    public void setCheckIn(LocalDate v) { checkIn = v; }
    public LocalDate getCheckOut() { return checkOut; }
    public void setCheckOut(LocalDate v) { checkOut = v; }
    public Integer getSingleRooms() { return singleRooms; }
    public void setSingleRooms(Integer v) { singleRooms = v; }
    public Integer getTwinRooms() { return twinRooms; }
    public void setTwinRooms(Integer v) { twinRooms = v; }
    public Long getSinglePrice() { return singlePrice; }
    public void setSinglePrice(Long v) { singlePrice = v; }
    public Long getTwinPrice() { return twinPrice; }
    public void setTwinPrice(Long v) { twinPrice = v; }
    public LocalDate getReleaseOn() { return releaseOn; }
    public void setReleaseOn(LocalDate v) { releaseOn = v; }
    public Long getGuestId() { return guestId; }
    public boolean isNeedsRoom() { return needsRoom; }
    public void setNeedsRoom(boolean v) { needsRoom = v; }
    public LocalDate getArrivalOn() { return arrivalOn; }
    public void setArrivalOn(LocalDate v) { arrivalOn = v; }
    public LocalDate getDepartureOn() { return departureOn; }
    public void setDepartureOn(LocalDate v) { departureOn = v; }
    public String getGender() { return gender; }
    public void setGender(String v) { gender = v; }
    public String getTravelMode() { return travelMode; }
    public void setTravelMode(String v) { travelMode = v; }
    public String getArrivalTime() { return arrivalTime; }
    public void setArrivalTime(String v) { arrivalTime = v; }
    public boolean isPickup() { return pickup; }
    public void setPickup(boolean v) { pickup = v; }
    public String getTargetRoom() { return targetRoom; }
    public void setTargetRoom(String v) { targetRoom = v; }
}
