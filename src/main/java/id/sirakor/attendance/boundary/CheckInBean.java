package id.sirakor.attendance.boundary;

import id.sirakor.attendance.control.AttendanceLists;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.i18n.LanguageFilter;
import id.sirakor.platform.web.Faces;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The check-in page: the event's own secretariat, or a PETUGAS bound to it (ADR 0033); the page itself talks to the API (door/checkin.js). */
@Named
@RequestScoped
public class CheckInBean {

    @Inject
    AttendanceLists lists;

    private Long id;
    private boolean found;
    private String title;

    public void load() {
        try {
            AttendanceLists.EventInfo info = lists.info(id == null ? -1 : id, locale());
            if (!info.writable()) {
                throw BusinessException.forbidden("error.readOnlyUnit", info.unitName());
            }
            found = true;
            title = info.title();
        } catch (BusinessException e) {
            found = false;
            Faces.refused(e);
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public boolean isFound() { return found; }
    public String getTitle() { return title; }

    /** The page's language (the view's locale is not set yet while the view action runs). */
    private static java.util.Locale locale() {
        return LanguageFilter.locale(Faces.request());
    }
}
