package id.sirakor.certificate.boundary;

import id.sirakor.certificate.control.CertificateJobs;
import id.sirakor.certificate.control.CertificateService;
import id.sirakor.certificate.entity.Certificate;
import id.sirakor.certificate.entity.CertificateDesign;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.audit.AuditLog;
import id.sirakor.platform.error.BusinessException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/** Certificates of an event for its secretariat: design, preview, bulk issue with progress, list, PDFs, ZIP, revoke and reissue. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CertificateResource {

    @Inject
    CertificateService certificates;

    @Inject
    CertificateJobs jobs;

    @Inject
    AuditLog audit;

    public record DesignDto(long eventId, String heading, String intro, String signerName, String signerPosition, String signerPlace,
                            String numberPattern, String accent, int nameY, boolean background, boolean logo, boolean signature,
                            int counter, jakarta.json.JsonObject layout) {
    }

    public record MemberDto(long id, String name, String institution, String email) {
    }

    public record CertificateDto(long id, int seq, String number, String holderName, String institution, String role, String status,
                                 String verifyCode, Instant issuedAt, String revokeReason, Long replacesId) {
    }

    public record RevokeRequest(String reason, Boolean reissue) {
    }

    public record IssueRequest(Boolean mail) {
    }

    static DesignDto dto(CertificateDesign d) {
        return new DesignDto(d.getEventId(), d.getHeading(), d.getIntro(), d.getSignerName(), d.getSignerPosition(), d.getSignerPlace(),
                d.getNumberPattern(), d.getAccent(), d.getNameY(), d.getBackgroundFile() != null, d.getLogoFile() != null,
                d.getSignatureFile() != null, d.getCounter(), jakarta.json.Json.createReader(new java.io.StringReader(
                        id.sirakor.certificate.control.CertificateLayout.parse(d.getLayout(), d.getNameY()).toJson())).readObject());
    }

    static CertificateDto dto(Certificate c) {
        return new CertificateDto(c.getId(), c.getSeq(), c.getNumber(), c.getHolderName(), c.getInstitution(), c.getRole().name(),
                c.getStatus().name(), c.getVerifyCode(), c.getIssuedAt(), c.getRevokeReason(), c.getReplacesId());
    }

    static CertificateService.DesignData data(DesignDto r) {
        return r == null ? null : new CertificateService.DesignData(r.heading(), r.intro(), r.signerName(), r.signerPosition(),
                r.signerPlace(), r.numberPattern(), r.accent(), r.nameY() == 0 ? null : r.nameY(),
                r.layout() == null ? null : r.layout().toString());
    }

    @GET
    @Path("events/{id}/certificate-design")
    @ApiDoc("The event's certificate design (defaults when none was saved)")
    public DesignDto design(@PathParam("id") long id) {
        return dto(certificates.design(id));
    }

    @PUT
    @Path("events/{id}/certificate-design")
    @ApiDoc("Save the design: heading, intro, signer, number pattern with {no} or {n} ({event} {year} {month}), accent #rrggbb, nameY (mm),"
            + " layout {field: {x, y, size, w, align, hidden}} in mm on A4 landscape (fields: logo heading number intro name institution role"
            + " event_title venue dates place_date signer_position signature signer_name qr code); every field must lie inside the page")
    public DesignDto saveDesign(@PathParam("id") long id, DesignDto r) {
        return dto(certificates.saveDesign(id, data(r)));
    }

    @PUT
    @Path("events/{id}/certificate-design/{kind: background|logo|signature}")
    @Consumes({"image/png", "image/jpeg"})
    @ApiDoc("Upload the background, logo or signature image (PNG or JPEG, at most 2 MB)")
    public Response image(@PathParam("id") long id, @PathParam("kind") String kind, byte[] content) {
        if (content == null || content.length == 0) {
            throw BusinessException.invalid("file", "cert.imageType");
        }
        certificates.image(id, kind, content);
        return Response.noContent().build();
    }

    @GET
    @Path("events/{id}/certificate-design/{kind: background|logo|signature}")
    @Produces({"image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @ApiDoc("The background, logo or signature picture of the design (404 when none), for the designer's canvas")
    public Response imageFile(@PathParam("id") long id, @PathParam("kind") String kind) {
        byte[] b = certificates.designImage(id, kind);
        if (b == null) {
            throw BusinessException.notFound("error.notFound");
        }
        String type = b.length > 1 && (b[0] & 0xff) == 0xFF ? "image/jpeg" : "image/png";
        return Response.ok(b, type).header("Cache-Control", "private, max-age=3600").build();
    }

    @GET
    @Path("events/{id}/certificate-committee")
    @ApiDoc("The committee members entered for the event (each receives a PANITIA certificate)")
    public List<MemberDto> committee(@PathParam("id") long id) {
        return certificates.committee(id).stream().map(m -> new MemberDto(m.getId(), m.getName(), m.getInstitution(), m.getEmail())).toList();
    }

    @POST
    @Path("events/{id}/certificate-committee")
    @ApiDoc("Enter a committee member: name (with titles), institution, email (optional); at most 500 per event")
    public Response addMember(@PathParam("id") long id, CertificateService.MemberData r) {
        var m = certificates.addMember(id, r);
        return Response.status(201).entity(new MemberDto(m.getId(), m.getName(), m.getInstitution(), m.getEmail())).build();
    }

    @DELETE
    @Path("events/{id}/certificate-committee/{mid}")
    @ApiDoc("Remove a committee member (a certificate already issued stays)")
    public Response removeMember(@PathParam("id") long id, @PathParam("mid") long mid) {
        certificates.removeMember(id, mid);
        return Response.noContent().build();
    }

    @DELETE
    @Path("events/{id}/certificate-design/{kind: background|logo|signature}")
    @ApiDoc("Remove the background, logo or signature image")
    public Response removeImage(@PathParam("id") long id, @PathParam("kind") String kind) {
        certificates.image(id, kind, null);
        return Response.noContent().build();
    }

    @POST
    @Path("events/{id}/certificate-design/preview")
    @Produces("application/pdf")
    @ApiDoc("The page for a sample holder with the given (unsaved) design")
    public Response preview(@PathParam("id") long id, DesignDto r) {
        return Response.ok(certificates.preview(id, data(r)), "application/pdf").build();
    }

    /** Where the design page keeps the values being edited, for the live preview. */
    public static String previewAttribute(long eventId) {
        return "sirakor.certificatePreview." + eventId;
    }

    @GET
    @Path("events/{id}/certificate-design/preview.pdf")
    @Produces("application/pdf")
    @ApiDoc("The page for a sample holder: the values being edited on the design page of this session, else the saved design")
    public Response livePreview(@PathParam("id") long id, @jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request) {
        var session = request.getSession(false);
        Object draft = session == null ? null : session.getAttribute(previewAttribute(id));
        return Response.ok(certificates.preview(id, draft instanceof CertificateService.DesignData d ? d : null), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"pratinjau-sertifikat.pdf\"").header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("events/{id}/certificates")
    @ApiDoc("The certificates issued for the event, by number")
    public List<CertificateDto> list(@PathParam("id") long id) {
        return certificates.list(id).stream().map(CertificateResource::dto).toList();
    }

    @POST
    @Path("events/{id}/certificates/issue")
    @ApiDoc("Start (or resume) the bulk run: eligible participants, speakers, moderators and committee members without a valid certificate; 202 with the progress")
    public Response issue(@PathParam("id") long id, IssueRequest r) {
        var pending = certificates.pending(id);
        var p = jobs.start(id, pending, audit.currentActor(), r == null || r.mail() == null || r.mail());
        return Response.status(202).entity(p).build();
    }

    @GET
    @Path("events/{id}/certificates/progress")
    @ApiDoc("The bulk run's progress on this node (404 when none ran since the start)")
    public CertificateJobs.Progress progress(@PathParam("id") long id) {
        certificates.eventTitle(id);
        var p = jobs.progress(id);
        if (p == null) {
            throw BusinessException.notFound("error.notFound");
        }
        return p;
    }

    @POST
    @Path("events/{id}/certificates/cancel")
    @ApiDoc("Cancel the bulk run after the chunk in progress")
    public Response cancel(@PathParam("id") long id) {
        certificates.pending(id);
        jobs.cancel(id);
        return Response.noContent().build();
    }

    @GET
    @Path("events/{id}/certificates/{cid}/pdf")
    @Produces("application/pdf")
    @ApiDoc("One certificate's PDF")
    public Response pdf(@PathParam("id") long id, @PathParam("cid") long cid) {
        return Response.ok(certificates.pdf(id, cid), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"sertifikat-" + cid + ".pdf\"").build();
    }

    @GET
    @Path("events/{id}/certificates.zip")
    @Produces("application/zip")
    @ApiDoc("Every valid certificate of the event in one ZIP")
    public Response zip(@PathParam("id") long id) {
        return Response.ok(certificates.zip(id), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"sertifikat-" + id + ".zip\"").build();
    }

    @POST
    @Path("events/{id}/certificates/{cid}/revoke")
    @ApiDoc("Revoke with a reason; reissue=true issues a new one (next number) to the same holder")
    public CertificateDto revoke(@PathParam("id") long id, @PathParam("cid") long cid, RevokeRequest r) {
        return dto(certificates.revoke(id, cid, r == null ? null : r.reason(), r != null && Boolean.TRUE.equals(r.reissue())));
    }
}
