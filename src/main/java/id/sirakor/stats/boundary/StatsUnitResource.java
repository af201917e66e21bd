package id.sirakor.stats.boundary;

import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.clock.AppClock;
import id.sirakor.stats.control.Stats;
import id.sirakor.stats.control.StatsExports;
import id.sirakor.stats.control.StatsService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * A unit's (and its sub-units') year (issue 17, ADR 0095) as JSON and as an .xlsx streamed into
 * the response. Its own root resource under {@code /units/{id}/stats}: a method under
 * {@code @Path("/")} would lose to the unit resource's {@code /units} root.
 */
@Path("/units/{id}/stats")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StatsUnitResource {

    @Inject
    StatsService stats;

    @Inject
    StatsExports exports;

    @Inject
    AppClock clock;

    @Context
    HttpServletRequest request;

    @GET
    @ApiDoc("A unit's (and its sub-units') year: events and programs per month and type, participants registered/present, certificates, open follow-ups, and the event blocks aggregated; year=YYYY (default: this year)")
    public Stats.UnitStats unit(@PathParam("id") long id, @QueryParam("year") Integer year) {
        return stats.unit(id, StatsResource.year(clock, year), StatsResource.locale(request));
    }

    @GET
    @Path("tables.xlsx")
    @Produces(StatsResource.XLSX)
    @ApiDoc("Every table of a unit's year as an .xlsx, one sheet each (streamed); year=YYYY")
    public Response unitXlsx(@PathParam("id") long id, @QueryParam("year") Integer year) {
        int y = StatsResource.year(clock, year);
        stats.readableUnit(id);
        StatsService.checkYear(y);
        Locale l = StatsResource.locale(request);
        return StatsResource.xlsx(out -> exports.unit(id, y, l, out), "rekap-unit-" + id + "-" + y + ".xlsx");
    }
}
