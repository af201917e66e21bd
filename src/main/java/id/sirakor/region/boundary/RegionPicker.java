package id.sirakor.region.boundary;

import id.sirakor.region.control.RegionService;
import id.sirakor.region.entity.Region;
import id.sirakor.region.entity.RegionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Suggestions for region pickers (p:autoComplete with the Region converter):
 * {@code completeMethod="#{regionPicker.complete}"} for any level, {@code completeArea} for
 * provinces and regencies/cities only.
 */
@Named
@ApplicationScoped
public class RegionPicker {

    private static final int SUGGESTIONS = 15;

    @Inject
    RegionService regions;

    public List<Region> complete(String q) {
        return regions.search(q, null, null, SUGGESTIONS);
    }

    public List<Region> completeArea(String q) {
        List<Region> out = new ArrayList<>(regions.search(q, RegionLevel.PROVINCE, null, SUGGESTIONS));
        if (out.size() < SUGGESTIONS) {
            out.addAll(regions.search(q, RegionLevel.REGENCY, null, SUGGESTIONS - out.size()));
        }
        return out;
    }
}
