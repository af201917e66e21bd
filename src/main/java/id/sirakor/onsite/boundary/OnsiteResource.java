package id.sirakor.onsite.boundary;

import id.sirakor.onsite.control.BadgeDesigns;
import id.sirakor.onsite.control.BadgeService;
import id.sirakor.onsite.control.NoticeService;
import id.sirakor.onsite.control.Protocol;
import id.sirakor.onsite.control.RundownService;
import id.sirakor.onsite.control.SeatingService;
import id.sirakor.onsite.control.WhatsAppMessages;
import id.sirakor.onsite.entity.BadgeRoleKind;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.document.BadgePdf;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** On-site materials of an event: rundown, badges, protocol seating, reminders and change notices. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OnsiteResource {

    @Inject
    RundownService rundown;

    @Inject
    BadgeService badges;

    @Inject
    SeatingService seating;

    @Inject
    NoticeService notices;

    @Inject
    WhatsAppMessages whatsapp;

    @Inject
    BadgeDesigns designs;

    private static Response pdf(byte[] bytes, String name) {
        return Response.ok(bytes, "application/pdf").header("Content-Disposition", "inline; filename=\"" + name + "\"").build();
    }

    // ---- rundown ---------------------------------------------------------------------------

    @GET
    @Path("events/{id}/rundown")
    @ApiDoc("The susunan acara (staff and NOTULIS of the event's unit or above)")
    public List<RundownService.ItemView> rundown(@PathParam("id") long id) {
        return rundown.list(id);
    }

    @POST
    @Path("events/{id}/rundown")
    @ApiDoc("Add a rundown item (the event's secretariat)")
    public Response addItem(@PathParam("id") long id, RundownService.ItemData d) {
        return Response.status(201).entity(rundown.add(id, d)).build();
    }

    @PUT
    @Path("events/{id}/rundown/{item}")
    @ApiDoc("Change a rundown item")
    public RundownService.ItemView updateItem(@PathParam("id") long id, @PathParam("item") long item, RundownService.ItemData d) {
        return rundown.update(id, item, d);
    }

    @DELETE
    @Path("events/{id}/rundown/{item}")
    @ApiDoc("Remove a rundown item")
    public Response removeItem(@PathParam("id") long id, @PathParam("item") long item) {
        rundown.remove(id, item);
        return Response.noContent().build();
    }

    @POST
    @Path("events/{id}/rundown/from-timetable")
    @ApiDoc("Fill an empty rundown from the timetable (anthem, doa, sessions, photo); 409 if not empty")
    public Response fromTimetable(@PathParam("id") long id) {
        return Response.ok(java.util.Map.of("items", rundown.fromTimetable(id))).build();
    }

    @GET
    @Path("events/{id}/rundown.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @ApiDoc("The rundown as PDF")
    public Response rundownPdf(@PathParam("id") long id) {
        return pdf(rundown.pdf(id), "susunan-acara-" + id + ".pdf");
    }

    // ---- badges ------------------------------------------------------------------------------

    public record RoleChange(BadgeRoleKind role) {
    }

    @PUT
    @Path("events/{id}/badges/roles/{registration}")
    @ApiDoc("Set the role printed on a participant's badge")
    public Response setRole(@PathParam("id") long id, @PathParam("registration") long registration, RoleChange c) {
        badges.setRole(id, registration, c == null ? null : c.role());
        return Response.noContent().build();
    }

    @GET
    @Path("events/{id}/badges/prints")
    @ApiDoc("The badge print log (latest 20)")
    public List<BadgeService.PrintView> prints(@PathParam("id") long id) {
        return badges.log(id);
    }

    @POST
    @Path("events/{id}/badges.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @ApiDoc("Print badges: selection=ALL|INSTITUTION|CHANGED|ONE, sheet=A6|A4_4|A4_8; logged")
    public Response printBadges(@PathParam("id") long id, @QueryParam("selection") BadgeService.Selection selection,
                                @QueryParam("institution") Long institution, @QueryParam("registration") Long registration,
                                @QueryParam("sheet") BadgePdf.Sheet sheet) {
        BadgeService.Printed p = badges.print(id, selection, institution, registration, sheet);
        return Response.ok(p.pdf(), "application/pdf").header("X-Badge-Count", p.count())
                .header("Content-Disposition", "inline; filename=\"kartu-peserta-" + id + ".pdf\"").build();
    }

    @GET
    @Path("events/{id}/badge-design")
    @ApiDoc("The event's badge design: sheet, shown fields, band colour per role, whether a logo is set (defaults when none was saved)")
    public BadgeDesigns.DesignView badgeDesign(@PathParam("id") long id) {
        return designs.view(id);
    }

    @PUT
    @Path("events/{id}/badge-design")
    @ApiDoc("Save the badge design: sheet A6|A4_4|A4_8, showInstitution, showRole, showDates, colours {PESERTA: \"#rrggbb\", …}")
    public BadgeDesigns.DesignView saveBadgeDesign(@PathParam("id") long id,
                                                                             BadgeDesigns.DesignData d) {
        return designs.save(id, d);
    }

    @PUT
    @Path("events/{id}/badge-design/logo")
    @Consumes({"image/png", "image/jpeg", MediaType.APPLICATION_OCTET_STREAM})
    @ApiDoc("Upload the event's logo for the badges (PNG or JPEG, at most 1 MB; decoded to check it is an image)")
    public Response badgeLogo(@PathParam("id") long id, java.io.InputStream body) throws java.io.IOException {
        // read at most one byte more than allowed: a larger body is refused without being held in memory
        byte[] content = body == null ? new byte[0] : body.readNBytes(BadgeDesigns.LOGO_MAX + 1);
        designs.logo(id, content);
        return Response.noContent().build();
    }

    @DELETE
    @Path("events/{id}/badge-design/logo")
    @ApiDoc("Remove the event's logo (the badges show the organizer's monogram)")
    public Response removeBadgeLogo(@PathParam("id") long id) {
        designs.logo(id, null);
        return Response.noContent().build();
    }

    /** Where the badge design page keeps the values being edited, for the live preview. */
    public static String badgePreviewAttribute(long eventId) {
        return "sirakor.badgePreview." + eventId;
    }

    @GET
    @Path("events/{id}/badge-design/preview.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @ApiDoc("One sample badge as printed: the values being edited on the design page of this session, else the saved design")
    public Response badgePreview(@PathParam("id") long id, @QueryParam("role") BadgeRoleKind role,
                                 @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request) {
        var session = request.getSession(false);
        Object draft = session == null ? null : session.getAttribute(badgePreviewAttribute(id));
        return Response.ok(designs.preview(id, draft instanceof BadgeDesigns.DesignData d ? d : null, role),
                "application/pdf").header("Content-Disposition", "inline; filename=\"pratinjau-kartu.pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    // ---- seating -------------------------------------------------------------------------------

    @GET
    @Path("events/{id}/seating")
    @ApiDoc("The protocol seating plan: layout, officials in precedence order, the SVG")
    public SeatingService.PlanView seating(@PathParam("id") long id) {
        return seating.plan(id);
    }

    @PUT
    @Path("events/{id}/seating")
    @ApiDoc("Set the layout (THEATRE, HEAD_TABLE, ROUND) and seats per row or table (2–20)")
    public SeatingService.PlanView setLayout(@PathParam("id") long id, SeatingService.LayoutData d) {
        seating.setLayout(id, d);
        return seating.plan(id);
    }

    @POST
    @Path("events/{id}/seating/guests")
    @ApiDoc("Add an official (precedence code from the unit's list; a representative sits in the official's seat)")
    public Response addGuest(@PathParam("id") long id, SeatingService.GuestData d) {
        return Response.status(201).entity(seating.addGuest(id, d)).build();
    }

    @PUT
    @Path("events/{id}/seating/guests/{guest}")
    @ApiDoc("Change an official")
    public SeatingService.GuestView updateGuest(@PathParam("id") long id, @PathParam("guest") long guest, SeatingService.GuestData d) {
        return seating.updateGuest(id, guest, d);
    }

    @DELETE
    @Path("events/{id}/seating/guests/{guest}")
    @ApiDoc("Remove an official")
    public Response removeGuest(@PathParam("id") long id, @PathParam("guest") long guest) {
        seating.removeGuest(id, guest);
        return Response.noContent().build();
    }

    @GET
    @Path("events/{id}/seating.svg")
    @Produces({"image/svg+xml", MediaType.APPLICATION_JSON})
    @ApiDoc("The seating plan drawn as SVG")
    public Response seatingSvg(@PathParam("id") long id) {
        return Response.ok(seating.svg(id), "image/svg+xml; charset=UTF-8").build();
    }

    @GET
    @Path("events/{id}/seating.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @ApiDoc("The seating plan as PDF (A4 landscape)")
    public Response seatingPdf(@PathParam("id") long id) {
        return pdf(seating.pdf(id), "tata-tempat-" + id + ".pdf");
    }

    @GET
    @Path("events/{id}/place-cards.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @ApiDoc("Place cards, one folded A5 per official")
    public Response placeCards(@PathParam("id") long id) {
        return pdf(seating.placeCards(id), "papan-nama-" + id + ".pdf");
    }

    @GET
    @Path("precedence/{id}")
    @ApiDoc("The unit's order of precedence (the documented defaults when it has none)")
    public List<Protocol.Rank> precedence(@PathParam("id") long id) {
        return seating.readPrecedence(id);
    }

    @PUT
    @Path("precedence/{id}")
    @ApiDoc("Replace the unit's order of precedence; [] returns to the defaults")
    public List<Protocol.Rank> savePrecedence(@PathParam("id") long id, List<Protocol.Rank> ranks) {
        return seating.savePrecedence(id, ranks);
    }

    // ---- notices -------------------------------------------------------------------------------

    @POST
    @Path("events/{id}/reminders/run")
    @ApiDoc("Queue the reminders due today now (each is sent once; the job does it every few minutes)")
    public NoticeService.RunResult runReminders(@PathParam("id") long id) {
        return notices.runNow(id);
    }

    @GET
    @Path("events/{id}/change-notice")
    @ApiDoc("The schedule participants were last told and the schedule now")
    public NoticeService.ChangeView change(@PathParam("id") long id) {
        return notices.change(id);
    }

    @POST
    @Path("events/{id}/change-notice")
    @ApiDoc("Tell the schedule change once: a numbered letter per issued invitation (referring to it), mails with the"
            + " ticket and the updated .ics to confirmed participants and speakers; 409 when nothing changed")
    public Response sendChange(@PathParam("id") long id) {
        return sent(notices.sendChange(id));
    }

    private static Response sent(NoticeService.Sent s) {
        return Response.ok(java.util.Map.of("recipients", s.participants(), "speakers", s.speakers(), "institutions", s.institutions(),
                "letters", s.letters(), "byHand", s.byHand())).build();
    }

    public record CancelData(String reason) {
    }

    @POST
    @Path("events/{id}/cancel")
    @ApiDoc("Cancel a published event that has not ended (reason required): status CANCELLED, numbered cancellation letters,"
            + " mails with an .ics METHOD:CANCEL; 409 when cancelled already")
    public Response cancel(@PathParam("id") long id, CancelData d) {
        return sent(notices.cancel(id, d == null ? null : d.reason()));
    }

    @GET
    @Path("events/{id}/notice-letters")
    @ApiDoc("The change notice and cancellation letters issued for the event (staff)")
    public List<NoticeService.LetterView> noticeLetters(@PathParam("id") long id) {
        return notices.letters(id);
    }

    @GET
    @Path("events/{id}/notice-letters/{letter}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @ApiDoc("A notice letter's PDF as issued")
    public Response noticeLetter(@PathParam("id") long id, @PathParam("letter") long letter) {
        var a = notices.letterPdf(id, letter);
        return pdf(a.content(), a.fileName());
    }

    @GET
    @Path("events/{id}/whatsapp")
    @ApiDoc("Per confirmed participant a short message with the personal link and a wa.me link (the event's secretariat)")
    public List<WhatsAppMessages.Message> whatsapp(@PathParam("id") long id) {
        return whatsapp.messages(id);
    }

    @GET
    @Path("events/{id}/whatsapp.txt")
    @Produces({"text/plain", MediaType.APPLICATION_JSON})
    @ApiDoc("All WhatsApp messages with names and phones as UTF-8 text; audited")
    public Response whatsappText(@PathParam("id") long id) {
        return Response.ok(whatsapp.export(id), "text/plain; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"pesan-whatsapp-" + id + ".txt\"").build();
    }
}
