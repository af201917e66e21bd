package id.sirakor.platform.document;

import java.util.List;
import java.util.Objects;

/**
 * A participant's e-ticket, shown on a phone at the registration desk or printed. Texts arrive
 * ready to print. Rendered by {@link TicketPdf}.
 *
 * @param organizer the organizer unit's name, in the header
 * @param eventTitle the event's title
 * @param schedule one line per day or session ("Rabu, 10 Maret 2027 • 09.00–16.00 WIB")
 * @param venue the venue's name first, then its address lines
 * @param participant the participant's name with titles ("Drs. P. Marpaung, M.M.")
 * @param institution the participant's institution, or null
 * @param status the registration's status as the participant should read it ("Terdaftar")
 * @param code the short ticket code people can read out or type
 * @param qrPayload what the QR code holds (a check-in URL or token)
 * @param note a short instruction at the bottom, or null
 */
public record Ticket(
        String organizer,
        String eventTitle,
        List<String> schedule,
        List<String> venue,
        String participant,
        String institution,
        String status,
        String code,
        String qrPayload,
        String note) {

    public Ticket {
        Objects.requireNonNull(organizer, "organizer");
        Objects.requireNonNull(eventTitle, "eventTitle");
        schedule = List.copyOf(schedule);
        venue = List.copyOf(venue);
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(code, "code");
        if (qrPayload == null || qrPayload.isEmpty()) {
            throw new IllegalArgumentException("a ticket needs a QR payload");
        }
    }
}
