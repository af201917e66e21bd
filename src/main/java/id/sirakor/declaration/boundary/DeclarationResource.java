package id.sirakor.declaration.boundary;

import id.sirakor.declaration.control.DeclarationBoard;
import id.sirakor.declaration.control.DeclarationDocuments;
import id.sirakor.declaration.control.DeclarationService;
import id.sirakor.declaration.control.DeclarationSigning;
import id.sirakor.declaration.entity.Declaration;
import id.sirakor.declaration.entity.DeclarationSigner;
import id.sirakor.platform.api.ApiDoc;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Declarations for the secretariat (ADMIN, SEKRETARIAT): templates, text, signers, freezing,
 * sending the signing links, ceremony signatures, finalizing, the signed PDF, the evidence and the
 * coverage by region. Every rule is in the services.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeclarationResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    DeclarationService declarations;

    @Inject
    DeclarationSigning signing;

    @Inject
    DeclarationDocuments documents;

    @Inject
    DeclarationBoard board;

    @Context
    HttpServletRequest request;

    public record TemplateRequest(String title, String opening, String points, String closing) {
    }

    public record CreateRequest(String templateKey, Long eventId, String place, LocalDate date) {
    }

    public record TextRequest(String title, String opening, String points, String closing, String place, LocalDate date) {
    }

    public record SignerRequest(String name, String nip, String position, String regionCode, String email) {
    }

    public record SendRequest(List<Long> signerIds) {
    }

    public record SendResult(int sent) {
    }

    public record ReasonRequest(String reason) {
    }

    public record DeclarationDto(long id, String title, String status, String templateKey, Long eventId, String event, String unit,
                                 String place, LocalDate date, String opening, List<String> points, String closing, String textHash,
                                 Instant frozenAt, Instant finalizedAt, String verifyCode, String boardToken, int signed, int total) {
    }

    public record SignerDto(long id, int seq, String name, String nip, String position, String regionCode, String email, String status,
                            String representation, String repName, String repPosition, Instant sentAt, Instant openedAt,
                            Instant signedAt, String signedMode, Instant declinedAt, String declineReason, boolean locked) {
    }

    static DeclarationDto dto(Declaration d, List<DeclarationSigner> signers) {
        int signed = (int) signers.stream().filter(s -> s.getStatus() == DeclarationSigner.Status.SIGNED).count();
        return new DeclarationDto(d.getId(), d.getTitle(), d.getStatus().name(), d.getTemplateKey(),
                d.getEvent() == null ? null : d.getEvent().getId(), d.getEvent() == null ? null : d.getEvent().getTitle(),
                d.getUnit().getName(), d.getPlace(), d.getDate(), d.getOpening(), d.pointList(), d.getClosing(), d.getTextHash(),
                d.getFrozenAt(), d.getFinalizedAt(), d.getVerifyCode(), d.getBoardToken(), signed, signers.size());
    }

    static SignerDto dto(DeclarationSigner s) {
        return new SignerDto(s.getId(), s.getSeq(), s.getName(), s.getNip(), s.getPosition(), s.getRegionCode(), s.getEmail(),
                s.getStatus().name(), s.getRepresentation(), s.getRepName(), s.getRepPosition(), s.getSentAt(), s.getOpenedAt(),
                s.getSignedAt(), s.getSignedMode(), s.getDeclinedAt(), s.getDeclineReason(),
                s.getCodeAttempts() >= DeclarationSigning.MAX_ATTEMPTS);
    }

    private DeclarationDto full(long id) {
        Declaration d = declarations.get(id);
        return dto(d, declarations.signers(id));
    }

    @GET
    @Path("declaration-templates")
    @ApiDoc("Built-in and the unit's own declaration templates")
    public List<DeclarationService.TemplateView> templates() {
        return declarations.templates();
    }

    @POST
    @Path("declaration-templates")
    @ApiDoc("A custom template: opening, numbered points (one per line), closing; placeholders {place} {date} {region} {signer}")
    public Response createTemplate(TemplateRequest r) {
        var t = declarations.createTemplate(r == null ? null : r.title(), r == null ? null : r.opening(), r == null ? null : r.points(),
                r == null ? null : r.closing());
        return Response.status(201).entity(new DeclarationService.TemplateView("T" + t.getId(), t.getTitle(), t.getOpening(),
                t.getPoints(), t.getClosing(), false)).build();
    }

    @GET
    @Path("declarations")
    @ApiDoc("Declarations of the caller's units")
    public List<DeclarationDto> list() {
        return declarations.list().stream().map(d -> dto(d, declarations.signers(d.getId()))).toList();
    }

    @POST
    @Path("declarations")
    @ApiDoc("A new declaration from a template (templateKey), for an event (eventId) or standalone")
    public Response create(CreateRequest r) {
        Declaration d = declarations.create(r == null ? null : r.templateKey(), r == null ? null : r.eventId(),
                r == null ? null : r.place(), r == null ? null : r.date());
        return Response.status(201).entity(full(d.getId())).build();
    }

    @GET
    @Path("declarations/{id}")
    @ApiDoc("One declaration with its text and counts")
    public DeclarationDto get(@PathParam("id") long id) {
        return full(id);
    }

    @PUT
    @Path("declarations/{id}")
    @ApiDoc("Change the text while DRAFT (409 once frozen)")
    public DeclarationDto update(@PathParam("id") long id, TextRequest r) {
        declarations.update(id, r == null ? new DeclarationService.TextInput(null, null, null, null, null, null)
                : new DeclarationService.TextInput(r.title(), r.opening(), r.points(), r.closing(), r.place(), r.date()));
        return full(id);
    }

    @GET
    @Path("declarations/{id}/signers")
    @ApiDoc("The signers and where each stands")
    public List<SignerDto> signers(@PathParam("id") long id) {
        return declarations.signers(id).stream().map(DeclarationResource::dto).toList();
    }

    @GET
    @Path("declarations/{id}/signer-candidates")
    @ApiDoc("People who could sign, from the institution directory and the event's participants, by name, position or institution (q: 2 to 100 characters)")
    public List<DeclarationService.SignerCandidate> signerCandidates(@PathParam("id") long id, @jakarta.ws.rs.QueryParam("q") String q) {
        return declarations.signerCandidates(id, q);
    }

    @POST
    @Path("declarations/{id}/signers")
    @ApiDoc("Add a signer by hand: name, NIP, position, region code, email")
    public Response addSigner(@PathParam("id") long id, SignerRequest r) {
        DeclarationSigner s = declarations.addSigner(id, r == null ? new DeclarationService.SignerInput(null, null, null, null, null)
                : new DeclarationService.SignerInput(r.name(), r.nip(), r.position(), r.regionCode(), r.email()));
        return Response.status(201).entity(dto(s)).build();
    }

    @DELETE
    @Path("declarations/{id}/signers/{signerId}")
    @ApiDoc("Remove a signer who has not signed or declined")
    public Response removeSigner(@PathParam("id") long id, @PathParam("signerId") long signerId) {
        declarations.removeSigner(id, signerId);
        return Response.noContent().build();
    }

    @POST
    @Path("declarations/{id}/open")
    @ApiDoc("Freeze the text (its SHA-256 is fixed) and open it for signing")
    public DeclarationDto open(@PathParam("id") long id) {
        declarations.open(id);
        return full(id);
    }

    @POST
    @Path("declarations/{id}/send")
    @ApiDoc("Mail personal signing links to the chosen signers still to sign (all when none are chosen)")
    public SendResult send(@PathParam("id") long id, SendRequest r) {
        return new SendResult(declarations.send(id, r == null ? null : r.signerIds()));
    }

    @POST
    @Path("declarations/{id}/signers/{signerId}/sign")
    @ApiDoc("Ceremony mode: the signer signs in person on the secretariat's tablet")
    public SignerDto signInCeremony(@PathParam("id") long id, @PathParam("signerId") long signerId, DeclarationSigning.SignInput in) {
        return dto(signing.signInCeremony(id, signerId, in, request.getRemoteAddr(), request.getHeader("User-Agent")));
    }

    @POST
    @Path("declarations/{id}/finalize")
    @ApiDoc("Render the final PDF, sign it PAdES and register it for public verification")
    public DeclarationDto finalizeDeclaration(@PathParam("id") long id) {
        documents.finalizeDeclaration(id);
        return full(id);
    }

    @POST
    @Path("declarations/{id}/revoke")
    @ApiDoc("Revoke a final declaration (the verification page then says it is revoked)")
    public DeclarationDto revoke(@PathParam("id") long id, ReasonRequest r) {
        documents.revoke(id, r == null ? null : r.reason());
        return full(id);
    }

    @GET
    @Path("declarations/{id}/declaration.pdf")
    @Produces("application/pdf")
    @ApiDoc("The signed PDF of a final declaration")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(documents.pdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"deklarasi-" + id + ".pdf\"").build();
    }

    @GET
    @Path("declarations/{id}/signers/{signerId}/signature")
    @Produces("image/png")
    @ApiDoc("A signer's signature image")
    public Response signature(@PathParam("id") long id, @PathParam("signerId") long signerId) {
        return Response.ok(documents.signatureImage(id, signerId), "image/png").build();
    }

    @GET
    @Path("declarations/{id}/evidence")
    @ApiDoc("Every audit step of the declaration and whether each row of the hash chain still verifies")
    public DeclarationService.Evidence evidence(@PathParam("id") long id) {
        return declarations.evidence(id);
    }

    @GET
    @Path("declarations/{id}/coverage")
    @ApiDoc("Coverage by region: the 38 provinces with their status and every signer's region")
    public DeclarationBoard.Coverage coverage(@PathParam("id") long id) {
        return board.coverage(id);
    }

    @GET
    @Path("declarations/{id}/coverage.xlsx")
    @Produces(XLSX)
    @ApiDoc("Coverage by region as an Excel workbook")
    public Response coverageSheet(@PathParam("id") long id) {
        return Response.ok(board.coverageSheet(id), XLSX)
                .header("Content-Disposition", "attachment; filename=\"cakupan-deklarasi-" + id + ".xlsx\"").build();
    }
}
