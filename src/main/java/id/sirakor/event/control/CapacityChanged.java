package id.sirakor.event.control;

/**
 * Fired (synchronously, in the transaction of the change) when an event's capacity changes, so the
 * seat accounting can refuse a capacity below the seats already held and fill new seats from the
 * waitlist. {@code null} means unlimited.
 */
public record CapacityChanged(long eventId, Integer before, Integer after) {
}
