package id.sirakor.region.boundary;

import id.sirakor.region.control.RegionService;
import id.sirakor.region.entity.Region;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

/** Region ⇄ its code, for p:autoComplete and selects; an unknown code converts to null. */
@FacesConverter(forClass = Region.class, managed = true)
public class RegionConverter implements Converter<Region> {

    @Inject
    RegionService regions;

    @Override
    public Region getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null || value.isBlank() ? null : regions.find(value.trim()).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Region value) {
        return value == null ? "" : value.getCode();
    }
}
