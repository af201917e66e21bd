package id.sirakor.identity.boundary;

import id.sirakor.identity.control.UnitService;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.UnitLevel;
import id.sirakor.platform.api.ApiDoc;
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
import java.net.URI;
import java.util.List;

/** Organizer units, scoped to the caller like the pages are. */
@Path("/units")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService units;

    public record UnitDto(long id, String code, String name, String shortName, UnitLevel level, Long parentId,
                          String regionCode, String address, String city, String phone, String email, String website,
                          String headTitle, String headName, boolean active, boolean writable) {
    }

    UnitDto dto(OrgUnit u) {
        return new UnitDto(u.getId(), u.getCode(), u.getName(), u.getShortName(), u.getLevel(),
                u.getParent() == null ? null : u.getParent().getId(), u.getRegionCode(), u.getAddress(), u.getCity(),
                u.getPhone(), u.getEmail(), u.getWebsite(), u.getHeadTitle(), u.getHeadName(), u.isActive(),
                units.canEdit(u));
    }

    @GET
    @ApiDoc("Units the caller may read (own unit and the units below it; all for ADMIN)")
    public List<UnitDto> list(@QueryParam("q") String q) {
        return units.readable(q).stream().map(this::dto).toList();
    }

    @GET
    @Path("/{id}")
    @ApiDoc("One unit; 404 when it is outside the caller's units")
    public UnitDto get(@PathParam("id") long id) {
        return dto(units.find(id));
    }

    @POST
    @ApiDoc("Create a unit (ADMIN)")
    public Response create(UnitService.UnitData data) {
        OrgUnit u = units.create(data);
        return Response.created(URI.create("/api/v1/units/" + u.getId())).entity(dto(u)).build();
    }

    @PUT
    @Path("/{id}")
    @ApiDoc("Update a unit: ADMIN any; SEKRETARIAT the letterhead data of its own unit")
    public UnitDto update(@PathParam("id") long id, UnitService.UnitData data) {
        return dto(units.update(id, data));
    }
}
