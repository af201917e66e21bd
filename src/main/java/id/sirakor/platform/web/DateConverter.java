package id.sirakor.platform.web;

import id.sirakor.platform.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * Dates typed as Indonesians write them, "31-12-2027", read strictly: a day that does not exist
 * ("31-02-2027") is an error under the field, never quietly the 28th (PrimeFaces' own conversion
 * resolves it "smartly"). Every p:datePicker uses {@code converter="sirakor.date"}.
 */
@FacesConverter("sirakor.date")
public class DateConverter implements Converter<LocalDate> {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate d = parse(value);
        if (d == null) {
            String text = Messages.get(context.getViewRoot().getLocale(), "validation.date", value.trim());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return d;
    }

    /** The date, or null when the text is not a real day in dd-MM-yyyy (also d-M-yyyy and with / or .). */
    public static LocalDate parse(String value) {
        String v = value.trim().replace('/', '-').replace('.', '-');
        String[] p = v.split("-");
        if (p.length != 3 || v.length() > 10) {
            return null;
        }
        try {
            return LocalDate.parse(pad(p[0]) + "-" + pad(p[1]) + "-" + p[2], FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String pad(String s) {
        return s.length() == 1 ? "0" + s : s;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : FORMAT.format(value);
    }
}
