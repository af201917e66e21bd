package id.sirakor.privacy.boundary;

import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.privacy.control.AccessLogQueries;
import id.sirakor.privacy.control.PrivacyService;
import id.sirakor.privacy.control.RetentionJob;
import id.sirakor.privacy.entity.DeletionRequest;
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
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The data protection officer's API (PDP of the unit, ADMIN): the access log and the deletion requests (ADR 0097). */
@Path("privacy")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

    @Inject
    AccessLogQueries log;

    @Inject
    PrivacyService privacy;

    @Inject
    RetentionJob retention;

    @GET
    @Path("access-log")
    @ApiDoc("Who viewed or exported personal data in the officer's units: from/to (yyyy-MM-dd, inclusive), user, event, subject, first, max")
    public AccessLogQueries.Page accessLog(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("user") String user,
                                           @QueryParam("event") Long event, @QueryParam("subject") String subject,
                                           @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        return log.page(filter(from, to, user, event, subject), first, max);
    }

    static AccessLogQueries.Filter filter(String from, String to, String user, Long event, String subject) {
        return new AccessLogQueries.Filter(day(from, "from", 0), day(to, "to", 1), bounded(user, 100), event, bounded(subject, 40));
    }

    private static String bounded(String s, int max) {
        return s == null || s.isBlank() ? null : s.length() > max ? s.substring(0, max) : s.strip();
    }

    private static Instant day(String s, String field, int plus) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(s.strip()).plusDays(plus).atStartOfDay(JAKARTA).toInstant();
        } catch (DateTimeParseException e) {
            throw BusinessException.invalid(field, "validation.date", s);
        }
    }

    @GET
    @Path("deletion-requests")
    @ApiDoc("Deletion requests of the officer's units, open ones first")
    public List<PrivacyService.RequestRow> requests(@QueryParam("open") @DefaultValue("false") boolean open) {
        return privacy.requests(open);
    }

    public record Done(long id, String status, Integer registrations) {
    }

    @POST
    @Path("deletion-requests/{id}/carry-out")
    @ApiDoc("Carry out a deletion request: the person is anonymized wherever a legal record stays, the rest deleted (safe to repeat)")
    public Done carryOut(@PathParam("id") long id) {
        DeletionRequest q = privacy.carryOut(id);
        return new Done(q.getId(), q.getStatus(), q.getPersonsRows());
    }

    public record Retention(Integer months) {
    }

    @PUT
    @Path("events/{id}/retention")
    @ApiDoc("An event's retention in months after its last day (1–120; null = the default 24); the event's secretariat")
    public Retention setRetention(@PathParam("id") long eventId, Retention r) {
        privacy.setRetention(eventId, r == null ? null : r.months());
        return r;
    }

    @POST
    @Path("retention/run")
    @ApiDoc("Run the retention job now (ADMIN): anonymizes the participants of events past their retention")
    public RetentionJob.Run runRetention() {
        return retention.runNow();
    }
}
