package id.sirakor.institution.boundary;

import id.sirakor.institution.control.InstitutionService;
import id.sirakor.institution.entity.Institution;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
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

    /** Option ⇄ id. */
    @FacesConverter(forClass = Option.class, managed = true)
    public static class OptionConverter implements Converter<Option> {

        @Inject
        InstitutionService institutions;

        @Override
        public Option getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank() || !value.trim().matches("\\d{1,18}")) {
                return null;
            }
            try {
                return option(institutions.find(Long.parseLong(value.trim())));
            } catch (RuntimeException notFound) {
                return null;
            }
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, Option value) {
            return value == null ? "" : String.valueOf(value.id());
        }
    }
}
