package id.sirakor.program.control;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * What happened at an event after registration: attendance and certificates. Attendance
 * (check-in) and certificates are built as their own capabilities; when one of them provides a
 * CDI bean of this type, the program report shows its figures. Until then the report shows "—"
 * (see {@link ProgramService#report}, which resolves it through {@code Instance<ProgramOutcomes>}).
 */
public interface ProgramOutcomes {

    /** Share of the confirmed participants who attended the event, 0..1; empty when not known. */
    OptionalDouble attendanceRate(long eventId);

    /** How many certificates were issued for the event; empty when not known. */
    OptionalLong certificatesIssued(long eventId);
}
