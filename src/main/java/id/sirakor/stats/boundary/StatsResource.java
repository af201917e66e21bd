package id.sirakor.stats.boundary;

import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.platform.i18n.LanguageFilter;
import id.sirakor.stats.control.Stats;
import id.sirakor.stats.control.StatsExports;
import id.sirakor.stats.control.StatsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;

/**
 * "Rekap &amp; statistik" (issue 17, ADR 0095): the figures of an event and of a unit's year as JSON,
 * and their Excel exports streamed into the response (SXSSF; nothing whole in memory). Role and
 * unit are checked by the services before the first byte is written, so a refusal is still a
 * proper 401/403/404/400. A unit's figures are in {@link StatsUnitResource} ({@code /units} belongs
 * to the unit resource's root).
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    StatsService stats;

    @Inject
    StatsExports exports;

    @Context
    HttpServletRequest request;

    /** The language chosen in the portal (session or cookie), else Indonesian. */
    static Locale locale(HttpServletRequest request) {
        return LanguageFilter.locale(request);
    }

    /** The year asked for, else this year (WIB). */
    static int year(AppClock clock, Integer year) {
        return year == null ? clock.now().atZone(id.sirakor.platform.time.IndonesianTime.WIB).getYear() : year;
    }

    Locale locale() {
        return locale(request);
    }

    static Response xlsx(StreamingOutput body, String fileName) {
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("events/{id}/stats")
    @ApiDoc("An event's figures: registrations by institution type and region, attendance per day, declaration coverage by region, certificates by role, follow-ups of the approved minutes")
    public Stats.EventStats event(@PathParam("id") long id) {
        return stats.event(id, locale());
    }

    @GET
    @Path("events/{id}/stats/tables.xlsx")
    @Produces(XLSX)
    @ApiDoc("Every table of an event's figures as an .xlsx, one sheet each (streamed)")
    public Response eventXlsx(@PathParam("id") long id) {
        stats.readableEvent(id);
        Locale l = locale();
        return xlsx(out -> exports.event(id, l, out), "rekap-kegiatan-" + id + ".xlsx");
    }

    @GET
    @Path("events/{id}/stats/participants.xlsx")
    @Produces(XLSX)
    @ApiDoc("Every participant of the event, one row each: institution, type, region, registration time, status, masked NIK, check-in per day (streamed; logged as an export of personal data)")
    public Response participantsXlsx(@PathParam("id") long id) {
        stats.readableEvent(id);
        Locale l = locale();
        return xlsx(out -> exports.participants(id, l, out), "peserta-kegiatan-" + id + ".xlsx");
    }
}
