package id.sirakor.minutes.boundary;

import id.sirakor.minutes.control.MinutesAttachments;
import id.sirakor.minutes.control.MinutesService;
import id.sirakor.minutes.control.MinutesSessions;
import id.sirakor.minutes.entity.MinutesAttachment;
import id.sirakor.minutes.entity.MinutesPoint;
import id.sirakor.platform.storage.FileStore;
import jakarta.ws.rs.DELETE;
import id.sirakor.minutes.control.TextDiff;
import id.sirakor.minutes.entity.FollowUp;
import id.sirakor.minutes.entity.Minutes;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.error.BusinessException;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Minutes of an event (staff and NOTULIS of its units), the approval workflow, the signed PDF and the follow-up tracker. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MinutesResource {

    @Inject
    MinutesService minutes;

    @Inject
    MinutesAttachments attachments;

    @Inject
    FileStore files;

    public record FollowUpDto(Long id, String action, String responsible, LocalDate dueDate, String status) {
    }

    /** @param quote marked "kutipan" for the news release draft (absent = false) */
    public record PointDto(String byKind, String byName, String text, Long suggestionId, Boolean quote) {
    }

    public record SessionDto(long sessionId, String title, String when, String speakers, String summary, List<PointDto> points,
                             String decisions, List<AttachmentDto> attachments) {
    }

    public record AttachmentDto(long id, Long sessionId, String contentType, String fileName, String caption, long sizeBytes) {
    }

    public record MinutesDto(long id, long eventId, String event, int versionNo, String status, String taker, String takerName,
                             String takerPosition, Instant takerSignedAt,
                             String chairName, String chairPosition, String opening, String summary, String points, String decisions,
                             String chairComment, String approvedBy, Instant approvedAt, String verifyCode, List<FollowUpDto> followUps,
                             List<Integer> versions, List<SessionDto> sessions, List<AttachmentDto> attachments) {
    }

    public record SessionRequest(Long sessionId, String summary, String decisions, List<PointDto> points) {
    }

    public record DraftRequest(String chairName, String chairPosition, String opening, String summary, String points, String decisions,
                               List<FollowUpDto> followUps, String takerPosition, List<SessionRequest> sessions) {
    }

    public record TakeRequest(Long sessionId) {
    }

    public record SuggestionDto(long id, Long sessionId, String session, String author, String institution, String text,
                                Instant createdAt, boolean taken) {
    }

    static AttachmentDto dto(MinutesAttachment a) {
        return new AttachmentDto(a.getId(), a.getSessionId(), a.getContentType(), a.getFileName(), a.getCaption(), a.getSizeBytes());
    }

    public record CommentRequest(String comment, Boolean sendBack) {
    }

    public record StatusRequest(String status) {
    }

    static MinutesDto dto(MinutesService.View v) {
        Minutes m = v.minutes();
        return new MinutesDto(m.getId(), m.getEventId(), v.eventTitle(), m.getVersionNo(), m.getStatus().name(), m.getTaker(),
                m.getTakerName(), m.getTakerPosition(), m.getTakerSignedAt(), m.getChairName(), m.getChairPosition(), m.getOpening(), m.getSummary(), m.getPoints(), m.getDecisions(),
                m.getChairComment(), m.getApprovedBy(), m.getApprovedAt(), m.getVerifyCode(),
                v.followUps().stream().map(f -> new FollowUpDto(f.getId(), f.getAction(), f.getResponsible(), f.getDueDate(),
                        f.getStatus().name())).toList(), v.versions(),
                v.sessions().stream().map(x -> new SessionDto(x.sessionId(), x.title(), x.when(), x.speakers(), x.summary(),
                        x.points().stream().map(p -> new PointDto(p.getByKind().name(), p.getByName(), p.getBody(), p.getSuggestionId(), p.isQuote())).toList(),
                        x.decisions(), x.attachments().stream().map(MinutesResource::dto).toList())).toList(),
                v.attachments().stream().map(MinutesResource::dto).toList());
    }

    static FollowUp.Status status(String s, String field) {
        if (s == null || s.isBlank()) {
            return FollowUp.Status.OPEN;
        }
        try {
            return FollowUp.Status.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid(field, "minutes.followUpStatus");
        }
    }

    @GET
    @Path("events/{id}/minutes")
    @ApiDoc("The latest version of the event's minutes (or ?version=N); 404 when none was started")
    public MinutesDto get(@PathParam("id") long id, @QueryParam("version") Integer version) {
        MinutesService.View v = minutes.view(id, version);
        if (v == null) {
            throw BusinessException.notFound("minutes.none");
        }
        return dto(v);
    }

    @POST
    @Path("events/{id}/minutes")
    @ApiDoc("Start the minutes (version 1); the caller becomes the minute taker")
    public Response start(@PathParam("id") long id) {
        return Response.status(201).entity(dto(minutes.start(id))).build();
    }

    @PUT
    @Path("events/{id}/minutes")
    @ApiDoc("Save the draft: chair, opening, summary, points raised, decisions, follow-ups (409 unless DRAFT)")
    public MinutesDto save(@PathParam("id") long id, DraftRequest r) {
        if (r == null) {
            throw BusinessException.invalid("summary", "minutes.summaryRequired");
        }
        List<MinutesService.FollowUpData> fs = r.followUps() == null ? List.of() : r.followUps().stream()
                .map(f -> new MinutesService.FollowUpData(f.action(), f.responsible(), f.dueDate(), status(f.status(), "followUpStatus")))
                .toList();
        List<MinutesSessions.SessionData> ss = r.sessions() == null ? null : r.sessions().stream().map(x -> {
            if (x == null || x.sessionId() == null) {
                throw BusinessException.invalid("sessions", "minutes.sessionUnknown");
            }
            return new MinutesSessions.SessionData(x.sessionId(), x.summary(), x.decisions(), x.points() == null ? List.of()
                    : x.points().stream().map(p -> new MinutesSessions.PointData(by(p.byKind()), p.byName(), p.text(), p.suggestionId(),
                            Boolean.TRUE.equals(p.quote())))
                            .toList());
        }).toList();
        return dto(minutes.save(id, new MinutesService.Draft(r.chairName(), r.chairPosition(), r.opening(), r.summary(), r.points(),
                r.decisions(), fs, r.takerPosition(), ss)));
    }

    static MinutesPoint.By by(String s) {
        if (s == null || s.isBlank()) {
            return MinutesPoint.By.SPEAKER;
        }
        try {
            return MinutesPoint.By.valueOf(s);
        } catch (IllegalArgumentException e) {
            throw BusinessException.invalid("pointBy", "minutes.pointKind");
        }
    }

    @POST
    @Path("events/{id}/minutes/sign")
    @ApiDoc("The minute taker signs the version in review (done already when they sent it themselves)")
    public MinutesDto sign(@PathParam("id") long id) {
        return dto(minutes.sign(id));
    }

    @GET
    @Path("events/{id}/minutes/suggestions")
    @ApiDoc("The sumbang saran participants sent from their personal page, newest first; taken = in the latest version's points")
    public List<SuggestionDto> suggestions(@PathParam("id") long id) {
        return minutes.suggestions(id).stream().map(r -> new SuggestionDto(r.suggestion().getId(), r.suggestion().getSessionId(),
                r.sessionTitle(), r.suggestion().getAuthor(), r.suggestion().getInstitution(), r.suggestion().getBody(),
                r.suggestion().getCreatedAt(), r.taken())).toList();
    }

    @POST
    @Path("events/{id}/minutes/suggestions/{sid}/take")
    @ApiDoc("Take a suggestion into a session's points raised (the session it was sent for, or sessionId), marked as from that participant")
    public MinutesDto take(@PathParam("id") long id, @PathParam("sid") long sid, TakeRequest r) {
        return dto(minutes.takeSuggestion(id, sid, r == null ? null : r.sessionId()));
    }

    @POST
    @Path("events/{id}/minutes/attachments")
    @Consumes({"image/jpeg", "image/png", "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @ApiDoc("Attach a photo (JPEG/PNG) or slides (PDF) to the draft, ?sessionId= for one session, ?caption=, ?name=; at most 5 MB and 20 per version, type by content")
    public Response attach(@PathParam("id") long id, @QueryParam("sessionId") Long sessionId, @QueryParam("caption") String caption,
                           @QueryParam("name") String name, byte[] content) {
        return Response.status(201).entity(dto(attachments.add(id, sessionId, name, caption, content))).build();
    }

    @GET
    @Path("events/{id}/minutes/attachments/{aid}")
    @Produces(MediaType.WILDCARD) // the stored type is set on the answer; errors stay JSON
    @ApiDoc("An attachment of any version of the minutes")
    public Response attachment(@PathParam("id") long id, @PathParam("aid") long aid) throws java.io.IOException {
        MinutesAttachment a = attachments.find(id, aid);
        return Response.ok(files.open(a.getFileKey()), a.getContentType())
                .header("Content-Disposition", "inline; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(a.getFileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @DELETE
    @Path("events/{id}/minutes/attachments/{aid}")
    @ApiDoc("Remove an attachment from the draft")
    public Response detach(@PathParam("id") long id, @PathParam("aid") long aid) {
        attachments.remove(id, aid);
        return Response.noContent().build();
    }

    @POST
    @Path("events/{id}/minutes/submit")
    @ApiDoc("DRAFT → REVIEW")
    public MinutesDto submit(@PathParam("id") long id) {
        return dto(minutes.submit(id));
    }

    @POST
    @Path("events/{id}/minutes/comment")
    @ApiDoc("The chair's comment during review; sendBack=true returns it to DRAFT")
    public MinutesDto comment(@PathParam("id") long id, CommentRequest r) {
        return dto(minutes.comment(id, r == null ? null : r.comment(), r != null && Boolean.TRUE.equals(r.sendBack())));
    }

    @POST
    @Path("events/{id}/minutes/approve")
    @ApiDoc("REVIEW → APPROVED: signed NOTULA RAPAT with the daftar hadir; never by the minute taker (403)")
    public MinutesDto approve(@PathParam("id") long id) {
        return dto(minutes.approve(id));
    }

    @POST
    @Path("events/{id}/minutes/revise")
    @ApiDoc("After approval: version N+1 as a new DRAFT")
    public MinutesDto revise(@PathParam("id") long id) {
        return dto(minutes.revise(id));
    }

    @GET
    @Path("events/{id}/minutes/diff")
    @ApiDoc("Lines changed from version N-1 to N (op: + added, - removed, space kept, # section)")
    public List<TextDiff.Line> diff(@PathParam("id") long id, @QueryParam("version") int version) {
        return minutes.diff(id, version);
    }

    @GET
    @Path("events/{id}/minutes/pdf")
    @Produces("application/pdf")
    @ApiDoc("The signed NOTULA RAPAT of the latest approved version (or ?version=N)")
    public Response pdf(@PathParam("id") long id, @QueryParam("version") Integer version) {
        return Response.ok(minutes.pdf(id, version), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"notula-" + id + ".pdf\"").build();
    }

    @GET
    @Path("follow-ups")
    @ApiDoc("Follow-ups of the approved minutes across the caller's units (?open=true for open ones)")
    public List<MinutesService.TrackerRow> tracker(@QueryParam("open") boolean open) {
        return minutes.tracker(open);
    }

    @PUT
    @Path("follow-ups/{id}")
    @ApiDoc("A follow-up's status: OPEN, DONE or DROPPED")
    public Response followUp(@PathParam("id") long id, StatusRequest r) {
        minutes.setFollowUpStatus(id, status(r == null ? null : r.status(), "status"));
        return Response.noContent().build();
    }
}
