package id.sirakor.registration.entity;

/** CONFIRMED holds a seat; WAITLISTED waits in arrival order; CANCELLED frees what it held. */
public enum RegistrationStatus {
    CONFIRMED, WAITLISTED, CANCELLED
}
