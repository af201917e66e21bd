package id.sirakor.event.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * DRAFT → PUBLISHED → ONGOING → CLOSED → ARCHIVED. A published event may go back to draft before
 * it starts; nothing goes back after that. A published or running event that has not ended may be
 * CANCELLED (with a reason, through the notices, never by a plain transition): terminal.
 */
public enum EventStatus {
    DRAFT, PUBLISHED, ONGOING, CLOSED, ARCHIVED, CANCELLED;

    public Set<EventStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(PUBLISHED);
            case PUBLISHED -> EnumSet.of(DRAFT, ONGOING);
            case ONGOING -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.of(ARCHIVED);
            case ARCHIVED, CANCELLED -> EnumSet.noneOf(EventStatus.class);
        };
    }

    /** Details, days and sessions may change (the timetable is frozen once the event is closed). */
    public boolean timetableEditable() {
        return this == DRAFT || this == PUBLISHED || this == ONGOING;
    }

    /** Shown on the public pages as cancelled ("Dibatalkan"): registration and check-in refused. */
    public boolean isCancelled() {
        return this == CANCELLED;
    }

    /** Nothing more happens: no invitations, registrations, check-in or letters (closed, archived, cancelled). */
    public boolean isFinished() {
        return this == CLOSED || this == ARCHIVED || this == CANCELLED;
    }

    /** Shown on the public pages (a cancelled event is shown too, marked, see PublicEvents). */
    public boolean isPublic() {
        return this == PUBLISHED || this == ONGOING || this == CLOSED;
    }
}
