package id.sirakor.event.boundary;

import id.sirakor.event.entity.Event;
import id.sirakor.event.entity.EventDay;
import id.sirakor.event.entity.SessionSpeaker;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.web.Faces;
import id.sirakor.speaker.entity.Speaker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Locale;

/** How events read on screen and paper: dates in the venue's zone, speakers with representation. */
@Named
@ApplicationScoped
public class EventDisplay {

    /** "Rabu, 15 Maret 2023" */
    public String dayLabel(EventDay d) {
        return IndonesianTime.date(d.getDayDate(), Faces.locale());
    }

    /** "Rabu, 15 Maret 2023 – Kamis, 16 Maret 2023" or the one day. */
    public String dateRange(Event e) {
        return dateRange(e, Faces.locale());
    }

    /** The same, in a given language (the API and mails have no page locale). */
    public static String dateRange(Event e, Locale locale) {
        if (e.getDays().isEmpty()) {
            return "";
        }
        String first = IndonesianTime.date(e.getDays().get(0).getDayDate(), locale);
        if (e.getDays().size() == 1) {
            return first;
        }
        return first + " \u2013 " + IndonesianTime.date(e.getDays().get(e.getDays().size() - 1).getDayDate(), locale);
    }

    /** "Rabu, 15 Maret 2023, 09.00 WIB" for the start of the event. */
    public String start(Event e) {
        return e.getDays().isEmpty() ? "" : IndonesianTime.dateTime(e.getDays().get(0).getStartsAt(), e.zone(), Faces.locale());
    }

    public String zoneName(Event e) {
        return IndonesianTime.zoneName(e.zone());
    }

    /** "Pj Bupati Banjarnegara Tri …, S.H. diwakili oleh Kepala Bakesbangpol … Tulus Sugiharto" */
    public String slotLine(SessionSpeaker sl) {
        return slotLine(sl, Faces.locale());
    }

    /** The same, in a given language. */
    public static String slotLine(SessionSpeaker sl, Locale locale) {
        String official = withPosition(sl.getSpeaker());
        if (sl.getRepresentedBy() == null) {
            return official;
        }
        return Messages.get(locale, "event.representation", official, withPosition(sl.getRepresentedBy()));
    }

    /** "Pj Bupati Banjarnegara Tri Harso Widirahmanto, S.H." — the position first, as in letters. */
    public static String withPosition(Speaker s) {
        return s.getPosition() == null || s.getPosition().isBlank() ? s.displayName() : s.getPosition() + " " + s.displayName();
    }

    /** The first venue of an event, "Grand Rocky Hotel Bukittinggi, Ballroom". */
    public String venue(Event e) {
        return e.getDays().stream().filter(d -> d.getHall() != null).findFirst()
                .map(d -> d.getHall().getVenue().getName() + ", " + d.getHall().getName()).orElse("");
    }
}
