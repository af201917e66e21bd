package id.sirakor.program.boundary;

import id.sirakor.event.entity.Event;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.program.control.ProgramService;
import id.sirakor.program.entity.Program;
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
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/** Programs (series of events across regions): list, create, generate a series, coverage, report. */
@Path("/programs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgramResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ProgramService programs;

    public record ProgramDto(long id, String name, String theme, String budgetLine, String areaCode, String areaName,
                             LocalDate startsOn, LocalDate endsOn, long unitId, String unitName, Long events, Long held) {
    }

    public record EventRow(long id, String title, String regionCode, LocalDate date, String status) {
    }

    ProgramDto dto(Program p, Long events, Long held) {
        return new ProgramDto(p.getId(), p.getName(), p.getTheme(), p.getBudgetLine(), p.getAreaCode(), programs.areaName(p.getAreaCode()),
                p.getStartsOn(), p.getEndsOn(), p.getUnit().getId(), p.getUnit().getName(), events, held);
    }

    @GET
    @ApiDoc("Programs of the caller's units, with their event counts")
    public List<ProgramDto> list() {
        return programs.list().stream().map(r -> dto(r.program(), r.events(), r.held())).toList();
    }

    @POST
    @ApiDoc("Create a program of the caller's unit (name, area code, period)")
    public Response create(ProgramService.ProgramData d) {
        Program p = programs.create(d);
        return Response.created(URI.create("programs/" + p.getId())).entity(dto(p, 0L, 0L)).build();
    }

    @GET
    @Path("{id}")
    @ApiDoc("A program")
    public ProgramDto get(@PathParam("id") long id) {
        return dto(programs.find(id), null, null);
    }

    @PUT
    @Path("{id}")
    @ApiDoc("Change a program")
    public ProgramDto update(@PathParam("id") long id, ProgramService.ProgramData d) {
        return dto(programs.update(id, d), null, null);
    }

    @GET
    @Path("{id}/events")
    @ApiDoc("The program's events with their region")
    public List<EventRow> events(@PathParam("id") long id) {
        return programs.events(programs.find(id)).stream().map(pe -> new EventRow(pe.getEventId(), pe.getEvent().getTitle(),
                pe.getRegionCode(), pe.getEvent().getDays().isEmpty() ? null : pe.getEvent().getDays().get(0).getDayDate(),
                pe.getEvent().getStatus().name())).toList();
    }

    @POST
    @Path("{id}/series/preview")
    @ApiDoc("What a series from a template event across regions would create")
    public List<ProgramService.SeriesItem> preview(@PathParam("id") long id, ProgramService.SeriesRequest req) {
        return programs.preview(id, req);
    }

    @POST
    @Path("{id}/series")
    @ApiDoc("Create a series: one event per region from a template event, optionally inviting each region's village offices")
    public List<EventRow> generate(@PathParam("id") long id, ProgramService.SeriesRequest req) {
        List<Event> created = programs.generate(id, req);
        return programs.events(programs.find(id)).stream().filter(pe -> created.stream().anyMatch(e -> e.getId().equals(pe.getEventId())))
                .map(pe -> new EventRow(pe.getEventId(), pe.getEvent().getTitle(), pe.getRegionCode(),
                        pe.getEvent().getDays().isEmpty() ? null : pe.getEvent().getDays().get(0).getDayDate(),
                        pe.getEvent().getStatus().name())).toList();
    }

    @GET
    @Path("{id}/coverage")
    @ApiDoc("Per region of the program's area: held, planned or missing, with participants reached")
    public List<ProgramService.CoverageRow> coverage(@PathParam("id") long id) {
        return programs.coverage(id);
    }

    @GET
    @Path("{id}/coverage.xlsx")
    @Produces(XLSX)
    @ApiDoc("The coverage as Excel")
    public Response coverageExcel(@PathParam("id") long id) {
        return Response.ok(programs.coverageExcel(id), XLSX)
                .header("Content-Disposition", "attachment; filename=\"cakupan-program-" + id + ".xlsx\"").build();
    }

    @GET
    @Path("{id}/report")
    @ApiDoc("Totals across the series: events, participants by institution type, attendance rate, certificates")
    public ProgramService.Report report(@PathParam("id") long id) {
        return programs.report(id);
    }
}
