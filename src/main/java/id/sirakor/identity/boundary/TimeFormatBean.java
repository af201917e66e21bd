package id.sirakor.identity.boundary;

import id.sirakor.identity.control.CurrentUser;
import id.sirakor.platform.time.IndonesianTime;
import id.sirakor.platform.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneId;

/**
 * Pages format instants through here: in the zone of the user's unit (WIB for Jakarta,
 * WITA for Balikpapan), with the zone's name. Event pages use the venue's zone instead.
 */
@Named("timeFormat")
@RequestScoped
public class TimeFormatBean {

    @Inject
    CurrentUser currentUser;

    public ZoneId zone() {
        CurrentUser.Snapshot u = currentUser.get();
        if (u != null && u.unitRegionCode() != null) {
            try {
                return IndonesianTime.zoneOfProvince(u.unitRegionCode());
            } catch (IllegalArgumentException e) {
                return IndonesianTime.WIB;
            }
        }
        return IndonesianTime.WIB;
    }

    public String zoneName(ZoneId zone) {
        return IndonesianTime.zoneName(zone);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : IndonesianTime.dateTime(instant, zone(), Faces.locale());
    }
}
