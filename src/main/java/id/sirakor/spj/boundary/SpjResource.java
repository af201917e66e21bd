package id.sirakor.spj.boundary;

import id.sirakor.platform.api.ApiDoc;
import id.sirakor.spj.control.SpjDocuments;
import id.sirakor.spj.control.SpjRates;
import id.sirakor.spj.control.SpjService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * SPJ over HTTP: the computation as JSON, each document as PDF or .xlsx, the ZIP; the unit's rate
 * tables; a speaker's finance data. Only the event's (or unit's, or speaker's owner unit's)
 * secretariat and ADMIN.
 */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SpjResource {

    @Inject
    SpjService spj;

    @Inject
    SpjDocuments documents;

    @Inject
    SpjRates rates;

    @GET
    @Path("events/{id}/spj")
    @ApiDoc("The SPJ computation: honoraria per speaker and moderator (hours, rate, bruto, PPh 21, netto, flags), transport per"
            + " participant present, rekap by institution, totals and the totals in words; the event's own secretariat or ADMIN")
    public SpjService.Spj get(@PathParam("id") long eventId) {
        return spj.compute(eventId);
    }

    @GET
    @Path("events/{id}/spj.zip")
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @ApiDoc("Berkas SPJ: every SPJ document as PDF and .xlsx with a cover list, in one ZIP (audited: it holds bank accounts)")
    public Response zip(@PathParam("id") long eventId) {
        return download(documents.zip(eventId), "attachment");
    }

    @GET
    @Path("events/{id}/spj/{doc}.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @ApiDoc("One SPJ document as PDF: honorarium, kuitansi, transport, rekap or daftar-isi (audited)")
    public Response pdf(@PathParam("id") long eventId, @PathParam("doc") String doc) {
        SpjDocuments.Doc d = SpjDocuments.Doc.of(doc);
        return download(documents.pdf(eventId, d), "inline");
    }

    @GET
    @Path("events/{id}/spj/{doc}.xlsx")
    @Produces({SpjDocuments.XLSX, MediaType.APPLICATION_JSON})
    @ApiDoc("One SPJ list as .xlsx: honorarium, transport or rekap (numeric rupiah cells, SUM totals; audited)")
    public Response xlsx(@PathParam("id") long eventId, @PathParam("doc") String doc) {
        SpjDocuments.Doc d = SpjDocuments.Doc.of(doc);
        return download(documents.xlsx(eventId, d), "attachment");
    }

    @GET
    @Path("spj-rates/{id}")
    @ApiDoc("The unit's SPJ rates for a year (?year=): honorarium per hour per SBM category, PPh 21 rule, transport per region,"
            + " each with the unit it is inherited from when the unit has none of its own")
    public SpjRates.RatesView rates(@PathParam("id") long unitId, @QueryParam("year") Integer year) {
        return rates.view(unitId, year);
    }

    @PUT
    @Path("spj-rates/{id}")
    @ApiDoc("Replace the unit's own SBM for the year, its PPh 21 rule and/or its transport rates (parts left null are kept;"
            + " an empty set removes the unit's own and inherits again); the unit's secretariat or ADMIN")
    public SpjRates.RatesView saveRates(@PathParam("id") long unitId, SpjRates.RatesForm form) {
        return rates.save(unitId, form);
    }

    @GET
    @Path("speaker-finance/{id}")
    @ApiDoc("A speaker's finance data (ASN, golongan, NIP, NPWP, SBM category, bank account): the owner unit's secretariat or ADMIN")
    public SpjRates.FinanceView finance(@PathParam("id") long speakerId) {
        return rates.finance(speakerId);
    }

    @PUT
    @Path("speaker-finance/{id}")
    @ApiDoc("Set a speaker's finance data; NIP checked as 18 digits with valid dates, NPWP 15 or 16 digits, account 5–30 digits")
    public SpjRates.FinanceView saveFinance(@PathParam("id") long speakerId, SpjRates.FinanceForm form) {
        return rates.saveFinance(speakerId, form);
    }

    static Response download(SpjDocuments.File f, String disposition) {
        String encoded = URLEncoder.encode(f.name(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(f.content(), f.contentType())
                .header("Content-Disposition", disposition + "; filename=\"" + f.name() + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "no-store").build();
    }
}
