package id.sirakor.platform.privacy;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place that records who viewed or exported personal data (UU 27/2022): every page, API
 * answer or download that shows participants' names with their contact data, NIK (masked or not),
 * attendance or finance data calls {@link #record}. The unit's data protection officer reads the log.
 * (Issue 17: the recording itself and the officer's page are built on this entry point.)
 */
@ApplicationScoped
public class PersonalDataLog {

    /** What was done with the data. */
    public enum Access { VIEW, EXPORT }

    /**
     * Records an access by the current user.
     *
     * @param access  viewed on screen or exported (download, API list)
     * @param subject what was shown, a short stable code such as {@code "registrations"},
     *                {@code "attendance"}, {@code "spj"}, {@code "participant"}
     * @param eventId the event whose participants were shown, or null for a unit-wide list
     * @param unitId  the organizer unit the data belongs to, or null when eventId says it
     * @param persons how many persons' data were shown (1 for a single record)
     */
    public void record(Access access, String subject, Long eventId, Long unitId, int persons) {
        // recorded by the data-protection part of issue 17
    }
}
