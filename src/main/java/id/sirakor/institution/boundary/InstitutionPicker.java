package id.sirakor.institution.boundary;

import id.sirakor.institution.control.InstitutionService;
import id.sirakor.institution.entity.Institution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Institution autocomplete for forms (directory search by name, short name or region). */
@Named
@RequestScoped
public class InstitutionPicker {

    @Inject
    InstitutionService institutions;

    /** What a form keeps of a picked institution. */
    public record Option(long id, String name, String region) implements Serializable {
        public String getLabel() {
            return region == null ? name : name + " \u2013 " + region;
        }
    }

    public List<Option> complete(String q) {
        return institutions.list(new InstitutionService.Filter(q, null, null, null), 0, 15).stream()
                .filter(Institution::isActive).map(InstitutionPicker::option).toList();
    }

    static Option option(Institution i) {
        return new Option(i.getId(), i.getName(), i.getRegion() == null ? null : i.getRegion().getName());
    }

    /**
     * Option ⇄ id. Looks the service up from CDI on each use: a {@code forClass} converter is made
     * by Faces, not by CDI, so a field {@code @Inject} stays null there ({@code managed = true}
     * is only honoured for converters with an id), which crashed every submit on the bootable JAR.
     */
    @FacesConverter(forClass = Option.class)
    public static class OptionConverter implements Converter<Option> {

        @Override
        public Option getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank() || !value.trim().matches("\\d{1,18}")) {
                return null;
            }
            try {
                return option(CDI.current().select(InstitutionService.class).get().find(Long.parseLong(value.trim())));
            } catch (id.sirakor.platform.error.BusinessException notFound) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Option value) {
            return value == null ? "" : String.valueOf(value.id());
        }
    }
}
