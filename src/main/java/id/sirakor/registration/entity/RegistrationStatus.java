package id.sirakor.registration.entity;

/**
 * CONFIRMED holds a seat; WAITLISTED waits in arrival order; PENDING waits for the secretariat's
 * approval (events that require it) and holds nothing; CANCELLED frees what it held; SUBSTITUTED
 * handed its seat to the registration that {@code replaces} it ("diwakili oleh").
 */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, PENDING, CANCELLED, SUBSTITUTED;

    /** Whether the person still takes part (holds or waits for a seat). */
    public boolean isActive() {
        return this == CONFIRMED || this == WAITLISTED || this == PENDING;
    }
}
