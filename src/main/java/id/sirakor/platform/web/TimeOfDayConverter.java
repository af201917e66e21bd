package id.sirakor.platform.web;

import id.sirakor.platform.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as Indonesians write them: "09.00" (also "9", "9.30", "09:30", "0930"). Shown as "09.00".
 * A plain text field beats a time-picker popup on a phone.
 */
@FacesConverter("sirakor.time")
public class TimeOfDayConverter implements Converter<LocalTime> {

    private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2})(?:[.:]?(\\d{2}))?\\s*");

    @Override
    public LocalTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalTime t = parse(value);
        if (t == null) {
            String text = Messages.get(context.getViewRoot().getLocale(), "validation.time", value.trim());
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        }
        return t;
    }

    public static LocalTime parse(String value) {
        Matcher m = TIME.matcher(value);
        if (!m.matches()) {
            return null;
        }
        int h = Integer.parseInt(m.group(1));
        int min = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (h > 23 || min > 59) {
            return null;
        }
        return LocalTime.of(h, min);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalTime value) {
        return value == null ? "" : String.format("%02d.%02d", value.getHour(), value.getMinute());
    }
}
