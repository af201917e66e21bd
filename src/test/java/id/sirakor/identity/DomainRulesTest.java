package id.sirakor.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.sirakor.identity.entity.AppUser;
import id.sirakor.identity.entity.OrgUnit;
import id.sirakor.identity.entity.UnitLevel;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DomainRulesTest {

    @Test
    void fifthFailedLoginLocksForFifteenMinutesAndSuccessResets() {
        AppUser u = new AppUser();
        Instant t = Instant.parse("2026-11-23T02:00:00Z");
        for (int i = 1; i < AppUser.MAX_FAILED_LOGINS; i++) {
            assertFalse(u.loginFailed(t), "attempt " + i + " must not lock");
        }
        assertTrue(u.loginFailed(t));
        assertTrue(u.isLocked(t.plus(Duration.ofMinutes(14))));
        assertFalse(u.isLocked(t.plus(Duration.ofMinutes(15))));
        u.loginFailed(t);
        u.loginSucceeded(t);
        assertEquals(0, u.getFailedLogins());
        assertFalse(u.isLocked(t));
    }

    @Test
    void aUnitContainsItselfAndItsDescendantsOnly() throws Exception {
        OrgUnit ri = unit(1, null);
        OrgUnit sumbar = unit(2, ri);
        OrgUnit bukittinggi = unit(3, sumbar);
        OrgUnit jateng = unit(12, ri);
        assertTrue(ri.contains(bukittinggi));
        assertTrue(sumbar.contains(sumbar));
        assertTrue(sumbar.contains(bukittinggi));
        assertFalse(sumbar.contains(jateng));
        assertFalse(bukittinggi.contains(sumbar));
        // "/1/2/" must not be read as a prefix of "/1/21/"
        OrgUnit other = unit(21, ri);
        assertFalse(sumbar.contains(other));
    }

    private static OrgUnit unit(long id, OrgUnit parent) throws Exception {
        OrgUnit u = new OrgUnit("U" + id, "Unit " + id, UnitLevel.REGENCY, parent);
        Field f = OrgUnit.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(u, id);
        u.placeInTree();
        return u;
    }
}
