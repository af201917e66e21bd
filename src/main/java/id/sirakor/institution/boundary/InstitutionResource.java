package id.sirakor.institution.boundary;

import id.sirakor.institution.control.InstitutionData;
import id.sirakor.institution.control.InstitutionService;
import id.sirakor.institution.entity.Institution;
import id.sirakor.institution.entity.InstitutionType;
import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.i18n.Messages;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/** The shared institution directory: every logged-in user reads it; the owner unit (or ADMIN) writes. */
@Path("/institutions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final int MAX_UPLOAD = 5 * 1024 * 1024;

    @Inject
    InstitutionService institutions;

    @Context
    HttpHeaders headers;

    public record ContactDto(String name, String position, String phone, String email) {
    }

    public record InstitutionDto(long id, String name, String shortName, InstitutionType type, String regionCode,
                                 String regionName, Long parentId, long ownerUnitId, String ownerUnitName,
                                 String address, String email, String phone, boolean active,
                                 List<ContactDto> contacts, boolean writable) {
    }

    public record Page(long total, int first, int max, List<InstitutionDto> items) {
    }

    public record ImportLineDto(int row, String name, InstitutionService.ImportStatus status, Long id, String message) {
    }

    public record GenerateResult(String regionCode, int created) {
    }

    InstitutionDto dto(Institution i, boolean withContacts) {
        return new InstitutionDto(i.getId(), i.getName(), i.getShortName(), i.getType(), i.getRegion().getCode(),
                i.getRegion().getName(), i.getParent() == null ? null : i.getParent().getId(),
                i.getOwnerUnit().getId(), i.getOwnerUnit().getName(), i.getAddress(), i.getEmail(), i.getPhone(),
                i.isActive(), withContacts ? i.getContacts().stream()
                        .map(c -> new ContactDto(c.getName(), c.getPosition(), c.getPhone(), c.getEmail())).toList() : null,
                institutions.canEdit(i));
    }

    @GET
    @ApiDoc("Search the institution directory (logged-in users); region matches the code and everything below it; paged")
    public Page list(@QueryParam("q") String q, @QueryParam("type") InstitutionType type,
                     @QueryParam("region") String region, @QueryParam("first") @DefaultValue("0") int first,
                     @QueryParam("max") @DefaultValue("50") int max) {
        var filter = new InstitutionService.Filter(q, type, region, null);
        int m = Math.min(Math.max(max, 1), 200);
        return new Page(institutions.count(filter), first, m,
                institutions.list(filter, first, m).stream().map(i -> dto(i, false)).toList());
    }

    @GET
    @Path("/{id}")
    @ApiDoc("One institution with its contacts (logged-in users)")
    public InstitutionDto get(@PathParam("id") long id) {
        return dto(institutions.find(id), true);
    }

    @POST
    @ApiDoc("Create an institution owned by the caller's unit (ADMIN may name ownerUnitId); SEKRETARIAT or ADMIN")
    public Response create(InstitutionData data) {
        Institution i = institutions.create(data);
        return Response.created(URI.create("/api/v1/institutions/" + i.getId())).entity(dto(i, true)).build();
    }

    @PUT
    @Path("/{id}")
    @ApiDoc("Update an institution: ADMIN any; SEKRETARIAT those its unit owns (403 otherwise)")
    public InstitutionDto update(@PathParam("id") long id, InstitutionData data) {
        return dto(institutions.update(id, data), true);
    }

    @POST
    @Path("/import")
    @Consumes(XLSX)
    @ApiDoc("Import an .xlsx list (columns of the template) for the caller's unit; valid rows are created or updated, invalid rows reported")
    public List<ImportLineDto> importSheet(byte[] xlsx) {
        institutions.requireImporter(); // who may, before what was sent
        if (xlsx == null || xlsx.length > MAX_UPLOAD) {
            throw id.sirakor.platform.error.BusinessException.invalid("file", "institution.import.tooLarge", 5);
        }
        Locale locale = locale();
        return institutions.importSheet(new ByteArrayInputStream(xlsx)).stream()
                .map(l -> new ImportLineDto(l.row(), l.name(), l.status(), l.id(),
                        Messages.get(locale, l.messageKey(), l.args()))).toList();
    }

    @POST
    @Path("/generate-villages")
    @ApiDoc("Create a DESA institution (Kantor Kepala Desa ...) for every village of a province, regency or district that the caller's unit lacks")
    public GenerateResult generateVillages(@QueryParam("region") String region) {
        return new GenerateResult(region, institutions.generateVillageOffices(region, null));
    }

    private Locale locale() {
        for (Locale l : headers.getAcceptableLanguages()) {
            if ("en".equals(l.getLanguage())) {
                return Messages.ENGLISH;
            }
            if ("id".equals(l.getLanguage()) || "in".equals(l.getLanguage())) {
                return Messages.INDONESIAN;
            }
        }
        return Messages.INDONESIAN;
    }
}
