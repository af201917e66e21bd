package id.sirakor.platform.error;

import java.security.SecureRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An unexpected error gets an incident id that the user sees and the log holds with the stack
 * trace, so a support call can find the exact failure: "INC-7F3K2Q9B".
 */
public final class Incidents {

    private static final Logger LOG = Logger.getLogger("id.sirakor.incident");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();

    private Incidents() {
    }

    public static String record(Throwable error, String where) {
        StringBuilder id = new StringBuilder("INC-");
        for (int i = 0; i < 8; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        String incident = id.toString();
        LOG.log(Level.SEVERE, incident + " at " + where, error);
        return incident;
    }

    /** The BusinessException inside a chain of wrappers (EJB, CDI, EL), or null. */
    public static BusinessException business(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof BusinessException b) {
                return b;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return null;
    }
}
