package id.sirakor.event.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * DRAFT → PUBLISHED → ONGOING → CLOSED → ARCHIVED. A published event may go back to draft before
 * it starts; nothing goes back after that.
 */
public enum EventStatus {
    DRAFT, PUBLISHED, ONGOING, CLOSED, ARCHIVED;

    public Set<EventStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.of(DRAFT, ONGOING);
            case ONGOING -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(EventStatus.class);
        };
    }

    /** Details, days and sessions may change (the timetable is frozen once the event is closed). */
    public boolean timetableEditable() {
        return this == DRAFT || this == PUBLISHED || this == ONGOING;
    }

    /** Shown on the public pages. */
    public boolean isPublic() {
        return this == PUBLISHED || this == ONGOING || this == CLOSED;
    }
}
