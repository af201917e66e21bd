package id.sirakor.region.boundary;

import id.sirakor.region.control.RegionService;
import id.sirakor.region.entity.Region;
import java.io.Serializable;

/**
 * A region picked in a form of a view bean (p:autoComplete with the Region converter): the code is
 * what the view keeps and replicates (ADR 0102); the entity is only a cache, looked up again by its
 * code when the view was restored without it.
 */
public final class PickedRegion implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private transient Region region;

    /** The picked region, or null; {@code regions} looks it up again after a failover. */
    public Region get(RegionService regions) {
        if (region == null && code != null) {
            region = regions.find(code).orElse(null);
        }
        return region;
    }

    public void set(Region picked) {
        region = picked;
        code = picked == null ? null : picked.getCode();
    }

    /** The picked region's code, or null. */
    public String code() {
        return code;
    }
}
