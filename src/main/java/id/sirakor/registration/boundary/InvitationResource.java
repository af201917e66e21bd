package id.sirakor.registration.boundary;

import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.event.entity.Event;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.registration.control.DelegateService;
import id.sirakor.registration.control.InvitationLetters;
import id.sirakor.registration.control.InvitationService;
import id.sirakor.registration.control.ParticipantService;
import id.sirakor.registration.control.PersonalIds;
import id.sirakor.registration.control.RegistrationService;
import id.sirakor.registration.control.TicketDocuments;
import id.sirakor.registration.control.Tickets;
import id.sirakor.registration.entity.Invitation;
import id.sirakor.registration.entity.Registration;
import id.sirakor.registration.entity.RegistrationStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;

/**
 * Invitations (the event's secretariat), delegates (the institution's operator by the secret
 * link), the participant list (the secretariat) and the participant's ticket and contact.
 * Every rule is enforced in the services; this class only maps JSON.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    InvitationService invitations;

    @Inject
    InvitationLetters letters;

    @Inject
    DelegateService delegates;

    @Inject
    ParticipantService participants;

    @Inject
    RegistrationService registrations;

    @Inject
    TicketDocuments tickets;

    public record InvitationDto(long id, long institutionId, String institution, int quota, long confirmed, long waiting,
                                long pending, String status, String letterNumber, String sentTo, Instant sentAt, Instant openedAt) {
    }

    public record InviteRequest(Long institutionId, InstitutionType type, String regionCode, Integer quota) {
    }

    public record InviteResult(int invited) {
    }

    public record QuotaRequest(Integer quota) {
    }

    public record SendRequest(List<Long> ids) {
    }

    public record ParticipantDto(long id, String name, String frontTitle, String backTitle, String position, String idKind,
                                 String idNumber, String institution, Long institutionId, String phone, String email,
                                 RegistrationStatus status, String source, String ticketCode, Long replacesId, Instant createdAt) {
    }

    public record Page<T>(long total, List<T> items) {
    }

    public record Revealed(String nik) {
    }

    public record ContactRequest(String phone, String email) {
    }

    public record OperatorView(long invitationId, String event, String institution, int quota, String letterNumber,
                               List<ParticipantDto> delegates) {
    }

    // ---- invitations ----------------------------------------------------------------------

    @GET
    @Path("events/{id}/invitations")
    @ApiDoc("Invitations of an event with seats in use")
    public List<InvitationDto> list(@PathParam("id") long eventId) {
        return invitations.list(eventId).stream().map(InvitationResource::dto).toList();
    }

    @POST
    @Path("events/{id}/invitations")
    @ApiDoc("Invite one institution (institutionId) or every institution of a type and/or region (type, regionCode), with a quota")
    public Response invite(@PathParam("id") long eventId, InviteRequest r) {
        int quota = r == null || r.quota() == null ? 0 : r.quota();
        if (r != null && r.institutionId() != null) {
            invitations.invite(eventId, r.institutionId(), quota);
            return Response.status(201).entity(new InviteResult(1)).build();
        }
        int n = invitations.inviteMatching(eventId, r == null ? null : r.type(), r == null ? null : r.regionCode(), quota);
        return Response.status(201).entity(new InviteResult(n)).build();
    }

    @PUT
    @Path("events/{id}/invitations/{invitationId}")
    @ApiDoc("Change an invitation's quota (not below the seats held)")
    public InvitationDto quota(@PathParam("id") long eventId, @PathParam("invitationId") long invitationId, QuotaRequest r) {
        invitations.setQuota(eventId, invitationId, r == null || r.quota() == null ? 0 : r.quota());
        return invitations.list(eventId).stream().filter(x -> x.invitation().getId() == invitationId).map(InvitationResource::dto)
                .findFirst().orElseThrow(() -> BusinessException.notFound("error.notFound"));
    }

    @DELETE
    @Path("events/{id}/invitations/{invitationId}")
    @ApiDoc("Remove an invitation whose letter is not issued and that has nobody registered")
    public Response remove(@PathParam("id") long eventId, @PathParam("invitationId") long invitationId) {
        invitations.remove(eventId, invitationId);
        return Response.noContent().build();
    }

    @POST
    @Path("events/{id}/invitations/send")
    @ApiDoc("Mail the letters of the given invitations (ids), or of every one not sent yet (empty ids)")
    public InvitationService.SendReport send(@PathParam("id") long eventId, SendRequest r) {
        return invitations.send(eventId, r == null || r.ids() == null ? List.of() : r.ids());
    }

    public record LetterSettings(String subject, String nature, String copies) {
    }

    @PUT
    @Path("events/{id}/letter-settings")
    @ApiDoc("What every letter of the event says besides the event: Hal (subject), Sifat (nature), Tembusan (copies, one per line)")
    public LetterSettings letterSettings(@PathParam("id") long eventId, LetterSettings r) {
        Event e = invitations.letterSettings(eventId, r == null ? null : r.subject(), r == null ? null : r.nature(),
                r == null ? null : r.copies());
        return new LetterSettings(e.getLetterSubject(), e.getLetterNature(), e.getLetterCopies());
    }

    @POST
    @Path("events/{id}/invitations/{invitationId}/issue")
    @ApiDoc("Give the letter its number without mailing it, to print and deliver by hand; the letter is kept as issued")
    public InvitationDto issue(@PathParam("id") long eventId, @PathParam("invitationId") long invitationId) {
        invitations.issue(eventId, invitationId);
        return invitations.list(eventId).stream().filter(x -> x.invitation().getId() == invitationId).map(InvitationResource::dto)
                .findFirst().orElseThrow(() -> BusinessException.notFound("error.notFound"));
    }

    @GET
    @Path("events/{id}/invitations/{invitationId}/letter.pdf")
    @Produces("application/pdf")
    @ApiDoc("The surat undangan as PDF (a draft without number until issued)")
    public Response letter(@PathParam("id") long eventId, @PathParam("invitationId") long invitationId) {
        Invitation i = invitations.find(eventId, invitationId);
        return Response.ok(letters.pdf(i.getId()), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + InvitationLetters.fileName(i) + "\"").build();
    }

    // ---- the operator, by the secret link ------------------------------------------------------

    @GET
    @Path("public/invitations/{token}")
    @ApiDoc("The invitation behind an operator link, with its delegates and their history")
    public OperatorView operator(@PathParam("token") String token) {
        DelegateService.View v = delegates.view(new DelegateService.Access(token, null));
        Invitation i = v.invitation();
        return new OperatorView(i.getId(), i.getEvent().getTitle(), i.getInstitution().getName(), i.getQuota(), i.getLetterNumber(),
                v.delegates().stream().map(InvitationResource::participant).toList());
    }

    @POST
    @Path("public/invitations/{token}/delegates")
    @ApiDoc("Name a delegate (up to the quota); consent is the operator's declaration")
    public Response name(@PathParam("token") String token, RegistrationService.Form f) {
        Registration r = delegates.name(new DelegateService.Access(token, null), f);
        return Response.status(201).entity(participant(r)).build();
    }

    @POST
    @Path("public/invitations/{token}/delegates/{delegateId}/substitute")
    @ApiDoc("Substitute a delegate: the new person takes over the seat, the history is kept")
    public Response substitute(@PathParam("token") String token, @PathParam("delegateId") long delegateId, RegistrationService.Form f) {
        Registration r = delegates.substitute(new DelegateService.Access(token, null), delegateId, f);
        return Response.status(201).entity(participant(r)).build();
    }

    @DELETE
    @Path("public/invitations/{token}/delegates/{delegateId}")
    @ApiDoc("Withdraw a delegate; a freed seat goes to the waitlist")
    public ParticipantDto withdraw(@PathParam("token") String token, @PathParam("delegateId") long delegateId) {
        return participant(delegates.withdraw(new DelegateService.Access(token, null), delegateId));
    }

    // ---- the participant list -----------------------------------------------------------------

    @GET
    @Path("events/{id}/participants")
    @ApiDoc("Participants with search (q), status filter and paging (first, max)")
    public Page<ParticipantDto> participants(@PathParam("id") long eventId, @QueryParam("q") String q,
                                             @QueryParam("status") RegistrationStatus status,
                                             @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("50") int max) {
        var f = new ParticipantService.Filter(q, status, null);
        return new Page<>(participants.count(eventId, f), participants.list(eventId, f, first, max).stream()
                .map(InvitationResource::participant).toList());
    }

    @POST
    @Path("events/{id}/participants")
    @ApiDoc("Add a participant by hand (the seat rules apply); consent is the secretariat's declaration")
    public Response add(@PathParam("id") long eventId, RegistrationService.Form f) {
        return Response.status(201).entity(participant(participants.addByHand(eventId, f))).build();
    }

    @POST
    @Path("events/{id}/participants/{rid}/approve")
    @ApiDoc("Approve a pending registration (confirmed if a seat allows, else waitlisted)")
    public ParticipantDto approve(@PathParam("id") long eventId, @PathParam("rid") long rid) {
        return participant(participants.approve(eventId, rid));
    }

    @POST
    @Path("events/{id}/participants/{rid}/promote")
    @ApiDoc("Move a waiting participant ahead of the line when a seat allows")
    public ParticipantDto promote(@PathParam("id") long eventId, @PathParam("rid") long rid) {
        return participant(participants.promote(eventId, rid));
    }

    @POST
    @Path("events/{id}/participants/{rid}/cancel")
    @ApiDoc("Cancel a participant; a freed seat goes to the waitlist")
    public ParticipantDto cancel(@PathParam("id") long eventId, @PathParam("rid") long rid) {
        return participant(participants.cancel(eventId, rid));
    }

    @POST
    @Path("events/{id}/participants/{rid}/nik")
    @ApiDoc("Reveal a participant's full NIK (the event's secretariat only; logged in the audit log)")
    public Revealed reveal(@PathParam("id") long eventId, @PathParam("rid") long rid) {
        return new Revealed(participants.revealNik(eventId, rid));
    }

    public record Settings(boolean requiresApproval) {
    }

    @PUT
    @Path("events/{id}/participants/settings")
    @ApiDoc("Whether new registrations wait for the secretariat's approval")
    public Settings settings(@PathParam("id") long eventId, Settings s) {
        participants.setRequiresApproval(eventId, s != null && s.requiresApproval());
        return s;
    }

    @POST
    @Path("events/{id}/participants/import")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @ApiDoc("Import participants from an .xlsx (at most 5 MB); the answer reports row by row")
    public List<ParticipantService.ImportLine> importSheet(@PathParam("id") long eventId, byte[] xlsx) {
        participants.manageableCheck(eventId); // who may, before what was sent
        if (xlsx == null || xlsx.length == 0 || xlsx.length > 5 * 1024 * 1024) {
            throw BusinessException.invalid("file", "institution.import.tooLarge", 5);
        }
        return participants.importSheet(eventId, new java.io.ByteArrayInputStream(xlsx));
    }

    @GET
    @Path("events/{id}/participants.xlsx")
    @Produces(XLSX)
    @ApiDoc("The participant list as Excel (NIK masked)")
    public Response export(@PathParam("id") long eventId, @QueryParam("q") String q, @QueryParam("status") RegistrationStatus status) {
        return Response.ok(participants.export(eventId, new ParticipantService.Filter(q, status, null)), XLSX)
                .header("Content-Disposition", "attachment; filename=\"peserta-" + eventId + ".xlsx\"").build();
    }

    // ---- the participant, by the personal link ---------------------------------------------------

    @GET
    @Path("public/registrations/{token}/ticket.pdf")
    @Produces("application/pdf")
    @ApiDoc("The participant's QR ticket")
    public Response ticket(@PathParam("token") String token) {
        Registration r = registrations.byToken(token);
        return Response.ok(tickets.pdf(r.getId()), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + TicketDocuments.fileName(r) + "\"").build();
    }

    @PUT
    @Path("public/registrations/{token}/contact")
    @ApiDoc("The participant corrects phone and email")
    public ParticipantDto contact(@PathParam("token") String token, ContactRequest c) {
        return participant(registrations.updateContact(token, c == null ? null : c.phone(), c == null ? null : c.email()));
    }

    static InvitationDto dto(InvitationService.Row r) {
        Invitation i = r.invitation();
        return new InvitationDto(i.getId(), i.getInstitution().getId(), i.getInstitution().getName(), i.getQuota(), r.confirmed(),
                r.waiting(), r.pending(), i.getStatus(), i.getLetterNumber(), i.getSentTo(), i.getSentAt(), i.getOpenedAt());
    }

    static ParticipantDto participant(Registration r) {
        String number = "NIP".equals(r.getIdKind()) ? PersonalIds.formatNip(r.getNip()) : "\u2022\u2022\u2022\u2022";
        return new ParticipantDto(r.getId(), r.getName(), r.getFrontTitle(), r.getBackTitle(), r.getPosition(), r.getIdKind(), number,
                r.getInstitutionName(), r.getInstitution() == null ? null : r.getInstitution().getId(), r.getPhone(), r.getEmail(),
                r.getStatus(), r.getSource(), Tickets.display(r.getTicketCode()), r.getReplaces() == null ? null : r.getReplaces().getId(),
                r.getCreatedAt());
    }
}
