package id.sirakor.attendance.boundary;

import id.sirakor.attendance.control.AttendanceDocuments;
import id.sirakor.attendance.control.AttendanceEligibility;
import id.sirakor.attendance.control.AttendanceLists;
import id.sirakor.attendance.control.AttendanceService;
import id.sirakor.attendance.entity.AttendanceSetting;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.registration.control.RegistrationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Check-in at the door for other clients (and the check-in page's offline queue): scans with an
 * idempotency key, walk-ins, substitutes, hand marks, check-out; the device's offline list; live
 * counts; the daftar hadir PDFs; eligibility and its overrides.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    AttendanceService attendance;

    @Inject
    AttendanceLists lists;

    @Inject
    AttendanceDocuments documents;

    @Inject
    AttendanceEligibility eligibility;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /** The caller's language by Accept-Language, Indonesian unless English is asked for first. */
    private java.util.Locale locale() {
        for (java.util.Locale l : headers == null ? List.<java.util.Locale>of() : headers.getAcceptableLanguages()) {
            if ("en".equals(l.getLanguage())) {
                return Messages.ENGLISH;
            }
            if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
                return Messages.INDONESIAN;
            }
        }
        return Messages.INDONESIAN;
    }

    /** A check-in; the Idempotency-Key header wins over {@code idempotencyKey} in the body. */
    public record CheckInRequest(String code, Long registrationId, Long dayId, Long sessionId, String idempotencyKey,
                                 String signaturePng, String device, String method) {
    }

    public record CheckInResult(String outcome, long attendanceId, long registrationId, String name, String institution,
                                String ticket, String time, String message) {
    }

    public record WalkInRequest(Long dayId, Long sessionId, Long replacesId, RegistrationService.Form person, String signaturePng,
                                String idempotencyKey) {
    }

    public record ManualRequest(Long registrationId, Long dayId, Long sessionId, String reason) {
    }

    public record CheckOutRequest(String code, Long registrationId, Long dayId) {
    }

    public record SettingRequest(AttendanceSetting.Rule rule, Integer threshold, boolean countsSessions, boolean checksOut) {
    }

    public record OverrideRequest(Boolean eligible, String reason) {
    }

    @GET
    @Path("events/{id}/attendance")
    @ApiDoc("The event as the door needs it: days, sessions, today's day, the rule and whether the caller may check in")
    public AttendanceLists.EventInfo info(@PathParam("id") long eventId) {
        return lists.info(eventId, locale());
    }

    @GET
    @Path("events/{id}/attendance/roster")
    @ApiDoc("The list a door device keeps for offline check-in: ticket codes, masked names, institutions and status (no NIK, no contact data)")
    public List<AttendanceLists.RosterEntry> roster(@PathParam("id") long eventId) {
        return lists.roster(eventId);
    }

    @GET
    @Path("events/{id}/attendance/search")
    @ApiDoc("Find a participant by name, NIP, institution or ticket code, with the time already checked in on the day")
    public List<AttendanceLists.Found> search(@PathParam("id") long eventId, @QueryParam("q") String q,
                                              @QueryParam("dayId") Long dayId) {
        return lists.search(eventId, q, dayId, 20);
    }

    @POST
    @Path("events/{id}/check-ins")
    @ApiDoc("Check a ticket in for a day (and session): 201 when recorded, 200 with outcome ALREADY and the first time when"
            + " the person was already present or the Idempotency-Key was seen; 409 with a message for a cancelled,"
            + " waitlisted, substituted or other event's ticket")
    public Response checkIn(@PathParam("id") long eventId, @HeaderParam("Idempotency-Key") String key, CheckInRequest c) {
        if (c == null) {
            attendance.writable(eventId); // who may, before what was sent
            throw BusinessException.invalid("error.badRequest");
        }
        return result(attendance.checkIn(eventId, new AttendanceService.CheckIn(c.code(), c.registrationId(), c.dayId(),
                c.sessionId(), key != null ? key : c.idempotencyKey(), c.signaturePng(), c.device(), c.method())));
    }

    @POST
    @Path("events/{id}/walk-ins")
    @ApiDoc("Register someone at the door under the usual rules (seat, quota, one registration per person) and check them"
            + " in at once; with replacesId, the person substitutes that delegate (diwakili oleh) and takes over the seat")
    public Response walkIn(@PathParam("id") long eventId, @HeaderParam("Idempotency-Key") String key, WalkInRequest w) {
        if (w == null || w.person() == null) {
            attendance.writable(eventId);
            throw BusinessException.invalid("person", "error.badRequest");
        }
        String k = key != null ? key : w.idempotencyKey();
        return result(w.replacesId() == null
                ? attendance.walkIn(eventId, w.dayId(), w.sessionId(), w.person(), w.signaturePng(), k)
                : attendance.substituteAtDoor(eventId, w.replacesId(), w.dayId(), w.sessionId(), w.person(), w.signaturePng(), k));
    }

    @POST
    @Path("events/{id}/attendance/manual")
    @ApiDoc("Mark a participant present by hand (from the paper list); the reason is required and logged")
    public Response manual(@PathParam("id") long eventId, ManualRequest m) {
        if (m == null || m.registrationId() == null) {
            attendance.writable(eventId);
            throw BusinessException.invalid("registrationId", "attendance.registrationRequired");
        }
        return result(attendance.markByHand(eventId, m.registrationId(), m.dayId(), m.sessionId(), m.reason()));
    }

    @POST
    @Path("events/{id}/check-outs")
    @ApiDoc("Record leaving for the day (events that count minutes present)")
    public Response checkOut(@PathParam("id") long eventId, CheckOutRequest c) {
        if (c == null) {
            attendance.writable(eventId);
            throw BusinessException.invalid("error.badRequest");
        }
        AttendanceService.Answer a = attendance.checkOut(eventId, c.code(), c.registrationId(), c.dayId());
        return Response.ok(new CheckInResult("CHECKED_OUT", a.attendanceId(), a.registrationId(), a.name(), a.institution(),
                a.ticket(), a.time(), Messages.get(locale(), "attendance.checkedOut", a.name()))).build();
    }

    @GET
    @Path("events/{id}/attendance/board")
    @ApiDoc("Live counts: present against registered per day, per session, and per institution on a day")
    public AttendanceLists.Board board(@PathParam("id") long eventId, @QueryParam("dayId") Long dayId) {
        return lists.board(eventId, dayId, locale());
    }

    @GET
    @Path("events/{id}/attendance/days/{dayId}/daftar-hadir.pdf")
    @Produces("application/pdf")
    @ApiDoc("The day's signed daftar hadir as PDF")
    public Response sheet(@PathParam("id") long eventId, @PathParam("dayId") long dayId,
                          @QueryParam("blank") @DefaultValue("false") boolean blank) {
        byte[] pdf = blank ? documents.blankList(eventId, dayId) : documents.daftarHadir(eventId, dayId);
        return Response.ok(pdf, "application/pdf").header("Content-Disposition",
                "inline; filename=\"" + (blank ? "daftar-hadir-kosong-" : "daftar-hadir-") + eventId + "-" + dayId + ".pdf\"").build();
    }

    @PUT
    @Path("events/{id}/attendance/setting")
    @ApiDoc("The event's eligibility rule (ALL_DAYS, SESSIONS with threshold %, MINUTES with threshold minutes), check-in per session, check-out")
    public AttendanceSetting setting(@PathParam("id") long eventId, SettingRequest s) {
        if (s == null) {
            attendance.writable(eventId);
            throw BusinessException.invalid("error.badRequest");
        }
        return attendance.saveSetting(eventId, s.rule(), s.threshold(), s.countsSessions(), s.checksOut());
    }

    @GET
    @Path("events/{id}/eligibility")
    @ApiDoc("Certificate eligibility per participant, with the reason (hadir 1 dari 2 hari)")
    public List<AttendanceEligibility.Row> eligibility(@PathParam("id") long eventId) {
        return eligibility.forEvent(eventId, locale());
    }

    @PUT
    @Path("events/{id}/eligibility/{registrationId}")
    @ApiDoc("Override one participant's eligibility (eligible true/false, or null to return to the rule); reason required, logged")
    public List<AttendanceEligibility.Row> override(@PathParam("id") long eventId, @PathParam("registrationId") long registrationId,
                                                    OverrideRequest o) {
        if (o == null) {
            attendance.writable(eventId);
            throw BusinessException.invalid("error.badRequest");
        }
        eligibility.override(eventId, registrationId, o.eligible(), o.reason());
        return eligibility.forEvent(eventId, locale());
    }

    private Response result(AttendanceService.Answer a) {
        boolean first = a.outcome() == AttendanceService.Outcome.CHECKED_IN;
        String msg = first ? Messages.get(locale(), "attendance.welcome", a.name())
                : Messages.get(locale(), "attendance.already", a.name(), a.time());
        return Response.status(first ? 201 : 200).entity(new CheckInResult(a.outcome().name(), a.attendanceId(),
                a.registrationId(), a.name(), a.institution(), a.ticket(), a.time(), msg)).build();
    }
}
