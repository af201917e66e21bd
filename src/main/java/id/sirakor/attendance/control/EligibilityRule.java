package id.sirakor.attendance.control;

import id.sirakor.attendance.entity.AttendanceSetting.Rule;
import id.sirakor.registration.entity.RegistrationStatus;
import java.util.List;
import java.util.Set;

/**
 * The certificate eligibility rule of an event applied to one participant, without the database:
 * what {@link AttendanceEligibility} computes per participant, and what its unit tests check.
 * <ul>
 * <li>ALL_DAYS: present (checked in, by any means) on every day of the event;</li>
 * <li>SESSIONS: present in at least {@code threshold} % of the sessions (rounded up);</li>
 * <li>MINUTES: at least {@code threshold} minutes between check-in and check-out, added up over
 *     the days (a day without check-out counts nothing: leaving is what proves the minutes).</li>
 * </ul>
 * Only a participant who holds the seat counts: a delegate who was substituted ("diwakili oleh")
 * is not eligible, whatever was recorded before; the substitute is judged on their own presence.
 * A walk-in holds a seat like anyone else. An override decides instead of the rule, with its reason.
 */
public final class EligibilityRule {

    private EligibilityRule() {
    }

    /** The event's shape and rule. */
    public record Shape(Rule rule, Integer threshold, List<Long> dayIds, List<Long> sessionIds) {
    }

    /** What one participant did; {@code minutes} present per the MINUTES rule. */
    public record Presence(RegistrationStatus status, Set<Long> days, Set<Long> sessions, long minutes,
                           Boolean override, String overrideReason) {
    }

    /** The outcome with the reason as a message key and its arguments ("hadir 1 dari 2 hari"). */
    public record Result(boolean eligible, String reasonKey, Object... args) {
    }

    public static Result evaluate(Shape shape, Presence p) {
        if (p.override() != null) {
            return new Result(p.override(), p.override() ? "attendance.reason.overrideYes" : "attendance.reason.overrideNo",
                    p.overrideReason());
        }
        if (p.status() == RegistrationStatus.SUBSTITUTED) {
            return new Result(false, "attendance.reason.substituted");
        }
        if (p.status() != RegistrationStatus.CONFIRMED) {
            return new Result(false, "attendance.reason.noSeat");
        }
        int threshold = shape.threshold() == null ? defaultThreshold(shape.rule()) : shape.threshold();
        switch (shape.rule()) {
            case SESSIONS -> {
                int total = shape.sessionIds().size();
                long present = shape.sessionIds().stream().filter(p.sessions()::contains).count();
                if (total == 0) {
                    return new Result(false, "attendance.reason.noSessions");
                }
                long needed = (total * (long) threshold + 99) / 100;
                return new Result(present >= needed, "attendance.reason.sessions", present, total, needed);
            }
            case MINUTES -> {
                return new Result(p.minutes() >= threshold, "attendance.reason.minutes", p.minutes(), threshold);
            }
            default -> {
                int total = shape.dayIds().size();
                long present = shape.dayIds().stream().filter(p.days()::contains).count();
                return new Result(total > 0 && present == total, "attendance.reason.days", present, total);
            }
        }
    }

    public static int defaultThreshold(Rule rule) {
        return switch (rule) {
            case SESSIONS -> 75;
            case MINUTES -> 240;
            default -> 100;
        };
    }
}
