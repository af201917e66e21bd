package id.sirakor.report.boundary;

import id.sirakor.platform.api.ApiDoc;
import id.sirakor.report.control.ReportDocuments;
import id.sirakor.report.control.ReportService;
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

/**
 * The laporan kegiatan of an event (ADR 0091): its texts (read, save), the PDF (draft, or the
 * signed report once finalized), the .docx, and finalizing (signing in the unit head's name). Rules
 * and access are in the services.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReportResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    ReportService reports;

    @Inject
    ReportDocuments documents;

    /** The texts; {@code version} from a GET, to refuse saving over someone else's change (409). */
    public record TextsRequest(String background, String legalBasis, String purpose, String conclusion, String recommendation,
                               Long version) {
    }

    @GET
    @Path("events/{id}/report")
    @ApiDoc("The laporan kegiatan's texts (prefilled from the event until first saved), its state and what the chapters will hold")
    public ReportService.View get(@PathParam("id") long id) {
        return reports.view(id);
    }

    @PUT
    @Path("events/{id}/report")
    @ApiDoc("Save the texts: background, legalBasis (one per line), purpose, conclusion (required), recommendation; version optional")
    public ReportService.View save(@PathParam("id") long id, TextsRequest r) {
        if (r == null) {
            return reports.save(id, null, null);
        }
        return reports.save(id, new ReportService.Texts(r.background(), r.legalBasis(), r.purpose(), r.conclusion(), r.recommendation()),
                r.version());
    }

    @POST
    @Path("events/{id}/report/finalize")
    @ApiDoc("Sign the report in the unit head's name (PAdES) and register it for verification; needs approved minutes")
    public ReportService.View finalizeReport(@PathParam("id") long id) {
        return documents.finalizeReport(id);
    }

    @GET
    @Path("events/{id}/report.pdf")
    @Produces("application/pdf")
    @ApiDoc("The laporan kegiatan as PDF with its lampiran: the signed report once finalized, else a draft")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(documents.pdf(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"laporan-kegiatan-" + id + ".pdf\"").build();
    }

    @GET
    @Path("events/{id}/report.docx")
    @Produces(DOCX)
    @ApiDoc("The laporan kegiatan as .docx for editing")
    public Response docx(@PathParam("id") long id) {
        return Response.ok(documents.docx(id), DOCX)
                .header("Content-Disposition", "attachment; filename=\"laporan-kegiatan-" + id + ".docx\"").build();
    }
}
