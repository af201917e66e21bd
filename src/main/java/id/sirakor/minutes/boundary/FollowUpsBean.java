package id.sirakor.minutes.boundary;

import id.sirakor.minutes.control.MinutesService;
import id.sirakor.minutes.entity.FollowUp;
import id.sirakor.platform.error.BusinessException;
import id.sirakor.platform.web.Faces;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The follow-up tracker: what was promised at which rakor, across the units the caller reads, and whether it is still open. */
@Named
@ViewScoped
public class FollowUpsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MinutesService minutes;

    private boolean openOnly = true;
    private List<MinutesService.TrackerRow> rows;

    public void load() {
        if (Faces.context().isPostback()) {
            return;
        }
        try {
            refresh();
        } catch (BusinessException e) {
            rows = List.of();
            Faces.refused(e);
        }
    }

    public void refresh() {
        rows = minutes.tracker(openOnly);
    }

    public void mark(long followUpId, String status) {
        try {
            minutes.setFollowUpStatus(followUpId, FollowUp.Status.valueOf(status));
            refresh();
            Faces.info("minutes.followUpUpdated");
        } catch (BusinessException e) {
            Faces.error(null, e.key(), e.args());
        }
    }

    public boolean isOpenOnly() { return openOnly; }
    public void setOpenOnly(boolean openOnly) { this.openOnly = openOnly; }
    public List<MinutesService.TrackerRow> getRows() { return rows; }
}
