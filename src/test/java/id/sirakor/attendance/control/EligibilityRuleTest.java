package id.sirakor.attendance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.attendance.entity.AttendanceSetting.Rule;
import id.sirakor.platform.i18n.Messages;
import id.sirakor.registration.entity.RegistrationStatus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityRuleTest {

    static final List<Long> TWO_DAYS = List.of(11L, 12L);
    static final List<Long> FOUR_SESSIONS = List.of(101L, 102L, 103L, 104L);

    static EligibilityRule.Presence present(Set<Long> days, Set<Long> sessions, long minutes) {
        return new EligibilityRule.Presence(RegistrationStatus.CONFIRMED, days, sessions, minutes, null, null);
    }

    static String reason(EligibilityRule.Result r) {
        return Messages.get(Messages.INDONESIAN, r.reasonKey(), r.args());
    }

    @Test
    void everyDayOfAMultiDayEvent() {
        var shape = new EligibilityRule.Shape(Rule.ALL_DAYS, null, TWO_DAYS, FOUR_SESSIONS);
        var both = EligibilityRule.evaluate(shape, present(Set.of(11L, 12L), Set.of(), 0));
        assertTrue(both.eligible());
        assertEquals("hadir 2 dari 2 hari", reason(both));
        var one = EligibilityRule.evaluate(shape, present(Set.of(11L), Set.of(), 0));
        assertFalse(one.eligible());
        assertEquals("hadir 1 dari 2 hari", reason(one));
        // a presence on a day that is not (any more) the event's does not count
        assertFalse(EligibilityRule.evaluate(shape, present(Set.of(11L, 99L), Set.of(), 0)).eligible());
        // an event without days has nobody eligible
        assertFalse(EligibilityRule.evaluate(new EligibilityRule.Shape(Rule.ALL_DAYS, null, List.of(), List.of()),
                present(Set.of(), Set.of(), 0)).eligible());
    }

    @Test
    void aShareOfSessionsRoundedUp() {
        var shape = new EligibilityRule.Shape(Rule.SESSIONS, 75, TWO_DAYS, FOUR_SESSIONS);
        var three = EligibilityRule.evaluate(shape, present(Set.of(11L), Set.of(101L, 102L, 103L), 0));
        assertTrue(three.eligible());
        assertEquals("hadir 3 dari 4 sesi (minimal 3)", reason(three));
        assertFalse(EligibilityRule.evaluate(shape, present(Set.of(11L, 12L), Set.of(101L, 104L), 0)).eligible());
        // 60 % of 4 sessions is 2.4: three are needed
        var sixty = new EligibilityRule.Shape(Rule.SESSIONS, 60, TWO_DAYS, FOUR_SESSIONS);
        assertFalse(EligibilityRule.evaluate(sixty, present(Set.of(11L), Set.of(101L, 102L), 0)).eligible());
        // no threshold set: 75 %
        assertEquals(75, EligibilityRule.defaultThreshold(Rule.SESSIONS));
        assertTrue(EligibilityRule.evaluate(new EligibilityRule.Shape(Rule.SESSIONS, null, TWO_DAYS, FOUR_SESSIONS),
                present(Set.of(11L), Set.of(101L, 102L, 103L), 0)).eligible());
    }

    @Test
    void minimumMinutes() {
        var shape = new EligibilityRule.Shape(Rule.MINUTES, 360, TWO_DAYS, FOUR_SESSIONS);
        var enough = EligibilityRule.evaluate(shape, present(Set.of(11L, 12L), Set.of(), 400));
        assertTrue(enough.eligible());
        assertEquals("hadir 400 menit (minimal 360)", reason(enough));
        assertFalse(EligibilityRule.evaluate(shape, present(Set.of(11L, 12L), Set.of(), 359)).eligible());
    }

    @Test
    void aWalkInHoldsASeatLikeAnyone() {
        // a walk-in is CONFIRMED with source WALKIN: the rule is the same
        var shape = new EligibilityRule.Shape(Rule.ALL_DAYS, null, List.of(11L), List.of());
        assertTrue(EligibilityRule.evaluate(shape, present(Set.of(11L), Set.of(), 0)).eligible());
    }

    @Test
    void aSubstitutedDelegateIsNotEligibleTheSubstituteIsJudgedOnTheirOwn() {
        var shape = new EligibilityRule.Shape(Rule.ALL_DAYS, null, TWO_DAYS, List.of());
        var delegate = new EligibilityRule.Presence(RegistrationStatus.SUBSTITUTED, Set.of(11L), Set.of(), 0, null, null);
        var r = EligibilityRule.evaluate(shape, delegate);
        assertFalse(r.eligible(), "the seat (and the certificate) went to the substitute");
        assertEquals("Kursi diserahkan kepada wakil", reason(r));
        // the substitute came on day 2 only: their own presence counts, not the delegate's day 1
        var substitute = present(Set.of(12L), Set.of(), 0);
        assertEquals("hadir 1 dari 2 hari", reason(EligibilityRule.evaluate(shape, substitute)));
        // a cancelled or waitlisted person is never eligible
        assertFalse(EligibilityRule.evaluate(shape, new EligibilityRule.Presence(RegistrationStatus.WAITLISTED, Set.of(11L, 12L),
                Set.of(), 0, null, null)).eligible());
    }

    @Test
    void anOverrideDecidesWithItsReason() {
        var shape = new EligibilityRule.Shape(Rule.ALL_DAYS, null, TWO_DAYS, List.of());
        var yes = EligibilityRule.evaluate(shape, new EligibilityRule.Presence(RegistrationStatus.CONFIRMED, Set.of(11L), Set.of(), 0,
                true, "sakit hari kedua, surat dokter"));
        assertTrue(yes.eligible());
        assertEquals("Layak oleh keputusan sekretariat: sakit hari kedua, surat dokter", reason(yes));
        var no = EligibilityRule.evaluate(shape, new EligibilityRule.Presence(RegistrationStatus.CONFIRMED, Set.of(11L, 12L), Set.of(), 0,
                false, "meninggalkan acara"));
        assertFalse(no.eligible());
    }
}
