package id.sirakor.region.boundary;

import id.sirakor.platform.api.ApiDoc;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.region.control.RegionService;
import id.sirakor.region.entity.Region;
import id.sirakor.region.entity.RegionLevel;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.util.List;

/** The official region tree, public and read-only (data from idn-area-data, ODbL). */
@Path("/regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    RegionService regions;

    public record RegionDto(String code, String parentCode, RegionLevel level, String name, String timeZone,
                            String zoneName) {
    }

    RegionDto dto(Region r) {
        // provinces carry IndonesianTime.zoneOfProvince in time_zone; computing it saves a query per row
        ZoneId zone = r.zone() != null ? r.zone() : IndonesianTime.zoneOfProvince(r.provinceCode());
        return new RegionDto(r.getCode(), r.getParentCode(), r.getLevel(), r.getName(), zone.getId(),
                IndonesianTime.zoneName(zone));
    }

    @GET
    @ApiDoc("Search regions by name or code (word-prefix matches first, larger areas first); public; at most 50")
    public List<RegionDto> search(@QueryParam("q") String q, @QueryParam("level") RegionLevel level,
                                  @QueryParam("parent") String parent, @QueryParam("limit") Integer limit) {
        return regions.search(q, level, parent, limit).stream().map(this::dto).toList();
    }

    @GET
    @Path("/{code}")
    @ApiDoc("One region by its Kemendagri code, with the time zone of its province; public")
    public RegionDto get(@PathParam("code") String code) {
        return dto(regions.require(code));
    }

    @GET
    @Path("/{code}/children")
    @ApiDoc("The regions directly below a region; public")
    public List<RegionDto> children(@PathParam("code") String code) {
        regions.require(code);
        return regions.children(code).stream().map(this::dto).toList();
    }
}
