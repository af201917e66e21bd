package id.sirakor.event.boundary;

import id.sirakor.event.control.EventService;
import id.sirakor.event.control.PublicEvents;
import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.EventSession;
import id.sirakor.event.entity.EventStatus;
import id.sirakor.event.entity.EventType;
import id.sirakor.event.entity.SessionKind;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.time.IndonesianTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Events, days, sessions: reads scoped to the caller's units; public reads under /public. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventService events;

    @Inject
    PublicEvents publicEvents;

    public record SlotDto(long speakerId, String speaker, Long representedById, String representedBy, String line) {
    }

    public record SessionDto(long id, long dayId, Instant startsAt, Instant endsAt, String time, String title,
                             SessionKind kind, Long moderatorId, List<SlotDto> speakers) {
    }

    public record DayDto(long id, LocalDate date, String dateText, Long hallId, String hall, String venue, Instant startsAt,
                         Instant endsAt) {
    }

    public record EventDto(long id, String slug, EventType type, String title, String theme, String description,
                           EventStatus status, String timeZone, String zoneName, Integer capacity, long unitId,
                           String unitName, String dates, List<DayDto> days, List<SessionDto> sessions) {
    }

    public record StatusChange(EventStatus status) {
    }

    public record CloneRequest(LocalDate firstDay, String title) {
    }

    static EventDto dto(Event e) {
        var zone = e.zone();
        List<DayDto> days = e.getDays().stream().map(d -> new DayDto(d.getId(), d.getDayDate(),
                IndonesianTime.date(d.getDayDate(), IndonesianTime.ID), d.getHall() == null ? null : d.getHall().getId(),
                d.getHall() == null ? null : d.getHall().getName(),
                d.getHall() == null ? null : d.getHall().getVenue().getName(), d.getStartsAt(), d.getEndsAt())).toList();
        List<SessionDto> sessions = e.getSessions().stream().map(s -> new SessionDto(s.getId(), s.getDay().getId(),
                s.getStartsAt(), s.getEndsAt(), IndonesianTime.timeRange(s.getStartsAt(), s.getEndsAt(), zone, IndonesianTime.ID),
                s.getTitle(), s.getKind(), s.getModerator() == null ? null : s.getModerator().getId(),
                s.getSlots().stream().map(EventResource::slot).toList())).toList();
        String dates = e.getDays().isEmpty() ? null : EventDisplay.dateRange(e, IndonesianTime.ID);
        return new EventDto(e.getId(), e.getSlug(), e.getType(), e.getTitle(), e.getTheme(), e.getDescription(),
                e.getStatus(), e.getTimeZone(), IndonesianTime.zoneName(zone), e.getCapacity(), e.getUnit().getId(),
                e.getUnit().getName(), dates, days, sessions);
    }

    private static SlotDto slot(SessionSpeaker sl) {
        return new SlotDto(sl.getSpeaker().getId(), sl.getSpeaker().displayName(),
                sl.getRepresentedBy() == null ? null : sl.getRepresentedBy().getId(),
                sl.getRepresentedBy() == null ? null : sl.getRepresentedBy().displayName(),
                EventDisplay.slotLine(sl, IndonesianTime.ID));
    }

    @GET
    @Path("events")
    @ApiDoc("Events of the caller's units (own unit and below)")
    public List<EventDto> list(@QueryParam("q") String q, @QueryParam("status") EventStatus status,
                               @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return events.list(q, status, Math.max(0, first), Math.min(Math.max(1, max), 200)).stream()
                .map(e -> dto(events.find(e.getId()))).toList();
    }

    @GET
    @Path("events/{id}")
    @ApiDoc("One event with days and timetable; 404 outside the caller's units")
    public EventDto get(@PathParam("id") long id) {
        return dto(events.find(id));
    }

    @POST
    @Path("events")
    @ApiDoc("Create an event (SEKRETARIAT, ADMIN) as a draft of the caller's unit")
    public Response create(EventService.EventData data) {
        Event e = events.create(data);
        return Response.created(URI.create("/api/v1/events/" + e.getId())).entity(dto(events.find(e.getId()))).build();
    }

    @PUT
    @Path("events/{id}")
    @ApiDoc("Change an event's details")
    public EventDto update(@PathParam("id") long id, EventService.EventData data) {
        events.update(id, data);
        return dto(events.find(id));
    }

    @POST
    @Path("events/{id}/days")
    @ApiDoc("Add a day and book its hall (409 when the hall is taken)")
    public EventDto addDay(@PathParam("id") long id, EventService.DayData data) {
        events.addDay(id, data);
        return dto(events.find(id));
    }

    @PUT
    @Path("events/{id}/days/{day}")
    @ApiDoc("Move a day or change its hours or hall (the sessions move with the date; the day keeps its calendar UID)")
    public EventDto updateDay(@PathParam("id") long id, @PathParam("day") long day, EventService.DayData data) {
        events.updateDay(id, day, data);
        return dto(events.find(id));
    }

    @POST
    @Path("events/{id}/sessions")
    @ApiDoc("Add a session to the timetable")
    public EventDto addSession(@PathParam("id") long id, EventService.SessionData data) {
        events.addSession(id, data);
        return dto(events.find(id));
    }

    @POST
    @Path("events/{id}/status")
    @ApiDoc("Move an event through DRAFT → PUBLISHED → ONGOING → CLOSED → ARCHIVED (409 when a guard refuses)")
    public EventDto status(@PathParam("id") long id, StatusChange change) {
        return dto(events.transition(id, change.status()));
    }

    @POST
    @Path("events/{id}/clone")
    @ApiDoc("Copy an event as a new draft starting on firstDay")
    public EventDto cloneEvent(@PathParam("id") long id, CloneRequest req) {
        return dto(events.cloneEvent(id, req.firstDay(), req.title()));
    }

    @GET
    @Path("public/events")
    @ApiDoc("Published, ongoing and closed events (no login)")
    public List<EventDto> publicList() {
        return publicEvents.list(50).stream().map(EventResource::dto).toList();
    }

    @GET
    @Path("public/events/{slug}")
    @ApiDoc("One public event by its slug (no login)")
    public EventDto publicGet(@PathParam("slug") String slug) {
        return dto(publicEvents.find(slug));
    }

    @GET
    @Path("public/events/{slug}/calendar.ics")
    @Produces("text/calendar")
    @ApiDoc("The event's days as an iCalendar file")
    public Response ics(@PathParam("slug") String slug, @Context UriInfo uri) {
        String base = uri.getBaseUri().toString().replaceFirst("api/v1/?$", "");
        return Response.ok(publicEvents.ics(slug, base), "text/calendar; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".ics\"").build();
    }
}
