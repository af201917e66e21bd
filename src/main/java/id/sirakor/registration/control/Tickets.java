package id.sirakor.registration.control;

import java.security.SecureRandom;

/**
 * Ticket codes: ten characters of Crockford's base32 (no I, L, O, U: nothing to misread when a
 * code is typed at the check-in desk), printed as "K7QM3-XPA9D". 50 random bits, unique by a key.
 * The QR of a ticket carries {@link #qrPayload}; the personal link's secret is never printed.
 */
public final class Tickets {

    public static final String ATTACHMENT = "ticket";
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tickets() {
    }

    public static String newCode() {
        char[] c = new char[10];
        for (int i = 0; i < c.length; i++) {
            c[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(c);
    }

    /** "K7QM3-XPA9D" */
    public static String display(String code) {
        return code == null || code.length() != 10 ? code : code.substring(0, 5) + "-" + code.substring(5);
    }

    /** The attachments of a mail that confirms a seat: the ticket PDF and the event's calendar. */
    public static String[] confirmationAttachments(long registrationId, long eventId) {
        return new String[] {ATTACHMENT + ":" + registrationId, id.sirakor.event.control.EventCalendarAttachment.KIND + ":" + eventId};
    }

    /** What the ticket's QR encodes: scanned at check-in, it names the ticket and nothing else. */
    public static String qrPayload(String code) {
        return "SIRAKOR-TIKET:" + code;
    }
}
