package id.sirakor.stats.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The figures of the "Rekap &amp; statistik" pages, as the service hands them out (JSON, page, Excel). */
public final class Stats {

    private Stats() {
    }

    /** A count under a label: registrations of an institution type, certificates of a role … */
    public record Count(String code, String label, long value) implements Serializable {
    }

    /** A part of a whole: present of registered on a day, signed of invited in a region. */
    public record Ratio(String code, String label, long part, long whole) implements Serializable {
        public BigDecimal percent() {
            return StatsMath.percent(part, whole);
        }
    }

    /** The blocks the event page and the unit page both show. */
    public interface Blocks {
        List<Count> byType();

        List<Count> byRegion();

        List<Ratio> coverage();

        List<Count> followUps();
    }

    /** Everything about one event. {@code byProvince}: regions are provinces (a national event), else kabupaten/kota. */
    public record EventStats(long eventId, String title, String unitName, String status, boolean byProvince,
                             long registered, long present, List<Count> byType, List<Count> byRegion, List<Ratio> days,
                             List<Ratio> coverage, List<Count> certificates, List<Count> followUps, long openFollowUps)
            implements Blocks, Serializable {
    }

    /** One event in a unit's year. */
    public record EventLine(long id, String title, LocalDate firstDay, String unitName, String type, String status,
                            long registered, long present, long certificates, long openFollowUps) implements Serializable {
    }

    /** One month, one event type or one program of a unit's year. */
    public record Period(String code, String label, long events, long registered, long present, long certificates,
                         long openFollowUps) implements Serializable {
        public BigDecimal presentPercent() {
            return StatsMath.percent(present, registered);
        }
    }

    /** A unit (and the units below it) over a year. */
    public record UnitStats(long unitId, String unitName, int year, boolean byProvince, long events, long registered,
                            long present, long certificates, long openFollowUps, List<Period> months, List<Period> types,
                            List<Period> programs, List<EventLine> eventLines, List<Count> byType, List<Count> byRegion,
                            List<Ratio> coverage, List<Count> certificatesByRole, List<Count> followUps) implements Blocks, Serializable {
    }

    /** A unit the caller may choose on the unit page. */
    public record UnitChoice(long id, String name, int depth) implements Serializable {
    }
}
