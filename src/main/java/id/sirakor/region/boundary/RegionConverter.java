package id.sirakor.region.boundary;

import id.sirakor.region.control.RegionService;
import id.sirakor.region.entity.Region;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Region ⇄ its code, for p:autoComplete and selects; an unknown code converts to null. The service
 * is looked up from CDI on each use: Faces, not CDI, makes a {@code forClass} converter, so an
 * injected field stays null (the NPE "this.regions is null" on every region field's submit).
 */
@FacesConverter(forClass = Region.class)
public class RegionConverter implements Converter<Region> {

    @Override
    public Region getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank() || value.length() > 20) {
            return null;
        }
        return CDI.current().select(RegionService.class).get().find(value.trim()).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Region value) {
        return value == null ? "" : value.getCode();
    }
}
